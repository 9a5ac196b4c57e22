/*
 * Letters a room name can keep, in ASCII: Cyrillic by the national tables, the Latin letters that
 * Unicode does not decompose, and digits of every script. What is left outside ASCII cannot be
 * written in a room name; parseRoomInput refuses such input instead of dropping letters.
 */

// Ukrainian: Cabinet of Ministers of Ukraine, resolution No. 55 of 27 January 2010.
// [at the start of a word, elsewhere]: Єнакієве -> Yenakiieve, Юрій -> Yurii.
// biome-ignore format: a table reads better in rows
const UKRAINIAN: Readonly<Record<string, string | readonly [string, string]>> = {
  а: "a", б: "b", в: "v", г: "h", ґ: "g", д: "d", е: "e", є: ["ye", "ie"], ж: "zh", з: "z",
  и: "y", і: "i", ї: ["yi", "i"], й: ["y", "i"], к: "k", л: "l", м: "m", н: "n", о: "o",
  п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ь: "", ю: ["yu", "iu"], я: ["ya", "ia"],
};

// Russian: ICAO Doc 9303 (Russian passports since 2013).
// biome-ignore format: a table reads better in rows
const RUSSIAN: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "i",
  к: "k", л: "l", м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f",
  х: "kh", ц: "ts", ч: "ch", ш: "sh", щ: "shch", ъ: "ie", ы: "y", ь: "", э: "e", ю: "iu",
  я: "ia",
};

// Letters only one of the two languages has pick the table; without them (Оля, Петро) the
// Ukrainian one, as the app speaks Ukrainian, with the Russian letters it lacks (ё ъ ы э). The choice is per input, so equal input gives the
// same room on every device.
const UKRAINIAN_ONLY = /[ґєіїҐЄІЇ]/;
const RUSSIAN_ONLY = /[ёъыэЁЪЫЭ]/;
// The apostrophe inside a word is not transliterated (Знам'янка -> Znamianka).
const APOSTROPHE = /(?<=\p{Script=Cyrillic})['’ʼ](?=\p{Script=Cyrillic})/gu;
const LETTER = /\p{L}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const CYRILLIC_LETTERS = /[\u0400-\u04ff]/g;

/** "Оля 2024" -> "Olia 2024", "Пётр" -> "Petr"; text without Cyrillic comes back unchanged. */
export function transliterateCyrillic(text: string): string {
  if (!CYRILLIC.test(text)) return text;
  const russian = !UKRAINIAN_ONLY.test(text) && RUSSIAN_ONLY.test(text);
  return text.replace(APOSTROPHE, "").replace(CYRILLIC_LETTERS, (char, at: number, all: string) => {
    const lower = char.toLowerCase();
    const entry = russian ? RUSSIAN[lower] : (UKRAINIAN[lower] ?? RUSSIAN[lower]);
    if (entry === undefined) return char;
    const previous = all.charAt(at - 1);
    let latin = typeof entry === "string" ? entry : entry[LETTER.test(previous) ? 1 : 0];
    // Ukrainian "зг" is "zgh", so that it is not read as "zh" (Згорани -> Zghorany).
    if (!russian && lower === "г" && previous.toLowerCase() === "з") latin = "gh";
    return char === lower ? latin : upper(latin, all.charAt(at + 1));
  });
}

/** "Щ" -> "Shch", but "ЩУКА" -> "SHCHUKA". */
function upper(latin: string, next: string): string {
  const nextIsCapital = next !== next.toLowerCase();
  return nextIsCapital ? latin.toUpperCase() : latin.charAt(0).toUpperCase() + latin.slice(1);
}

// German first (Bär -> Baer, not Bar); the rest are Latin letters NFKD does not decompose.
// biome-ignore format: a table reads better in rows
const LATIN: Readonly<Record<string, string>> = {
  ä: "ae", ö: "oe", ü: "ue", Ä: "Ae", Ö: "Oe", Ü: "Ue", ß: "ss", ẞ: "SS", æ: "ae", Æ: "Ae",
  ø: "o", Ø: "O", œ: "oe", Œ: "Oe", ł: "l", Ł: "L", ı: "i", đ: "d", Đ: "D", ð: "d", Ð: "D",
  þ: "th", Þ: "Th", ħ: "h", Ħ: "H", ŧ: "t", Ŧ: "T", ŀ: "l", Ŀ: "L",
};
const LATIN_LETTERS = new RegExp(`[${Object.keys(LATIN).join("")}]`, "g");

/** Ä -> Ae, ı -> i, Þ -> Th: expects NFC text. */
export function transliterateLatin(text: string): string {
  return text.replace(LATIN_LETTERS, (c) => LATIN[c] ?? "");
}

const DIGIT = /\p{Nd}/u;
const zeros = new Map<number, number>();

/** The code point of the zero of `code`'s script: each script's run of ten digits starts at 0. */
function zeroOf(code: number): number {
  let zero = zeros.get(code);
  if (zero === undefined) {
    zero = code;
    while (code - zero < 60 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
    zeros.set(code, zero);
  }
  return zero;
}

/** Decimal digits of any script ("٢٠٢٤", "२०२४") as ASCII digits. */
export function asciiDigits(text: string): string {
  return text.replace(/(?![0-9])\p{Nd}/gu, (digit) => {
    const code = digit.codePointAt(0) ?? 0;
    return String((code - zeroOf(code)) % 10);
  });
}
