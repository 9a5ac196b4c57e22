/**
 * What this page asks of the Jitsi meeting. Only keys the meeting page accepts from an embedding
 * page are set here (see shared/JITSI.md); branding and server-side privacy settings live in the
 * server's own configuration (deploy/).
 */

/** The buttons of the in-call toolbar: the everyday ones, no clutter. */
export const MEETING_TOOLBAR: readonly string[] = [
  "microphone",
  "camera",
  "hangup",
  "chat",
  "raisehand",
  "tileview",
  "desktop",
  "toggle-camera",
  "settings",
  "fullscreen",
];

export function buildConfigOverwrite(): Record<string, unknown> {
  return {
    // Phones would otherwise be sent to an app-store page instead of joining in the browser.
    deeplinking: { disabled: true },
    disableThirdPartyRequests: true,
    gravatar: { disabled: true },
    analytics: { disabled: true },
    // Name and device check before entering, so nobody is on camera by surprise.
    prejoinConfig: { enabled: true },
    // Jitsi's own invite dialog would show the Jitsi server's link, not ours.
    disableInviteFunctions: true,
    // Do not keep a list of visited rooms on the device.
    doNotStoreRoom: true,
    toolbarButtons: [...MEETING_TOOLBAR],
  };
}

export function buildInterfaceConfigOverwrite(): Record<string, unknown> {
  return {
    // The toolbar stays put: hiding controls confuses people who use a call rarely.
    TOOLBAR_ALWAYS_VISIBLE: true,
  };
}
