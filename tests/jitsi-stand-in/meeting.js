/*
 * STAND-IN for the Jitsi Meet meeting page (the document the iframe loads), for end-to-end
 * tests only. NOT Jitsi: a minimal page of ours that answers the host through Jitsi's own
 * transport (the Postis channel that the host's external_api.js speaks, from the same package).
 * What it makes of the URL (hash parsing, config whitelist, display name, toolbar placement)
 * comes from Jitsi's own modules, applied by ./jitsi-page.js.
 *
 * Test hooks: `window.__standIn` (see the bottom of this file).
 */
(() => {
  /** Internal event name -> public name used by the host API (for __standIn.emit). */
  const PUBLIC_EVENT_NAMES = {
    "audio-mute-status-changed": "audioMuteStatusChanged",
    "browser-support": "browserSupport",
    "camera-error": "cameraError",
    "display-name-change": "displayNameChange",
    "email-change": "emailChange",
    "error-occurred": "errorOccurred",
    "local-storage-changed": "localStorageChanged",
    "mic-error": "micError",
    "participant-joined": "participantJoined",
    "participant-left": "participantLeft",
    "password-required": "passwordRequired",
    "prejoin-screen-loaded": "prejoinScreenLoaded",
    ready: "ready",
    "subject-change": "subjectChange",
    "toolbar-button-clicked": "toolbarButtonClicked",
    "video-conference-joined": "videoConferenceJoined",
    "video-conference-left": "videoConferenceLeft",
    "video-mute-status-changed": "videoMuteStatusChanged",
    "video-ready-to-close": "readyToClose",
  };
  const INTERNAL_EVENT_NAMES = {};
  for (const [internal, external] of Object.entries(PUBLIC_EVENT_NAMES)) {
    INTERNAL_EVENT_NAMES[external] = internal;
  }

  const URL_GROUPS = ["userInfo", "appData", "devices", "iceServers"];
  const jitsiPage = window.__standInJitsiPage;

  // ---------------------------------------------------------------------------------------
  // Reading the URL: path = [tenant/]room, ?lang&jwt&release, #key=<encoded JSON>&...
  // The hash is parsed by Jitsi's own parseURLParams and the config goes through Jitsi's own
  // whitelists (jitsi-page.js): what survives is what the real page would use.
  // ---------------------------------------------------------------------------------------

  function safeDecode(text) {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  }

  const here = window.location;
  const pathParts = here.pathname.split("/").filter((part) => part !== "");
  const room = pathParts.length ? safeDecode(pathParts[pathParts.length - 1]) : "";
  const tenant = pathParts.slice(0, -1).map(safeDecode).join("/");
  const query = new URLSearchParams(here.search);
  const hashParams = jitsiPage.parseHash(here.href);
  // Keys in the hash whose values Jitsi's parser dropped (not JSON after its quote replacement).
  const hashErrors = here.hash
    .slice(1)
    .split("&")
    .map((part) => part.split("=")[0])
    .filter((key) => key && !(key in hashParams))
    .map((key) => ({ key }));

  const json = jitsiPage.paramsToJson(hashParams);
  const groups = {};
  for (const group of URL_GROUPS) {
    groups[group] = json[group] && typeof json[group] === "object" ? json[group] : {};
  }
  const rawConfig = JSON.parse(JSON.stringify(json.config));
  const rawInterfaceConfig = JSON.parse(JSON.stringify(json.interfaceConfig));
  const effective = jitsiPage.effectiveConfig(json);
  const droppedConfigKeys = effective.dropped;
  const config = effective.config;
  groups.interfaceConfig = effective.interfaceConfig;

  const apiIdValue = hashParams.jitsi_meet_external_api_id;
  const apiId = typeof apiIdValue === "number" ? apiIdValue : undefined;
  const lang = query.get("lang") || "";
  const jwt = query.get("jwt") || (typeof hashParams.jwt === "string" ? hashParams.jwt : "");

  /** Room name as the backend uses it: decoded, NFKC-normalised, lower case, re-encoded. */
  function backendRoomName(name) {
    return encodeURIComponent(safeDecode(name).normalize("NFKC").toLowerCase()).toLowerCase();
  }

  // ---------------------------------------------------------------------------------------
  // Transport towards the host: Jitsi's own (modules/transport/index.js, getJitsiMeetTransport:
  // Postis scoped to this page's API id, over postMessage to the parent). Like the real page
  // (modules/API/API.js, init/shouldBeEnabled), only when the URL carries an API id.
  // ---------------------------------------------------------------------------------------

  const transport = apiId === undefined ? null : window.JitsiModules.getJitsiMeetTransport();

  const sent = [];
  const commands = [];
  const requests = [];

  function sendEvent(name, payload) {
    const data = { ...(payload || {}), name };
    sent.push(data);
    const item = document.createElement("li");
    item.textContent = PUBLIC_EVENT_NAMES[name] || name;
    document.getElementById("sent-log").appendChild(item);
    transport?.sendEvent(data);
  }

  // ---------------------------------------------------------------------------------------
  // Meeting state and view.
  // ---------------------------------------------------------------------------------------

  const userInfo = groups.userInfo;
  const localParticipantId = Math.random().toString(16).slice(2, 10).padEnd(8, "0");
  const state = {
    phase: "loading",
    // The name as Jitsi shows it: HTML-escaped when it came in the URL (jitsi-page.js).
    displayName: jitsiPage.nameFromUrl(hashParams) ?? "",
    email: typeof userInfo.email === "string" ? userInfo.email : undefined,
    avatarURL: undefined,
    subject: typeof config.subject === "string" ? config.subject : "",
    audioMuted: config.startWithAudioMuted === true,
    videoMuted: config.startWithVideoMuted === true,
    password: undefined,
    lobbyEnabled: false,
    joined: false,
  };

  function formatName(name) {
    return name ? `${name} (me)` : "Fellow Jitsster";
  }

  function setText(testId, text) {
    const element = document.querySelector(`[data-testid="${testId}"]`);
    if (element) element.textContent = text;
  }

  function render() {
    setText("stand-in-room", room);
    setText("stand-in-tenant", tenant || "(none)");
    setText("stand-in-lang", lang || "(none)");
    setText("stand-in-display-name", state.displayName || "(none)");
    setText("stand-in-subject", state.subject || "(none)");
    setText("stand-in-state", state.phase);
    setText("stand-in-audio", state.audioMuted ? "muted" : "unmuted");
    setText("stand-in-video", state.videoMuted ? "off" : "on");
    document.getElementById("prejoin").hidden = state.phase !== "prejoin";
    document.getElementById("call").hidden = state.phase !== "in-call";
    document.getElementById("left").hidden = state.phase !== "left";
    document.title = `Jitsi stand-in – ${room || "no room"}`;
  }

  function setStatus(text) {
    document.getElementById("status").textContent = text;
  }

  function buttonsWithNotifyClick(key) {
    const list = Array.isArray(config.buttonsWithNotifyClick) ? config.buttonsWithNotifyClick : [];
    for (const entry of list) {
      if (entry === key) return { preventExecution: true };
      if (entry && typeof entry === "object" && entry.key === key) {
        return { preventExecution: entry.preventExecution !== false };
      }
    }
    return undefined;
  }

  function join(name) {
    if (state.phase === "in-call" || state.phase === "left") return;
    if (typeof name === "string") state.displayName = name;
    state.phase = "in-call";
    state.joined = true;
    render();
    sendEvent("video-conference-joined", {
      roomName: backendRoomName(room),
      id: localParticipantId,
      displayName: state.displayName || undefined,
      formattedDisplayName: formatName(state.displayName),
      avatarURL: state.avatarURL,
      breakoutRoom: false,
      email: state.email,
    });
    // The real page mirrors its localStorage to the host; the stand-in always does, on join.
    sendEvent("local-storage-changed", {
      localStorageContent: JSON.stringify({
        "features/base/settings": JSON.stringify({ displayName: state.displayName }),
      }),
    });
  }

  function leave() {
    if (state.phase === "left") return;
    const wasJoined = state.joined;
    state.phase = "left";
    state.joined = false;
    render();
    if (wasJoined) sendEvent("video-conference-left", { roomName: backendRoomName(room) });
    sendEvent("video-ready-to-close", {});
  }

  function showPrejoin(withEvent) {
    state.phase = "prejoin";
    const input = document.getElementById("prejoin-name");
    input.value = state.displayName;
    input.readOnly = config.readOnlyName === true;
    document.getElementById("prejoin-name-row").hidden = Boolean(
      config.prejoinConfig && config.prejoinConfig.hideDisplayName === true,
    );
    document.getElementById("prejoin-heading").textContent = withEvent
      ? "Prejoin screen"
      : "Enter your name";
    render();
    if (withEvent) {
      sendEvent("prejoin-screen-loaded", {
        id: "local",
        displayName: state.displayName || undefined,
        formattedDisplayName: formatName(state.displayName),
      });
    }
  }

  function onPrejoinSubmit(event) {
    event.preventDefault();
    const name = document.getElementById("prejoin-name").value.trim();
    const error = document.getElementById("prejoin-error");
    if (config.requireDisplayName === true && !name) {
      error.textContent = "Please enter your name.";
      return;
    }
    error.textContent = "";
    join(name);
  }

  function onLeaveClick() {
    const notify = buttonsWithNotifyClick("hangup");
    if (notify) {
      sendEvent("toolbar-button-clicked", {
        key: "hangup",
        preventExecution: notify.preventExecution,
      });
      if (notify.preventExecution) return;
    }
    leave();
  }

  /** Main bar vs "⋯" menu for the current width, by Jitsi's thresholds (jitsi-page.js). */
  let toolbar = jitsiPage.toolbarLayout(config, window.innerWidth, navigator.userAgent);

  function customButton(key) {
    // The real page honours customToolbarButtons only when embedded (its whitelist says so).
    const list = Array.isArray(config.customToolbarButtons) ? config.customToolbarButtons : [];
    return list.find((spec) => spec && spec.id === key);
  }

  function toolbarButton(key, role) {
    const spec = customButton(key);
    const button = document.createElement("button");
    button.type = "button";
    if (role) button.setAttribute("role", role);
    button.textContent = spec && typeof spec.text === "string" && spec.text ? spec.text : key;
    button.dataset.key = key;
    if (spec) {
      // Icons are not loaded (no external requests); the URL is kept for assertions.
      if (typeof spec.icon === "string") button.dataset.icon = spec.icon;
      button.addEventListener("click", () => {
        sendEvent("toolbar-button-clicked", { key, preventExecution: false });
      });
    }
    return button;
  }

  function renderToolbar() {
    toolbar = jitsiPage.toolbarLayout(config, window.innerWidth, navigator.userAgent);
    const bar = document.getElementById("toolbar-main");
    const menu = document.getElementById("overflow-menu");
    const more = document.getElementById("overflow-toggle");
    bar.replaceChildren(...toolbar.main.map((key) => toolbarButton(key)));
    menu.replaceChildren(...toolbar.overflow.map((key) => toolbarButton(key, "menuitem")));
    more.hidden = toolbar.overflow.length === 0;
    more.setAttribute("aria-expanded", "false");
    menu.hidden = true;
    document.getElementById("leave").hidden = !toolbar.hangup;
    setText("stand-in-main-buttons", toolbar.main.join(" "));
    setText("stand-in-overflow-buttons", toolbar.overflow.join(" ") || "(none)");
    setText("stand-in-width", String(toolbar.width));
  }

  function toggleOverflow() {
    const menu = document.getElementById("overflow-menu");
    menu.hidden = !menu.hidden;
    document.getElementById("overflow-toggle").setAttribute("aria-expanded", String(!menu.hidden));
  }

  // ---------------------------------------------------------------------------------------
  // Simulated failures (buttons, and __standIn.emit for anything else).
  // ---------------------------------------------------------------------------------------

  const simulate = {
    cameraError(payload) {
      sendEvent(
        "camera-error",
        payload || { type: "gum.permission_denied", message: "Stand-in: camera permission denied" },
      );
      setStatus("Camera error simulated");
    },
    micError(payload) {
      sendEvent(
        "mic-error",
        payload || {
          type: "gum.permission_denied",
          message: "Stand-in: microphone permission denied",
        },
      );
      setStatus("Microphone error simulated");
    },
    errorOccurred(payload) {
      sendEvent(
        "error-occurred",
        payload || {
          error: {
            isFatal: true,
            message: "Stand-in: connection failed",
            name: "connection.otherError",
            type: "CONNECTION",
          },
        },
      );
      setStatus("Connection error simulated");
    },
    passwordRequired() {
      sendEvent("password-required", {});
      setStatus("Password required");
    },
  };

  /** Emit any event by internal ("camera-error") or public ("cameraError") name. */
  function emit(name, payload) {
    const internal = INTERNAL_EVENT_NAMES[name] || name;
    sendEvent(internal, payload);
  }

  // ---------------------------------------------------------------------------------------
  // Commands and requests from the host.
  // ---------------------------------------------------------------------------------------

  function onCommand(name, args) {
    commands.push({ name, args });
    const first = args[0];
    switch (name) {
      case "video-hangup":
        leave();
        break;
      case "display-name":
        // Jitsi stores getNormalizedDisplayName(name): trimmed, at most 50 characters.
        state.displayName =
          typeof first === "string" ? (jitsiPage.normalizedDisplayName(first) ?? "") : "";
        render();
        sendEvent("display-name-change", {
          displayname: state.displayName,
          formattedDisplayName: formatName(state.displayName),
          id: localParticipantId,
        });
        break;
      case "subject":
      case "local-subject":
        state.subject = first === undefined || first === null ? "" : String(first);
        render();
        sendEvent("subject-change", { subject: state.subject });
        break;
      case "password":
        state.password = first;
        break;
      case "toggle-lobby":
        state.lobbyEnabled = Boolean(first);
        break;
      case "overwrite-config":
        // modules/API/API.js 'overwrite-config': whitelisted, then merged like the URL's.
        if (first && typeof first === "object") {
          jitsiPage.override(config, jitsiPage.whitelisted("config", first));
          renderToolbar();
        }
        break;
      case "email":
        state.email = first;
        sendEvent("email-change", { email: first, id: localParticipantId });
        break;
      case "avatar-url":
        state.avatarURL = first;
        break;
      case "toggle-audio":
        state.audioMuted = !state.audioMuted;
        render();
        sendEvent("audio-mute-status-changed", { muted: state.audioMuted });
        break;
      case "toggle-video":
        state.videoMuted = !state.videoMuted;
        render();
        sendEvent("video-mute-status-changed", { muted: state.videoMuted });
        break;
      default:
        break;
    }
  }

  /** Answers a request; returns whether it did (Jitsi's Transport keeps the others). */
  function onRequest(request, respond) {
    requests.push(request);
    const { name, type } = request || {};
    if (type === "devices") {
      const answers = {
        getAvailableDevices: { audioInput: [], audioOutput: [], videoInput: [] },
        getCurrentDevices: {},
        isDeviceChangeAvailable: false,
        isDeviceListAvailable: true,
        isMultipleAudioInputSupported: false,
      };
      respond(name in answers ? answers[name] : false);
      return true;
    }
    switch (name) {
      case "is-audio-muted":
        respond(state.audioMuted);
        break;
      case "is-video-muted":
        respond(state.videoMuted);
        break;
      case "is-audio-available":
      case "is-video-available":
        respond(false); // the stand-in has no media
        break;
      case "invite":
        respond({ result: true });
        break;
      case "deployment-info":
        respond({});
        break;
      case "session-id":
        respond(`stand-in-${localParticipantId}`);
        break;
      case "rooms-info":
        respond({
          rooms: [
            {
              isMainRoom: true,
              id: backendRoomName(room),
              jid: `${backendRoomName(room)}@conference.${here.hostname}`,
              participants: state.joined
                ? [{ displayName: state.displayName, id: localParticipantId, role: "moderator" }]
                : [],
            },
          ],
        });
        break;
      default:
        // Like the real page (API.js): an Error as the *result*, which JSON turns into
        // {error: {}}; and "not handled".
        respond({ error: new Error("UnknownRequestError") });
        return false;
    }
    return true;
  }

  /** A command is an event {name, data: [...args]} (API.js initCommands; here every name). */
  function onTransportEvent(event) {
    const { data, name } = event || {};
    if (typeof name !== "string") return false;
    onCommand(name, Array.isArray(data) ? data : []);
    return true;
  }

  // ---------------------------------------------------------------------------------------
  // Start.
  // ---------------------------------------------------------------------------------------

  window.__standIn = {
    isJitsiStandIn: true,
    room,
    tenant,
    lang,
    jwt,
    release: query.get("release") || "",
    apiId,
    hashParams,
    hashErrors,
    config,
    rawConfig,
    droppedConfigKeys,
    interfaceConfig: groups.interfaceConfig,
    rawInterfaceConfig,
    /** Main-bar keys, "⋯"-menu keys and hangup for the frame's current width. */
    get toolbar() {
      return { ...toolbar };
    },
    /** The name the participant is shown under (escaped from the URL, or as last set). */
    get displayName() {
      return state.displayName;
    },
    userInfo,
    appData: groups.appData,
    devices: groups.devices,
    iceServers: groups.iceServers,
    /** Events sent to the host, in order ({name, ...payload}, internal names). */
    sent,
    /** Commands received from the host ({name, args}, internal names such as "video-hangup"). */
    commands,
    /** Requests received from the host. */
    requests,
    get state() {
      return { ...state };
    },
    emit,
    join,
    leave,
    simulate,
  };

  document.getElementById("prejoin-form").addEventListener("submit", onPrejoinSubmit);
  document.getElementById("leave").addEventListener("click", onLeaveClick);
  document.getElementById("sim-camera").addEventListener("click", () => simulate.cameraError());
  document.getElementById("sim-mic").addEventListener("click", () => simulate.micError());
  document.getElementById("sim-error").addEventListener("click", () => simulate.errorOccurred());
  document
    .getElementById("sim-password")
    .addEventListener("click", () => simulate.passwordRequired());

  if (transport) {
    transport.on("event", onTransportEvent);
    transport.on("request", onRequest);
  }

  renderToolbar();
  window.addEventListener("resize", renderToolbar);
  document.getElementById("overflow-toggle").addEventListener("click", toggleOverflow);
  setText("stand-in-config", JSON.stringify(config));
  setText("stand-in-dropped-keys", droppedConfigKeys.join(" ") || "(none)");
  render();

  // Like the real page when the API is enabled: announce browser support, then readiness.
  sendEvent("browser-support", { supported: true });
  sendEvent("ready", {});

  if (config.prejoinConfig && config.prejoinConfig.enabled === true) {
    showPrejoin(true);
  } else if (config.requireDisplayName === true && !state.displayName) {
    showPrejoin(false);
  } else {
    join();
  }
})();
