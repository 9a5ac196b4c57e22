/*
 * STAND-IN for the Jitsi Meet iframe API (`/external_api.js`), for end-to-end tests only.
 *
 * This is NOT Jitsi and contains no Jitsi code. It is an independent, minimal implementation
 * that speaks the same wire protocol as the real script, so the front end can be tested on a
 * machine where Jitsi cannot run. See README.md next to this file for the protocol facts it
 * follows and where they were read.
 *
 * Plain browser script: no modules, no build step. Defines `window.JitsiMeetExternalAPI`.
 */
(() => {
  /** Public command name -> name the meeting page understands (subset of the real table). */
  const COMMANDS = {
    avatarUrl: "avatar-url",
    displayName: "display-name",
    email: "email",
    hangup: "video-hangup",
    localSubject: "local-subject",
    overwriteConfig: "overwrite-config",
    password: "password",
    sendChatMessage: "send-chat-message",
    setAudioOnly: "set-audio-only",
    setTileView: "set-tile-view",
    subject: "subject",
    toggleAudio: "toggle-audio",
    toggleChat: "toggle-chat",
    toggleFilmStrip: "toggle-film-strip",
    toggleLobby: "toggle-lobby",
    toggleTileView: "toggle-tile-view",
    toggleVideo: "toggle-video",
  };

  /** Internal event name sent by the meeting page -> public event name (subset). */
  const EVENTS = {
    "audio-mute-status-changed": "audioMuteStatusChanged",
    "browser-support": "browserSupport",
    "camera-error": "cameraError",
    "display-name-change": "displayNameChange",
    "email-change": "emailChange",
    "error-occurred": "errorOccurred",
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

  /** Value of the iframe `allow` attribute (list from /work/shared/JITSI.md). */
  const FRAME_ALLOW = [
    "autoplay",
    "camera",
    "clipboard-write",
    "compute-pressure",
    "display-capture",
    "fullscreen",
    "hid",
    "microphone",
    "screen-wake-lock",
    "speaker-selection",
  ].join("; ");

  /** Host localStorage key the real API mirrors the meeting's localStorage into. */
  const MIRROR_KEY = "jitsiLocalStorage";
  const READY_METHOD = "__ready__";
  const DATA_METHOD = "message";

  /** Instance counter, like the real one: the n-th API object on the page gets id n. */
  let nextId = 0;

  // ---------------------------------------------------------------------------------------
  // A tiny EventEmitter (the real class extends Node's EventEmitter from the `events` package).
  // ---------------------------------------------------------------------------------------
  class StandInEmitter {
    constructor() {
      /** @type {Map<string, Array<{fn: Function, once: boolean}>>} */
      this._handlers = new Map();
    }

    on(name, fn) {
      if (typeof fn !== "function") throw new TypeError("listener must be a function");
      const list = this._handlers.get(name) || [];
      list.push({ fn, once: false });
      this._handlers.set(name, list);
      return this;
    }

    addListener(name, fn) {
      return this.on(name, fn);
    }

    once(name, fn) {
      this.on(name, fn);
      const list = this._handlers.get(name);
      list[list.length - 1].once = true;
      return this;
    }

    off(name, fn) {
      const list = this._handlers.get(name);
      if (!list) return this;
      // Like Node: remove the most recently added matching listener only.
      for (let i = list.length - 1; i >= 0; i--) {
        if (list[i].fn === fn) {
          list.splice(i, 1);
          break;
        }
      }
      if (list.length === 0) this._handlers.delete(name);
      return this;
    }

    removeListener(name, fn) {
      return this.off(name, fn);
    }

    removeAllListeners(name) {
      if (name === undefined) this._handlers.clear();
      else this._handlers.delete(name);
      return this;
    }

    emit(name, ...args) {
      const list = this._handlers.get(name);
      if (!list || list.length === 0) return false;
      for (const entry of [...list]) {
        if (entry.once) this.off(name, entry.fn);
        entry.fn.apply(this, args);
      }
      return true;
    }

    listenerCount(name) {
      const list = this._handlers.get(name);
      return list ? list.length : 0;
    }

    listeners(name) {
      return (this._handlers.get(name) || []).map((entry) => entry.fn);
    }

    eventNames() {
      return [...this._handlers.keys()];
    }
  }

  // ---------------------------------------------------------------------------------------
  // Postis-compatible channel: JSON strings {postis, scope, method, params} over postMessage,
  // with the "__ready__" handshake (each side repeats its own random id every 50 ms, echoes
  // foreign ids, and is ready once its own id comes back; sends before that are buffered).
  // ---------------------------------------------------------------------------------------
  class StandInChannel {
    constructor({ targetWindow, scope, allowedOrigin }) {
      this._target = targetWindow;
      this._scope = scope;
      this._allowedOrigin = allowedOrigin;
      this._ready = false;
      this._buffer = [];
      this._readyId = `${Date.now()}-${Math.random()}`;
      this._onData = () => {};
      this._listener = (event) => this._receive(event);
      window.addEventListener("message", this._listener, false);
      this._timer = window.setInterval(() => this._post(READY_METHOD, this._readyId), 50);
    }

    _post(method, params) {
      if (!this._target || typeof this._target.postMessage !== "function") return;
      const text = JSON.stringify({ postis: true, scope: this._scope, method, params });
      this._target.postMessage(text, "*");
    }

    _receive(event) {
      // The real transport checks the origin; the stand-in also insists on its own frame.
      if (this._allowedOrigin && event.origin !== this._allowedOrigin) return;
      if (event.source !== this._target) return;
      if (typeof event.data !== "string") return;
      let data;
      try {
        data = JSON.parse(event.data);
      } catch {
        return;
      }
      if (data?.postis !== true || data.scope !== this._scope) return;
      if (data.method === READY_METHOD) {
        if (data.params === this._readyId) {
          window.clearInterval(this._timer);
          if (!this._ready) {
            this._ready = true;
            const pending = this._buffer;
            this._buffer = [];
            for (const message of pending) this._post(DATA_METHOD, message);
          }
        } else {
          this._post(READY_METHOD, data.params);
        }
        return;
      }
      if (data.method === DATA_METHOD) this._onData(data.params);
    }

    send(message) {
      if (this._ready) this._post(DATA_METHOD, message);
      else this._buffer.push(message);
    }

    setReceiver(fn) {
      this._onData = fn;
    }

    dispose() {
      window.clearInterval(this._timer);
      window.removeEventListener("message", this._listener, false);
      this._ready = false;
      this._buffer = [];
    }
  }

  // ---------------------------------------------------------------------------------------
  // URL building: same shape as the real urlObjectToString() for the options the API passes.
  // ---------------------------------------------------------------------------------------

  /** `key=encodeURIComponent(JSON.stringify(value))` for each enumerable key, like the real one. */
  function toHashParams(obj) {
    const out = [];
    if (!obj) return out;
    for (const key in obj) {
      try {
        // JSON.stringify(undefined) is undefined -> "undefined", exactly as in the real code.
        out.push(`${key}=${encodeURIComponent(JSON.stringify(obj[key]))}`);
      } catch (error) {
        console.warn(`[jitsi stand-in] Error encoding ${key}: ${error}`);
      }
    }
    return out;
  }

  function buildFrameUrl(domain, id, options) {
    // Whitespace is stripped from the base URL; the domain may carry a path (a tenant).
    const base = `https://${domain}/#jitsi_meet_external_api_id=${id}`.replace(/\s/g, "");
    const match = /^https:\/\/([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/.exec(base);
    const host = match ? match[1] : domain;
    let pathname = match?.[2] ? match[2] : "/";
    let hash = match?.[4] ? match[4] : "";

    const room = options.roomName;
    if (room && (pathname.endsWith("/") || !pathname.endsWith(`/${room}`))) {
      if (!pathname.endsWith("/")) pathname += "/";
      pathname += room; // appended as given; the browser percent-encodes when src is set
    }

    const search = new URLSearchParams();
    if (options.jwt) search.set("jwt", options.jwt);
    const defaultLanguage = options.configOverwrite?.defaultLanguage;
    if (options.lang || defaultLanguage) search.set("lang", options.lang || defaultLanguage);
    if (options.release) search.set("release", options.release);
    const searchString = search.toString();

    if (options.jwt) hash += `&jwt=${JSON.stringify(options.jwt)}`;

    const groups = [
      ["config", options.configOverwrite],
      ["iceServers", options.iceServers],
      ["interfaceConfig", options.interfaceConfigOverwrite],
      ["devices", options.devices],
      ["userInfo", options.userInfo],
      ["appData", options.appData],
    ];
    for (const [prefix, obj] of groups) {
      const params = toHashParams(obj);
      if (params.length) {
        const joined = `${prefix}.${params.join(`&${prefix}.`)}`;
        hash += hash.length ? `&${joined}` : `#${joined}`;
      }
    }

    return `https://${host}${pathname}${searchString ? `?${searchString}` : ""}${hash}`;
  }

  /** Numbers become px; strings with px/em/pt/%/vh/vw units pass; anything else is ignored. */
  function parseSize(value) {
    if (typeof value === "number") return `${value}px`;
    if (
      typeof value === "string" &&
      /([0-9]*\.?[0-9]+)(em|pt|px|((d|l|s)?v)(h|w)|%)$/.test(value)
    ) {
      return value;
    }
    return undefined;
  }

  function readMirroredStorage() {
    try {
      return window.localStorage.getItem(MIRROR_KEY);
    } catch {
      return null;
    }
  }

  function writeMirroredStorage(value) {
    try {
      window.localStorage.setItem(MIRROR_KEY, value);
    } catch {
      // storage unavailable: the real helper falls back to memory; nothing to do here
    }
  }

  // ---------------------------------------------------------------------------------------
  // The API class.
  // ---------------------------------------------------------------------------------------
  class JitsiMeetExternalAPI extends StandInEmitter {
    /**
     * @param {string} domain host (optionally with a path) of the Jitsi server
     * @param {object} [options] what @jitsi/react-sdk passes: roomName, configOverwrite,
     *   interfaceConfigOverwrite, jwt, userInfo, lang, parentNode, width, height, devices,
     *   invitees, release (plus onload, iceServers, sandbox, e2eeKey like the real one)
     */
    constructor(domain, options = {}) {
      super();
      const {
        roomName = "",
        width = "100%",
        height = "100%",
        parentNode = document.body,
        configOverwrite = {},
        interfaceConfigOverwrite = {},
        jwt,
        lang,
        onload,
        invitees,
        iceServers,
        devices,
        userInfo,
        release,
        sandbox,
      } = options || {};

      this._id = nextId;
      this._parentNode = parentNode;
      this._url = buildFrameUrl(domain, this._id, {
        configOverwrite,
        iceServers,
        interfaceConfigOverwrite,
        jwt,
        lang,
        roomName,
        devices,
        userInfo,
        appData: { localStorageContent: readMirroredStorage() },
        release,
      });
      this._onload = onload;
      this._numberOfParticipants = 0;
      this._participants = {};
      this._myUserID = undefined;
      this._disposed = false;

      this._createIFrame(height, width, sandbox);

      this._channel = new StandInChannel({
        targetWindow: this._frame.contentWindow,
        scope: `jitsi_meet_external_api_${this._id}`,
        allowedOrigin: new URL(this._url).origin,
      });
      this._requestId = 0;
      /** @type {Map<number, {resolve: Function, reject: Function}>} */
      this._pending = new Map();
      this._channel.setReceiver((message) => this._onTransportMessage(message));

      if (Array.isArray(invitees) && invitees.length > 0) {
        this.invite(invitees).catch(() => {});
      }
      nextId++;
    }

    _createIFrame(height, width, sandbox) {
      const frameName = `jitsiConferenceFrame${this._id}`;
      const frame = document.createElement("iframe");
      frame.allow = FRAME_ALLOW;
      frame.name = frameName;
      frame.id = frameName;
      const parsedHeight = parseSize(height);
      const parsedWidth = parseSize(width);
      if (parsedHeight !== undefined) {
        this._height = height;
        frame.style.height = parsedHeight;
      }
      if (parsedWidth !== undefined) {
        this._width = width;
        frame.style.width = parsedWidth;
      }
      frame.setAttribute("allowFullScreen", "true");
      frame.style.border = "0";
      if (sandbox) frame.setAttribute("sandbox", sandbox);
      frame.src = this._url;
      this._frame = this._parentNode.appendChild(frame);
    }

    /** Transport layer: {type: "event"|"request"|"response", data, id, result, error}. */
    _onTransportMessage(message) {
      if (!message || typeof message !== "object") return;
      if (message.type === "response") {
        const handler = this._pending.get(message.id);
        if (!handler) return;
        this._pending.delete(message.id);
        if (typeof message.result !== "undefined") handler.resolve(message.result);
        else if (typeof message.error !== "undefined") handler.reject(message.error);
        else handler.reject(new Error("Unexpected response format!"));
        return;
      }
      if (message.type === "request") {
        // The real API answers only known internal requests (desktop sources); none here.
        return;
      }
      this._onEvent(message.data || {});
    }

    _onEvent({ name, ...data }) {
      const userID = data.id;
      switch (name) {
        case "ready":
          if (typeof this._onload === "function") this._onload();
          break;
        case "video-conference-joined":
          // The local user is also counted as a participant.
          this._myUserID = userID;
          this._participants[userID] = { email: data.email, avatarURL: data.avatarURL };
          this._addParticipant(userID, data);
          break;
        case "participant-joined":
          this._addParticipant(userID, data);
          break;
        case "participant-left":
          this._numberOfParticipants -= 1;
          delete this._participants[userID];
          break;
        case "display-name-change": {
          const user = this._participants[userID];
          if (user) {
            user.displayName = data.displayname;
            user.formattedDisplayName = data.formattedDisplayName;
          }
          break;
        }
        case "video-conference-left":
          this._numberOfParticipants -= 1;
          delete this._participants[this._myUserID];
          break;
        case "local-storage-changed":
          // Internal: mirrored into the host page's localStorage, never emitted.
          writeMirroredStorage(data.localStorageContent);
          return;
        default:
          break;
      }
      const publicName = EVENTS[name];
      if (publicName) this.emit(publicName, data);
    }

    _addParticipant(userID, data) {
      this._participants[userID] = this._participants[userID] || {};
      this._participants[userID].displayName = data.displayName;
      this._participants[userID].formattedDisplayName = data.formattedDisplayName;
      this._numberOfParticipants += 1;
    }

    _sendEvent(data) {
      if (this._disposed) return;
      this._channel.send({ type: "event", data });
    }

    _sendRequest(data) {
      if (this._disposed) return Promise.reject(new Error("No transport backend defined!"));
      this._requestId += 1;
      const id = this._requestId;
      return new Promise((resolve, reject) => {
        this._pending.set(id, { resolve, reject });
        this._channel.send({ type: "request", data, id });
      });
    }

    // --- event listener aliases kept by the real API for backward compatibility -------------

    addEventListener(event, listener) {
      this.on(event, listener);
    }

    addEventListeners(listeners) {
      for (const event in listeners) this.addEventListener(event, listeners[event]);
    }

    /** Real semantics: removes ALL listeners of that event. */
    removeEventListener(event) {
      this.removeAllListeners(event);
    }

    removeEventListeners(eventList) {
      for (const event of eventList) this.removeEventListener(event);
    }

    // --- commands -------------------------------------------------------------------------

    executeCommand(name, ...args) {
      if (!(name in COMMANDS)) {
        console.error("Not supported command name.");
        return;
      }
      this._sendEvent({ data: args, name: COMMANDS[name] });
    }

    /** Like the real one: each value is passed as ONE argument (an array stays an array). */
    executeCommands(commandList) {
      for (const key in commandList) this.executeCommand(key, commandList[key]);
    }

    // --- requests -------------------------------------------------------------------------

    invite(invitees) {
      if (!Array.isArray(invitees) || invitees.length === 0) {
        return Promise.reject(new TypeError("Invalid Argument"));
      }
      return this._sendRequest({ name: "invite", invitees });
    }

    isAudioMuted() {
      return this._sendRequest({ name: "is-audio-muted" });
    }

    isVideoMuted() {
      return this._sendRequest({ name: "is-video-muted" });
    }

    isAudioAvailable() {
      return this._sendRequest({ name: "is-audio-available" });
    }

    isVideoAvailable() {
      return this._sendRequest({ name: "is-video-available" });
    }

    getRoomsInfo() {
      return this._sendRequest({ name: "rooms-info" });
    }

    getSessionId() {
      return this._sendRequest({ name: "session-id" });
    }

    getDeploymentInfo() {
      return this._sendRequest({ name: "deployment-info" });
    }

    getAvailableDevices() {
      return this._sendRequest({ type: "devices", name: "getAvailableDevices" });
    }

    getCurrentDevices() {
      return this._sendRequest({ type: "devices", name: "getCurrentDevices" });
    }

    isDeviceListAvailable() {
      return Promise.resolve(true);
    }

    // --- local state ----------------------------------------------------------------------

    getIFrame() {
      return this._frame;
    }

    getNumberOfParticipants() {
      return this._numberOfParticipants;
    }

    getParticipantsInfo() {
      return Object.keys(this._participants).map((participantId) => ({
        ...this._participants[participantId],
        participantId,
      }));
    }

    getDisplayName(participantId) {
      return this._participants[participantId]?.displayName;
    }

    getEmail(participantId) {
      return this._participants[participantId]?.email;
    }

    getAvatarURL(participantId) {
      return this._participants[participantId]?.avatarURL;
    }

    getSupportedCommands() {
      return Object.keys(COMMANDS);
    }

    getSupportedEvents() {
      return Object.values(EVENTS);
    }

    /** Removes listeners and the iframe; stops listening for messages. */
    dispose() {
      if (this._disposed) return;
      this.emit("_willDispose");
      this._disposed = true;
      this._channel.dispose();
      this._pending.clear();
      this.removeAllListeners();
      if (this._frame?.parentNode) this._frame.parentNode.removeChild(this._frame);
    }
  }

  /** Marker so tests (and curious humans) can tell this is the stand-in. */
  JitsiMeetExternalAPI.isJitsiStandIn = true;

  window.JitsiMeetExternalAPI = JitsiMeetExternalAPI;
})();
