/*
 * Entry for the bundle of Jitsi's OWN meeting-page modules that the stand-in page applies
 * (built by ./build.mjs from the pinned npm package; `jitsi-meet/` is the package root, which
 * holds jitsi-meet's `react/` tree). Only re-exports: the code behind them is Jitsi's, not ours.
 * Exposed in the stand-in page as `window.JitsiModules`. Modules that drag in redux, React or
 * lib-jitsi-meet do not bundle; ../jitsi-page.js ports their behaviour, citing file and line.
 */
// The meeting page's end of the channel: the same Postis transport external_api.js uses.
export { getJitsiMeetTransport } from "jitsi-meet/modules/transport";
export { default as CONFIG_WHITELIST } from "jitsi-meet/react/features/base/config/configWhitelist";
export { default as INTERFACE_CONFIG_WHITELIST } from "jitsi-meet/react/features/base/config/interfaceConfigWhitelist";
export { default as IS_EMBEDDED_CONFIG_WHITELIST } from "jitsi-meet/react/features/base/config/isEmbeddedConfigWhitelist";
export { isEmbedded } from "jitsi-meet/react/features/base/util/embedUtils";
export { parseURLParams } from "jitsi-meet/react/features/base/util/parseURLParams";
export {
  DUMMY_9_BUTTONS_THRESHOLD_VALUE,
  DUMMY_10_BUTTONS_THRESHOLD_VALUE,
  MAIN_TOOLBAR_BUTTONS_PRIORITY,
  THRESHOLDS,
  TOOLBAR_BUTTONS,
} from "jitsi-meet/react/features/toolbox/constants";
// The lodash functions jitsi-meet applies (base/config/functions.any.ts: pick, mergeWith,
// isEmpty; base/settings/middleware.any.ts: escape), in the version the package pins.
export { escape, isEmpty, mergeWith, pick } from "lodash-es";
