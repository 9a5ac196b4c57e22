/**
 * What this page asks of the Jitsi meeting. Only keys the meeting page accepts from an embedding
 * page are set here (checked against jitsi-meet's react/features/base/config/configWhitelist.ts);
 * branding and server-side privacy settings live in the server's own configuration (deploy/).
 */

/**
 * The buttons of the host's in-call toolbar: the everyday ones, and the two that protect the call
 * when someone unknown joins: `security` (lobby, password) and `participants-pane` (admit, mute,
 * remove). Without them nobody in the call could lock the room or send a stranger out.
 */
export const MEETING_TOOLBAR: readonly string[] = [
  "microphone",
  "camera",
  "hangup",
  "chat",
  "raisehand",
  "tileview",
  "desktop",
  "toggle-camera",
  "participants-pane",
  // The shield: lobby and password (help page, "sicherheit" and "familie").
  "security",
  "settings",
  "fullscreen",
];

/** A guest from a Direkt-Link gets only what a first-time caller on a phone needs. */
export const GUEST_TOOLBAR: readonly string[] = ["microphone", "camera", "hangup", "tileview"];

/**
 * Our own "Einladen" button in Jitsi's toolbar; its clicks arrive as `toolbarButtonClicked`. Not
 * "invite": that is the key of Jitsi's built-in invite button, which shows the Jitsi server's
 * link instead of ours and stays off (disableInviteFunctions).
 */
export const INVITE_BUTTON_ID = "einladen";

// A person with a plus, drawn for this project; a data: URL, so the call fetches nothing for it.
const INVITE_ICON_SVG =
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="#fff" ' +
  'stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><circle cx="9" cy="8" r="4"/>' +
  '<path d="M2 21c0-4 3-7 7-7s7 3 7 7"/><path d="M19 8v6M16 11h6"/></svg>';
export const INVITE_ICON = `data:image/svg+xml,${encodeURIComponent(INVITE_ICON_SVG)}`;

/**
 * Which buttons stand in the main bar, by how many fit. Jitsi's web toolbar (jitsi-meet
 * react/features/toolbox/constants.ts THRESHOLDS, actions.any.ts setMainToolbarThresholds) keeps
 * a list of N keys per width step (N = 8 above 565 px video width, 7 above 520, 6 above 470,
 * 5 above 420, 4 above 370, 3 above 225, 2 below; 9 and 10 only when the embedder gives them);
 * `mainToolbarButtons` replaces the step whose N equals a list's length. Hang-up and "⋯" are
 * drawn beside the list. Without this our "Einladen" comes after all of Jitsi's own buttons and
 * lands in "⋯" on a 390 px phone; with it, it stays third, right after microphone and camera.
 */
/** What keeps its place in the main bar longest, first: a button joins the bar when N grows. */
const MAIN_BAR_PRIORITY = [
  "microphone",
  "camera",
  INVITE_BUTTON_ID,
  "participants-pane",
  "chat",
  "desktop",
  "raisehand",
  "tileview",
  "security",
] as const;
/** The order in which the main bar shows the buttons it has. */
const MAIN_BAR_ORDER: readonly string[] = [
  "microphone",
  "camera",
  INVITE_BUTTON_ID,
  "desktop",
  "chat",
  "raisehand",
  "participants-pane",
  "security",
  "tileview",
];
export const MAIN_TOOLBAR_BUTTONS: readonly (readonly string[])[] = [3, 4, 5, 6, 7, 8, 9].map((n) =>
  MAIN_BAR_ORDER.filter((key) => MAIN_BAR_PRIORITY.slice(0, n).includes(key as never)),
);

export interface CallOptions {
  /** Set when the page was opened from a guest's Direkt-Link (`#gast=...`). */
  guestName?: string;
  /** Text of our "Einladen" toolbar button (translated by the caller); no button without it. */
  inviteButtonText?: string;
}

export function buildConfigOverwrite({
  guestName,
  inviteButtonText,
}: CallOptions = {}): Record<string, unknown> {
  const guest = Boolean(guestName);
  // Guests are invited, they do not invite: no button for them.
  const inviteButton = !guest && inviteButtonText;
  return {
    // Phones would otherwise be sent to an app-store page instead of joining in the browser.
    deeplinking: { disabled: true },
    disableThirdPartyRequests: true,
    gravatar: { disabled: true },
    analytics: { disabled: true },
    // Name and device check before entering, so nobody is on camera by surprise. A guest's
    // Direkt-Link skips it: her name is known and she was told camera and microphone come on.
    prejoinConfig: { enabled: !guest },
    ...(guest ? { startWithAudioMuted: false, startWithVideoMuted: false } : {}),
    // Jitsi's own invite dialog would show the Jitsi server's link, not ours.
    disableInviteFunctions: true,
    // Do not keep a list of visited rooms on the device.
    doNotStoreRoom: true,
    toolbarButtons: guest
      ? [...GUEST_TOOLBAR]
      : [...MEETING_TOOLBAR, ...(inviteButton ? [INVITE_BUTTON_ID] : [])],
    // The toolbar stays put: hiding controls confuses people who use a call rarely.
    toolbarConfig: { alwaysVisible: true },
    ...(inviteButton
      ? {
          customToolbarButtons: [{ id: INVITE_BUTTON_ID, icon: INVITE_ICON, text: inviteButton }],
          mainToolbarButtons: MAIN_TOOLBAR_BUTTONS.map((keys) => [...keys]),
        }
      : {}),
  };
}

export function buildInterfaceConfigOverwrite(): Record<string, unknown> {
  return {
    // Older Jitsi releases read this instead of toolbarConfig.alwaysVisible.
    TOOLBAR_ALWAYS_VISIBLE: true,
  };
}
