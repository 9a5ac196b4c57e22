/*
 * STAND-IN, for end-to-end tests only: how the real Jitsi meeting page APPLIES Jitsi's own modules
 * to what it receives. The modules themselves (hash parser, config whitelists, toolbar constants,
 * lodash's pick/mergeWith/escape) are Jitsi's real code, bundled at test time from the pinned
 * npm package into `window.JitsiModules` (real/jitsi-modules.entry.js). The glue below is OURS:
 * a port of the behaviour of modules that drag in redux/React/lib-jitsi-meet and cannot be
 * bundled; each function cites the file and lines of jitsi-meet it follows (paths relative to
 * the package `@jitsi/react-native-sdk@13.2.0`). Exposed as `window.__standInJitsiPage`.
 */
(() => {
  const J = window.JitsiModules;
  const MAX_DISPLAY_NAME_LENGTH = 50; // react/features/base/participants/constants.ts:43

  /**
   * react/features/base/config/functions.any.ts:314-347 (setConfigFromURLParams): the hash params,
   * parsed by Jitsi's parseURLParams, nested by their dots into {config, interfaceConfig, ...}.
   */
  function paramsToJson(params) {
    const json = { config: {}, interfaceConfig: {} };
    for (const param of Object.keys(params)) {
      let base = json;
      const names = param.split(".");
      const last = names.pop() ?? "";
      for (const name of names) {
        base[name] = base[name] || {};
        base = base[name];
      }
      base[last] = params[param];
    }
    return json;
  }

  /** functions.any.ts:198-214 (getWhitelistedJSON): lodash pick with Jitsi's whitelists. */
  function whitelisted(configName, configJSON) {
    if (configName === "interfaceConfig") return J.pick(configJSON, J.INTERFACE_CONFIG_WHITELIST);
    return J.pick(configJSON, J.CONFIG_WHITELIST);
  }

  /** functions.any.ts:159-184 (overrideConfigJSON): merge, arrays replaced, not merged. */
  function override(target, configJSON) {
    if (J.isEmpty(configJSON)) return;
    J.mergeWith(target, configJSON, (oldValue, newValue) =>
      Array.isArray(oldValue) ? newValue : undefined,
    );
  }

  /** Leaf paths of a plain object ("a.b"); arrays and non-objects are leaves. */
  function leafPaths(value, prefix) {
    if (!value || typeof value !== "object" || Array.isArray(value)) return [prefix];
    const keys = Object.keys(value);
    if (!keys.length) return [prefix];
    return keys.flatMap((key) => leafPaths(value[key], prefix ? `${prefix}.${key}` : key));
  }

  function has(object, path) {
    let node = object;
    for (const key of path.split(".")) {
      if (!node || typeof node !== "object" || !Object.hasOwn(node, key)) return false;
      node = node[key];
    }
    return true;
  }

  /**
   * The page's config and interfaceConfig after the hash: starts from the server's (the stand-in
   * models none: empty objects) and keeps only whitelisted keys. Also lists what was dropped.
   */
  function effectiveConfig(json) {
    const config = {};
    const interfaceConfig = {};
    const effective = {
      config: whitelisted("config", json.config),
      interfaceConfig: whitelisted("interfaceConfig", json.interfaceConfig),
    };
    override(config, effective.config);
    override(interfaceConfig, effective.interfaceConfig);
    const dropped = [];
    for (const name of ["config", "interfaceConfig"]) {
      for (const path of leafPaths(json[name], "")) {
        if (path && !has(effective[name], path)) dropped.push(`${name}.${path}`);
      }
    }
    return { config, interfaceConfig, dropped };
  }

  /** react/features/base/settings/middleware.any.ts:90-115: a name from the URL is HTML-escaped. */
  function nameFromUrl(params) {
    const urlDisplayName = params["userInfo.displayName"];
    if (!params["userInfo.email"] && !urlDisplayName) return undefined;
    return J.escape(urlDisplayName);
  }

  /**
   * The `displayName` command: modules/API/API.js:235-238 stores
   * getNormalizedDisplayName(name), react/features/base/participants/functions.ts:143-149.
   */
  function normalizedDisplayName(name) {
    if (!name?.trim()) return undefined;
    return name.trim().substring(0, MAX_DISPLAY_NAME_LENGTH);
  }

  /**
   * Which buttons exist in this browser: react/features/toolbox/hooks.web.ts:318-378 (the order of
   * `allButtons`, custom buttons last). Left out as the real page leaves them out: `desktop` and
   * `shareaudio` without desktop sharing (phones), `toggle-camera` except on a phone (hooks.web.ts
   * useToggleCameraButton; the stand-in assumes a phone has two cameras), `fullscreen` on an
   * iPhone, and the buttons that need server settings we do not use (download, help, salesforce).
   */
  // biome-ignore format: one list, in the order of hooks.web.ts
  const ALL_BUTTONS = [
    "microphone", "camera", "profile", "desktop", "chat", "raisehand", "reactions",
    "participants-pane", "invite", "tileview", "toggle-camera", "toggle-pip", "videoquality",
    "fullscreen", "security", "closedcaptions", "audiotranslation", "polls", "filesharing",
    "recording", "livestreaming", "linktosalesforce", "sharedvideo", "shareaudio",
    "noisesuppression", "whiteboard", "etherpad", "select-background", "stats", "settings",
    "shortcuts", "embedmeeting", "feedback", "download", "help", "custom-panel",
  ];

  function availableButtons(config, userAgent) {
    const mobile = /Android|iPhone|iPad|iPod|Mobile/i.test(userAgent);
    const iPhone = /iPhone|iPod/.test(userAgent);
    const absent = new Set(["linktosalesforce", "download", "help"]);
    if (mobile) absent.add("desktop").add("shareaudio");
    else absent.add("toggle-camera");
    if (iPhone) absent.add("fullscreen");
    const custom = Array.isArray(config.customToolbarButtons) ? config.customToolbarButtons : [];
    return [...ALL_BUTTONS.filter((key) => !absent.has(key)), ...custom.map(({ id }) => id)];
  }

  /** react/features/toolbox/functions.any.ts:67-82 (getToolbarButtons): enabled keys. */
  function enabledButtons(config) {
    const custom = Array.isArray(config.customToolbarButtons)
      ? config.customToolbarButtons.map(({ id }) => id)
      : [];
    const buttons = Array.isArray(config.toolbarButtons)
      ? config.toolbarButtons
      : J.TOOLBAR_BUTTONS;
    return [...buttons, ...custom];
  }

  /**
   * react/features/toolbox/reducer.ts:31 and actions.any.ts:150-207 (setMainToolbarThresholds):
   * the width thresholds, with `config.mainToolbarButtons` replacing the orders of equal length.
   */
  function thresholds(config) {
    const usable = J.THRESHOLDS.filter(({ order }) => Array.isArray(order));
    const wanted = config.mainToolbarButtons;
    if (!Array.isArray(wanted) || wanted.length === 0) return usable;
    const byLength = new Map();
    for (const buttons of wanted) {
      if (Array.isArray(buttons) && buttons.length) byLength.set(buttons.length, buttons);
    }
    const result = [];
    let changed = false;
    for (const { width, order } of J.THRESHOLDS) {
      let count = 0;
      if (Array.isArray(order)) count = order.length;
      else if (order === J.DUMMY_9_BUTTONS_THRESHOLD_VALUE) count = 9;
      else if (order === J.DUMMY_10_BUTTONS_THRESHOLD_VALUE) count = 10;
      else continue;
      let finalOrder = byLength.get(count);
      if (finalOrder) changed = true;
      else if (Array.isArray(order)) finalOrder = order;
      else continue;
      result.push({ order: finalOrder, width });
    }
    return changed ? result : usable;
  }

  /**
   * react/features/toolbox/functions.web.ts:153-200 (getVisibleButtons) for `clientWidth`
   * (the video space: the page's width with no side panel open, base/responsive-ui/actions.ts).
   * `hangup` is drawn after the "⋯" button when enabled (components/web/Toolbox.tsx:327).
   */
  function toolbarLayout(config, clientWidth, userAgent) {
    const enabled = enabledButtons(config);
    const filtered = availableButtons(config, userAgent).filter((key) => enabled.includes(key));
    const steps = thresholds(config);
    const { order } = steps.find(({ width }) => clientWidth > width) || steps[steps.length - 1];
    const priority = J.MAIN_TOOLBAR_BUTTONS_PRIORITY;
    const keysInOrder = [
      ...order.filter((key) => filtered.includes(key)),
      ...priority.filter((key) => !order.includes(key) && filtered.includes(key)),
      ...filtered.filter((key) => !order.includes(key) && !priority.includes(key)),
    ];
    const main = keysInOrder.slice(0, order.length);
    const overflow = filtered.filter((key) => !main.includes(key));
    if (overflow.length === 1) main.push(overflow.shift());
    return { width: clientWidth, main, overflow, hangup: enabled.includes("hangup") };
  }

  window.__standInJitsiPage = {
    parseHash: (href) => J.parseURLParams(href),
    paramsToJson,
    effectiveConfig,
    whitelisted,
    override,
    nameFromUrl,
    normalizedDisplayName,
    toolbarLayout,
  };
})();
