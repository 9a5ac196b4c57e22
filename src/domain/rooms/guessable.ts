/** Names shorter than this are easy to find by trying (and to type by mistake). */
const MIN_UNGUESSABLE_LENGTH = 12;

// Words people pick for a meeting room; anyone trying names would try these first.
// None of them is in ROOM_WORDS (tested), so generated names are not made of them.
export const COMMON_ROOM_WORDS: readonly string[] = [
  "abc",
  "admin",
  "arbeit",
  "besprechung",
  "bretten",
  "buero",
  "call",
  "chat",
  "demo",
  "elternabend",
  "familie",
  "freunde",
  "geburtstag",
  "geheim",
  "gemeinde",
  "gruppe",
  "hallo",
  "hello",
  "jitsi",
  "kita",
  "klasse",
  "konferenz",
  "kurs",
  "mama",
  "meeting",
  "meet",
  "neu",
  "oma",
  "opa",
  "papa",
  "party",
  "passwort",
  "password",
  "privat",
  "qwertz",
  "qwerty",
  "raum",
  "room",
  "schule",
  "sitzung",
  "stammtisch",
  "team",
  "test",
  "treffen",
  "unterricht",
  "verein",
  "video",
  "zoom",
];

/** True when `lower` is nothing but common words, in any order ("familietreffen"). */
function onlyCommonWords(lower: string): boolean {
  // reachable[i]: the first i characters split into common words.
  const reachable = [true];
  for (let end = 1; end <= lower.length; end++) {
    reachable[end] = COMMON_ROOM_WORDS.some(
      (word) =>
        word.length <= end && reachable[end - word.length] === true && lower.endsWith(word, end),
    );
  }
  return reachable[lower.length] === true;
}

/**
 * True when a room name is easy to guess: short, only digits, or only common meeting words
 * plus digits ("Familie2024", "OmaOpaTreffen"). Such rooms may be found by strangers.
 */
export function isGuessableRoomName(room: string): boolean {
  if (typeof room !== "string" || room.length < MIN_UNGUESSABLE_LENGTH) return true;
  const letters = room.toLowerCase().replace(/[^a-z]/g, "");
  return letters === "" || onlyCommonWords(letters);
}
