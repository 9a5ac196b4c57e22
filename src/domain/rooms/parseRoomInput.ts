import { isGuessableRoomName } from "./guessable";
import { asciiDigits, transliterateCyrillic, transliterateLatin } from "./transliterate";

export { isGuessableRoomName } from "./guessable";

/*
 * Room names use only [A-Za-z0-9]: Jitsi lower-cases names on the server and breaks on
 * ? & : ' " % # / . and whitespace, and umlauts/ß break phone dial-in and let different
 * encodings of "the same" name land in different rooms.
 */
export const ROOM_NAME_MIN_LENGTH = 3;
export const ROOM_NAME_MAX_LENGTH = 48;
export const ROOM_NAME_PATTERN = /^[A-Za-z0-9]{3,48}$/;

export type RoomInputResult =
  | { ok: true; room: string; guessable: boolean }
  | {
      ok: false;
      reason: "empty" | "tooShort" | "reserved" | "notARoomLink" | "unsupportedLetters";
    };

export type RoomInputOptions = { reservedPaths: readonly string[] };

/**
 * Turns anything typed or pasted into a room name: Cyrillic and umlauts transliterated, accents
 * dropped, digits of any script as 0-9, words joined CamelCase ("oma erna" -> "OmaErna"),
 * everything outside [A-Za-z0-9] removed, cut to 48 characters. Idempotent and total (never
 * throws). `dropped` says that letters or digits were lost (Arabic, Chinese, …): then the name
 * does not stand for the input, and "محمد 2024" and "أحمد 2024" would meet in the room "2024".
 */
export function cleanRoomName(raw: string): { name: string; dropped: boolean } {
  const text = typeof raw === "string" ? raw : "";
  // NFC first so that "a" + combining diaeresis is transliterated like "ä", not stripped to "a".
  const transliterated = transliterateCyrillic(transliterateLatin(text.normalize("NFC")));
  // NFKD splits é into e + accent and folds full-width/ligature forms; marks and invisible
  // format characters (zero-width, bidi marks, soft hyphen) go without splitting a word.
  const plain = asciiDigits(transliterated.normalize("NFKD").replace(/[\p{M}\p{Cf}]/gu, ""));
  const dropped = /(?![A-Za-z0-9])[\p{L}\p{N}]/u.test(plain);
  const words = plain.split(/[^A-Za-z0-9]+/);
  const joined = words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join("");
  return { name: joined.slice(0, ROOM_NAME_MAX_LENGTH), dropped };
}

/** The room name of `raw` (see cleanRoomName), even when letters had to be dropped. */
export function normaliseRoomName(raw: string): string {
  return cleanRoomName(raw).name;
}

/** Decodes %XX escapes that form valid UTF-8 and keeps malformed ones as text ("%E4" stays). */
function safeDecode(segment: string): string {
  return segment.replace(/(?:%[0-9A-Fa-f]{2})+/g, decodeRun);
}

/**
 * One malformed byte must not keep its valid neighbours encoded ("%E4%20" is "%E4" and a space,
 * not the text "E420"), so a run that fails as a whole is decoded one UTF-8 sequence at a time.
 */
function decodeRun(run: string): string {
  try {
    return decodeURIComponent(run);
  } catch {
    let text = "";
    for (let i = 0; i < run.length; ) {
      const lead = Number.parseInt(run.slice(i + 1, i + 3), 16);
      const bytes = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : lead >= 0xc0 ? 2 : 1;
      const sequence = run.slice(i, i + 3 * bytes);
      try {
        text += decodeURIComponent(sequence);
        i += sequence.length;
      } catch {
        text += run.slice(i, i + 3);
        i += 3;
      }
    }
    return text;
  }
}

function checkRoom(text: string, reservedPaths: readonly string[]): RoomInputResult {
  const { name, dropped } = cleanRoomName(text);
  // Refused, not shortened: different names must not meet in what is left of them.
  if (dropped) return { ok: false, reason: "unsupportedLetters" };
  if (name === "") return { ok: false, reason: "empty" };
  const lower = name.toLowerCase();
  if (reservedPaths.some((path) => normaliseRoomName(path).toLowerCase() === lower)) {
    return { ok: false, reason: "reserved" };
  }
  if (name.length < ROOM_NAME_MIN_LENGTH) return { ok: false, reason: "tooShort" };
  return { ok: true, room: name, guessable: isGuessableRoomName(name) };
}

/** The room named by the first non-empty segment of a URL path (query and hash ignored). */
function roomFromLinkPath(path: string, reservedPaths: readonly string[]): RoomInputResult {
  const segment = path
    .split(/[?#]/, 1)[0]
    ?.split("/")
    .find((s) => s !== "");
  if (segment === undefined) return { ok: false, reason: "notARoomLink" };
  return checkRoom(safeDecode(segment), reservedPaths);
}

// The lookbehind starts a scheme only at the start of a run of scheme characters: without it, a
// long run not followed by "://" is rescanned from every position (a 100,000-character paste
// took 8 s).
const URL_IN_TEXT = /(?<![a-z0-9+.-])[a-z][a-z0-9+.-]*:\/\/\S*/i;
// "meet.example.org", "localhost:5173", "10.0.0.1:8443": only then is "x/y" a link, not a name.
const HOST_LIKE = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d{1,5})?$/i;

/** The path part of `afterScheme` ("host/path?q" -> "/path?q"), or "" when there is none. */
function pathAfterHost(afterScheme: string): string {
  const end = afterScheme.search(/[/?#]/);
  return end === -1 ? "" : afterScheme.slice(end);
}

/**
 * Reads a room from a bare name ("Oma Erna") or a pasted link ("https://host/ApfelWolke?x#y",
 * "host.example/ApfelWolke", "/ApfelWolke"). A "/" in text that is not a link is just a word
 * separator, like any other punctuation ("Oma/Erna" -> "OmaErna"). Never throws.
 */
export function parseRoomInput(input: string, options: RoomInputOptions): RoomInputResult {
  const text = typeof input === "string" ? input.trim() : "";
  const reserved = options?.reservedPaths ?? [];
  const schemeAt = text.indexOf("://");
  if (schemeAt !== -1) {
    const url = URL_IN_TEXT.exec(text)?.[0] ?? text.slice(schemeAt);
    const path = pathAfterHost(url.slice(url.indexOf("://") + 3));
    return roomFromLinkPath(path, reserved);
  }
  if (text.startsWith("//")) {
    return roomFromLinkPath(pathAfterHost(text.slice(2)), reserved);
  }
  if (text.startsWith("/")) return roomFromLinkPath(text, reserved);
  const slashAt = text.indexOf("/");
  if (slashAt !== -1 && HOST_LIKE.test(text.slice(0, slashAt))) {
    return roomFromLinkPath(text.slice(slashAt), reserved);
  }
  return checkRoom(text, reserved);
}

/**
 * For the router: "/ApfelWolke" -> "ApfelWolke", "/Oma%20Erna" -> "OmaErna". Only a single
 * segment (optionally with a trailing slash) is a room; "/", reserved app paths, deeper paths
 * and names that normalise to fewer than 3 characters give null. Never throws.
 */
export function roomFromPath(pathname: string, reservedPaths: readonly string[]): string | null {
  if (typeof pathname !== "string") return null;
  const segments =
    pathname
      .split(/[?#]/, 1)[0]
      ?.split("/")
      .filter((s) => s !== "") ?? [];
  if (segments.length !== 1) return null;
  const result = roomFromLinkPath(pathname, reservedPaths ?? []);
  return result.ok ? result.room : null;
}
