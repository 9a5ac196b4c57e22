/*
 * STAND-IN for the Jitsi Meet meeting page (the document the iframe loads), for end-to-end
 * tests only. NOT Jitsi and no Jitsi code: an independent, minimal page that reads the URL the
 * way the real page does and answers the host over the same Postis/postMessage protocol.
 *
 * Test hooks: `window.__standIn` (see the bottom of this file).
 */
(() => {
  const READY_METHOD = "__ready__";
  const DATA_METHOD = "message";

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

  /**
   * Keys the embedding page may NOT overwrite (from /work/shared/JITSI.md); the real page drops
   * every key that is not on its whitelist. The stand-in drops only these and reports them.
   */
  const SERVER_ONLY_CONFIG = [
    "defaultLanguage",
    "enableClosePage",
    "welcomePage",
    "dynamicBrandingUrl",
    "hosts",
  ];
  const SERVER_ONLY_INTERFACE_CONFIG = [
    "DEFAULT_LOGO_URL",
    "SHOW_JITSI_WATERMARK",
    "APP_NAME",
    "MOBILE_APP_PROMO",
  ];
  const URL_GROUPS = ["config", "interfaceConfig", "userInfo", "appData", "devices", "iceServers"];

  // ---------------------------------------------------------------------------------------
  // Reading the URL: path = [tenant/]room, ?lang&jwt&release, #key=<encoded JSON>&...
  // ---------------------------------------------------------------------------------------

  function safeDecode(text) {
    try {
      return decodeURIComponent(text);
    } catch {
      return text;
    }
  }

  function setPath(target, path, value) {
    let node = target;
    for (let i = 0; i < path.length - 1; i++) {
      const key = path[i];
      if (key === "__proto__" || key === "constructor" || key === "prototype") return;
      if (typeof node[key] !== "object" || node[key] === null) node[key] = {};
      node = node[key];
    }
    const last = path[path.length - 1];
    if (last === "__proto__" || last === "constructor" || last === "prototype") return;
    node[last] = value;
  }

  function parseHash(hash) {
    const params = {};
    const errors = [];
    const text = hash.startsWith("#") ? hash.slice(1) : hash;
    if (!text) return { params, errors };
    for (const part of text.split("&")) {
      const eq = part.indexOf("=");
      const key = eq === -1 ? part : part.slice(0, eq);
      if (!key) continue;
      const raw = eq === -1 ? "" : part.slice(eq + 1);
      const decoded = safeDecode(raw);
      if (decoded === "" || decoded === "undefined") {
        params[key] = undefined;
        continue;
      }
      try {
        params[key] = JSON.parse(decoded);
      } catch (error) {
        errors.push({ key, raw, message: String(error) });
      }
    }
    return { params, errors };
  }

  const here = window.location;
  const pathParts = here.pathname.split("/").filter((part) => part !== "");
  const room = pathParts.length ? safeDecode(pathParts[pathParts.length - 1]) : "";
  const tenant = pathParts.slice(0, -1).map(safeDecode).join("/");
  const query = new URLSearchParams(here.search);
  const { params: hashParams, errors: hashErrors } = parseHash(here.hash);

  const groups = {};
  for (const group of URL_GROUPS) groups[group] = {};
  for (const [key, value] of Object.entries(hashParams)) {
    const dot = key.indexOf(".");
    if (dot === -1) continue;
    const group = key.slice(0, dot);
    if (!(group in groups)) continue;
    setPath(groups[group], key.slice(dot + 1).split("."), value);
  }

  const rawConfig = JSON.parse(JSON.stringify(groups.config));
  const droppedConfigKeys = [];
  for (const key of SERVER_ONLY_CONFIG) {
    if (key in groups.config) {
      droppedConfigKeys.push(`config.${key}`);
      delete groups.config[key];
    }
  }
  for (const key of SERVER_ONLY_INTERFACE_CONFIG) {
    if (key in groups.interfaceConfig) {
      droppedConfigKeys.push(`interfaceConfig.${key}`);
      delete groups.interfaceConfig[key];
    }
  }

  const config = groups.config;
  const apiIdValue = hashParams.jitsi_meet_external_api_id;
  const apiId = typeof apiIdValue === "number" ? apiIdValue : undefined;
  const lang = query.get("lang") || "";
  const jwt = query.get("jwt") || (typeof hashParams.jwt === "string" ? hashParams.jwt : "");

  /** Room name as the backend uses it: decoded, NFKC-normalised, lower case, re-encoded. */
  function backendRoomName(name) {
    return encodeURIComponent(safeDecode(name).normalize("NFKC").toLowerCase()).toLowerCase();
  }

  // ---------------------------------------------------------------------------------------
  // Transport towards the host: Postis-compatible JSON strings over postMessage.
  // ---------------------------------------------------------------------------------------

  const hostWindow = window.opener || (window.parent !== window ? window.parent : null);
  const scope = apiId === undefined ? undefined : `jitsi_meet_external_api_${apiId}`;

  const channel = {
    ready: false,
    buffer: [],
    readyId: `${Date.now()}-${Math.random()}`,
    timer: undefined,
    enabled: Boolean(hostWindow && scope),
    post(method, params) {
      hostWindow.postMessage(JSON.stringify({ postis: true, scope, method, params }), "*");
    },
    send(message) {
      if (!this.enabled) return;
      if (this.ready) this.post(DATA_METHOD, message);
      else this.buffer.push(message);
    },
  };

  const sent = [];
  const commands = [];
  const requests = [];

  function sendEvent(name, payload) {
    const data = { ...(payload || {}), name };
    sent.push(data);
    const item = document.createElement("li");
    item.textContent = PUBLIC_EVENT_NAMES[name] || name;
    document.getElementById("sent-log").appendChild(item);
    channel.send({ type: "event", data });
  }

  function respond(id, result) {
    channel.send({ type: "response", id, result });
  }

  // ---------------------------------------------------------------------------------------
  // Meeting state and view.
  // ---------------------------------------------------------------------------------------

  const userInfo = groups.userInfo;
  const localParticipantId = Math.random().toString(16).slice(2, 10).padEnd(8, "0");
  const state = {
    phase: "loading",
    displayName: typeof userInfo.displayName === "string" ? userInfo.displayName : "",
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

  function renderCustomButtons() {
    // The real page honours customToolbarButtons only when embedded through the iframe API.
    if (apiId === undefined || !Array.isArray(config.customToolbarButtons)) return;
    const toolbar = document.getElementById("toolbar");
    for (const spec of config.customToolbarButtons) {
      if (!spec || typeof spec.id !== "string") continue;
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = typeof spec.text === "string" && spec.text ? spec.text : spec.id;
      button.dataset.key = spec.id;
      // Icons are not loaded (no external requests); the URL is kept for assertions.
      if (typeof spec.icon === "string") button.dataset.icon = spec.icon;
      button.addEventListener("click", () => {
        sendEvent("toolbar-button-clicked", { key: spec.id, preventExecution: false });
      });
      toolbar.appendChild(button);
    }
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
        state.displayName = first === undefined || first === null ? "" : String(first);
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
        if (first && typeof first === "object") Object.assign(config, first);
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

  function onRequest(id, request) {
    requests.push(request);
    const { name, type } = request;
    if (type === "devices") {
      const answers = {
        getAvailableDevices: { audioInput: [], audioOutput: [], videoInput: [] },
        getCurrentDevices: {},
        isDeviceChangeAvailable: false,
        isDeviceListAvailable: true,
        isMultipleAudioInputSupported: false,
      };
      respond(id, name in answers ? answers[name] : false);
      return;
    }
    switch (name) {
      case "is-audio-muted":
        respond(id, state.audioMuted);
        break;
      case "is-video-muted":
        respond(id, state.videoMuted);
        break;
      case "is-audio-available":
      case "is-video-available":
        respond(id, false); // the stand-in has no media
        break;
      case "invite":
        respond(id, { result: true });
        break;
      case "deployment-info":
        respond(id, {});
        break;
      case "session-id":
        respond(id, `stand-in-${localParticipantId}`);
        break;
      case "rooms-info":
        respond(id, {
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
        // The real page answers unknown requests with {error: new Error(...)} as the *result*,
        // which JSON turns into {error: {}}.
        respond(id, { error: {} });
    }
  }

  function onTransportMessage(message) {
    if (!message || typeof message !== "object") return;
    if (message.type === "request") {
      onRequest(message.id, message.data || {});
      return;
    }
    if (message.type === "event") {
      const data = message.data || {};
      if (typeof data.name === "string")
        onCommand(data.name, Array.isArray(data.data) ? data.data : []);
    }
  }

  function onWindowMessage(event) {
    if (event.source !== hostWindow || typeof event.data !== "string") return;
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (data?.postis !== true || data.scope !== scope) return;
    if (data.method === READY_METHOD) {
      if (data.params === channel.readyId) {
        window.clearInterval(channel.timer);
        if (!channel.ready) {
          channel.ready = true;
          const pending = channel.buffer;
          channel.buffer = [];
          for (const message of pending) channel.post(DATA_METHOD, message);
        }
      } else {
        channel.post(READY_METHOD, data.params);
      }
      return;
    }
    if (data.method === DATA_METHOD) onTransportMessage(data.params);
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

  if (channel.enabled) {
    window.addEventListener("message", onWindowMessage, false);
    channel.timer = window.setInterval(() => channel.post(READY_METHOD, channel.readyId), 50);
  }

  renderCustomButtons();
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
