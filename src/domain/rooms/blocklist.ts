/**
 * Substrings that must never appear in a generated room name (checked lower-cased).
 *
 * Deliberately short stems ("fick", "nigg", "arsch") so that inflections and compounds are caught,
 * and so that a word boundary in a six-word name ("Arena" + "Ziege" -> "arenaziege" contains
 * "nazi") is caught too: that is why the generator checks the whole name, not just each word.
 * Stems that are common inside harmless words ("anal" in "Kanal", "fag" in "Fagott") are left out.
 * Written for this project; licence MIT.
 */
export const BLOCKED_SUBSTRINGS: readonly string[] = Object.freeze([
  // German insults, slurs and Nazi terms
  "arsch",
  "behindert",
  "bloed",
  "bums",
  "depp",
  "dumm",
  "fick",
  "fotz",
  "hakenkreuz",
  "hitler",
  "hure",
  "idiot",
  "judensau",
  "kack",
  "kanake",
  "kotz",
  "krueppel",
  "missgeburt",
  "mongo",
  "muschi",
  "nazi",
  "neger",
  "nigg",
  "nsdap",
  "nutte",
  "pimmel",
  "piss",
  "scheis",
  "schlampe",
  "schwuchtel",
  "siegheil",
  "spast",
  "titte",
  "trottel",
  "tunte",
  "votze",
  "wichs",
  "wix",
  "zigeuner",
  // English
  "bitch",
  "cock",
  "cunt",
  "faggot",
  "fuck",
  "penis",
  "porn",
  "pussy",
  "rape",
  "retard",
  "sex",
  "shit",
  "slut",
  "vagina",
  "whore",
]);

/** True when `text`, compared lower-cased, contains any blocked substring. */
export function containsBlockedSubstring(text: string): boolean {
  const lower = text.toLowerCase();
  return BLOCKED_SUBSTRINGS.some((blocked) => lower.includes(blocked));
}
