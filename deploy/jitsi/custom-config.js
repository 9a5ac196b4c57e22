// Peter ruft Paul: meeting settings of the town of Bretten's Jitsi server.
//
// docker-jitsi-meet appends this file to the config.js it generates on every start, so each
// assignment below replaces the generated value. It holds what an embedding page cannot set, and
// repeats the privacy settings the front end also sends, so the server keeps the privacy policy's
// promises even for someone who opens a room on this server directly.
// Values containing ".example" are placeholders: replace them (README.md, "Values to replace").
/* global config */

// --- Privacy: browsers talk to the town's servers only ---

// No requests to third-party services from inside a meeting.
config.disableThirdPartyRequests = true;
// Gravatar would receive a hash of each participant's e-mail address.
config.gravatar = { disabled: true };
// No analytics of any kind; this replaces every tracker the generated config might name.
config.analytics = { disabled: true, rtcstatsEnabled: false };
// GIF search would load from a US service.
config.giphy = { enabled: false };
// Two-person calls go peer to peer and find their public address through STUN: the town's own
// coturn, never a public STUN server. Keep in line with P2P_STUN_SERVERS in .env.
config.p2p.stunServers = [{ urls: "stun:turn.peter-ruft-paul.example:3478" }];
// No list of recently visited rooms kept in the browser: a room link is a secret.
config.doNotStoreRoom = true;

// --- Nothing is recorded (the privacy policy promises it) ---

config.recordingService = { enabled: false, sharingEnabled: false };
config.fileRecordingsEnabled = false;
config.liveStreaming = { enabled: false };
config.liveStreamingEnabled = false;
config.transcription = { enabled: false, disableClosedCaptions: true };
config.transcribingEnabled = false;
// Not even in the participant's own browser. `localRecording` is one of the keys a meeting address
// may overwrite (jitsi-meet's configWhitelist): anyone can open a room with
// `#config.localRecording.disable=false` and get the record button back. The server cannot forbid
// that, so it does both: the button is off, and whoever switches it on that way is announced to
// everyone (a notice with their name and a sound). Someone who also overwrites
// notifyAllParticipants, or runs any screen recorder, can still record unseen: no server setting
// prevents that (README.md, "Decisions worth knowing").
config.localRecording = { disable: true, notifyAllParticipants: true };
// The whiteboard needs a backend we do not run.
config.whiteboard = { enabled: false };

// --- How people arrive and leave ---

// Phones stay in the browser: the deep-linking page would send them to an app store (and does
// not notice that it runs inside our iframe). Both the current and the older key.
config.deeplinking = { disabled: true, hideLogo: true };
config.disableDeepLinking = true;
// Name and camera/microphone check before entering, so nobody is on camera by surprise.
config.prejoinConfig = { enabled: true };
// Moderators can open a lobby; guests then knock without an extra click.
config.lobby = { autoKnock: true, enableChat: true };
// Rooms are created on the front end: no Jitsi welcome page, no Jitsi close page.
config.welcomePage = { disabled: true };
config.enableClosePage = false;
// German by default; the front end passes the visitor's language with the `lang` option.
config.defaultLanguage = "de";

// --- Branding and the town's own pages ---

// Colours, logo and links of Bretten, served by this server (branding.json, see README.md).
config.dynamicBrandingUrl = "/static/branding.json";
// Jitsi's help, privacy and terms links lead to the front end's pages instead of jitsi.org.
config.legalUrls = {
  helpCentre: "https://peter-ruft-paul.example/hilfe",
  privacy: "https://peter-ruft-paul.example/datenschutz",
  security: "https://peter-ruft-paul.example/datenschutz",
  terms: "https://peter-ruft-paul.example/impressum",
};
config.deploymentUrls = { userDocumentationURL: "https://peter-ruft-paul.example/hilfe" };
