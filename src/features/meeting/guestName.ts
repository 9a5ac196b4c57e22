/**
 * How a guest's name reaches Jitsi exactly as she wrote it.
 *
 * Not through the URL (`userInfo.displayName` in the iframe's #fragment): the meeting page reads
 * it with parseURLParams (jitsi-meet react/features/base/util/parseURLParams.ts, lines 62-66),
 * which turns “ ” into " and ‘ ’ into ' before JSON.parse, so „Oma“ or “Mimi” become invalid
 * JSON and are dropped; and react/features/base/settings/middleware.any.ts (lines 90-117,
 * `_updateLocalParticipantFromUrl`) passes the name through lodash `escape`, so "Oma & Opa" is
 * shown as "Oma &amp; Opa" and "O'Brien" as "O&#39;Brien". No encoding on our side survives
 * both: the SDK JSON-encodes the value itself, and `escape` hits & and ' whatever we do.
 *
 * Instead the `displayName` command: modules/API/API.js ('display-name') stores
 * getNormalizedDisplayName(name) in the settings, which only trims it and cuts it at 50
 * characters (react/features/base/participants/functions.ts, MAX_DISPLAY_NAME_LENGTH); the
 * settings middleware then renames the local participant. The page registers its commands in
 * API.init at appWillMount, before it joins, and the host's transport holds a command back until
 * the iframe answers, so sent at once it arrives before the join; it is sent again on
 * `videoConferenceJoined`, so the name in the call is ours whatever the page had stored.
 */
export const DISPLAY_NAME_COMMAND = "displayName";

/** The host page's localStorage key into which Jitsi mirrors its settings (name included). */
export const JITSI_STORAGE_KEY = "jitsiLocalStorage";
