// Room links and one-tap guest links ("Direkt-Link").

/**
 * Fragment key that carries the guest's display name: `#gast=Oma%20Erna`.
 * German like the rest of our URLs; the fragment (not the query) keeps the
 * name out of server and proxy logs, because browsers never send it.
 */
export const GUEST_FRAGMENT_KEY = "gast";

/** Longest guest name we keep, in user-perceived characters. */
export const GUEST_NAME_MAX_LENGTH = 40;

// Same rule as the room feature; repeated here because features do not
// import each other. Guards against a "/" or "#" sneaking into the link.
const ROOM_NAME = /^[A-Za-z0-9]{3,48}$/;

export function buildRoomLink(origin: string, room: string): string {
  if (!ROOM_NAME.test(room)) throw new RangeError(`not a room name: ${JSON.stringify(room)}`);
  return `${origin.replace(/\/+$/, "")}/${room}`;
}

/** Room link with the guest's name in the fragment; the plain link if no name remains. */
export function buildGuestLink(origin: string, room: string, guestName: string): string {
  const link = buildRoomLink(origin, room);
  const name = sanitiseGuestName(guestName);
  return name ? `${link}#${GUEST_FRAGMENT_KEY}=${encodeURIComponent(name)}` : link;
}

/**
 * Reads the guest name from `location.hash` (with or without "#"). Never
 * throws: the fragment comes from whoever wrote the link.
 */
export function parseGuestFragment(hash: string): { guestName: string } | null {
  for (const part of hash.replace(/^#/, "").split("&")) {
    const eq = part.indexOf("=");
    if (eq < 0 || part.slice(0, eq) !== GUEST_FRAGMENT_KEY) continue;
    const guestName = sanitiseGuestName(decodeOrEmpty(part.slice(eq + 1)));
    return guestName ? { guestName } : null;
  }
  return null;
}

function decodeOrEmpty(encoded: string): string {
  try {
    // "+" as space like form encoding: hand-typed links use it; we write %20.
    return decodeURIComponent(encoded.replace(/\+/g, " "));
  } catch {
    return ""; // malformed %-sequence
  }
}

/**
 * Invisible format characters (Unicode category Cf): zero-width spaces and joiners, the word
 * joiner, the byte-order mark, soft hyphens, and every bidi mark, embedding, override and
 * isolate. In a name they only serve to make look-alikes ("Oma\u200BErna" beside "Oma Erna") or
 * to turn text around. A zero-width joiner between two emoji stays: it makes "👩‍👩‍👧" one
 * picture.
 */
const INVISIBLE_OR_EMOJI_JOIN =
  /(\p{Extended_Pictographic}[\u{FE0F}\u{1F3FB}-\u{1F3FF}]?\u200D)(?=\p{Extended_Pictographic})|\p{Cf}/gu;

/**
 * Makes any input safe to show and to hand to Jitsi as display name:
 * NFC (so "ä" typed two ways is one name), no control, invisible or bidi
 * characters or lone surrogates, no angle brackets, single spaces,
 * trimmed, at most 40 characters without cutting an emoji in half.
 */
export function sanitiseGuestName(raw: string): string {
  const cleaned = raw
    .slice(0, 2000) // bounds the work on hostile input; far above any real name
    .replace(/[\p{Cs}<>]/gu, "")
    .normalize("NFC")
    .replace(INVISIBLE_OR_EMOJI_JOIN, (_match, emojiJoin?: string) => emojiJoin ?? "")
    .replace(/\u034F/g, "") // combining grapheme joiner: invisible, joins nothing in a name
    .replace(/[\p{Cc}\u2028\u2029\u115F\u1160\u2800\u3164\uFFA0]/gu, " ")
    .replace(/\s+/g, " ")
    .trim();
  return truncateGraphemes(cleaned, GUEST_NAME_MAX_LENGTH).trim();
}

function truncateGraphemes(text: string, max: number): string {
  // Intl.Segmenter keeps "👩‍👩‍👧" whole; code points are the fallback for
  // browsers without it (Firefox before 125).
  const segments =
    typeof Intl.Segmenter === "function"
      ? Array.from(
          new Intl.Segmenter(undefined, { granularity: "grapheme" }).segment(text),
          (s) => s.segment,
        )
      : Array.from(text);
  return segments.length <= max ? text : segments.slice(0, max).join("");
}
