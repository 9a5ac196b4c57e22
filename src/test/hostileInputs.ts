// Test helper (not shipped): fast-check generators for what people and attackers type or paste.
import fc from "fast-check";

/** Pieces that broke (or could break) parsers elsewhere: markup, escapes, traversal, Unicode. */
const HOSTILE_PIECES = [
  // markup and script
  "<img src=x onerror=alert(1)>",
  "<script>alert(1)</script>",
  "\"'><svg/onload=alert(1)>",
  "javascript:alert(1)",
  "{{constructor.constructor('alert(1)')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template injection is the point here
  "${alert(1)}",
  "&lt;b&gt;",
  // percent-encoding: valid, double, malformed, truncated, overlong, encoded surrogate, NUL
  "%",
  "%%",
  "%2",
  "%ZZ",
  "%E4",
  "%C3%A4",
  "%25C3%25A4",
  "%E0%A4%A",
  "%C0%AF",
  "%ED%A0%80",
  "%F0%9F%8E%89",
  "%00",
  "%2F",
  "%3Cscript%3E",
  // paths, traversal and link shapes
  "/",
  "//",
  "\\",
  "../",
  "..\\",
  "%2e%2e%2f",
  "%252e%252e%252f",
  "/./",
  "?",
  "#",
  "&",
  ":",
  "://",
  "https://",
  "http://evil.example/",
  "host.example/",
  "localhost:5173/",
  "?lang=de#config.x=1",
  // invisible and direction characters, combining marks, lone surrogates
  "\u200B",
  "\u200D",
  "\uFEFF",
  "\u00AD",
  "\u202E",
  "\u2066",
  "\u200F",
  "\u0301",
  "\u0308",
  "\u0308\u0308\u0308",
  "\uD800",
  "\uDFFF",
  // emoji, scripts and letters with odd case or compatibility forms
  "🎉",
  "👩‍👩‍👧",
  "🇩🇪",
  "ẞ",
  "ß",
  "ä",
  "Ä",
  "ﬁ",
  "ｆ",
  "İ",
  "ı",
  "ǅ",
  "Ⅻ",
  "①",
  "㎏",
  "שלום",
  "مرحبا",
  "Привет",
  "日本語",
  // whitespace and controls
  " ",
  "\t",
  "\n",
  "\r\n",
  "\u0000",
  "\u3000",
  "\u00A0",
  // app paths and ordinary words
  "impressum",
  "auf-wiedersehen",
  "index.html",
  "API",
  "Oma",
  "Erna",
  "Apfel",
  "Wolke",
  "a",
  "Z",
  "0",
  "9",
];

const hostilePiece = fc.constantFrom(...HOSTILE_PIECES);

/** Strings built from the pieces above mixed with random graphemes. */
export const craftedInput = fc.string({
  unit: fc.oneof(
    { weight: 3, arbitrary: hostilePiece },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 3 }) },
  ),
  maxLength: 24,
});

/** Text as a link would carry it: percent-encoded once or twice, possibly cut mid-escape. */
export const percentEncodedInput = fc
  .tuple(
    fc.oneof(craftedInput, fc.string({ unit: "grapheme", maxLength: 30 })),
    fc.boolean(),
    fc.nat(),
  )
  .map(([text, twice, cut]) => {
    const once = encodeURIComponent(text.replace(/[\uD800-\uDFFF]/g, ""));
    const encoded = twice ? encodeURIComponent(once) : once;
    return cut % 3 === 0 ? encoded.slice(0, encoded.length - (cut % 4)) : encoded;
  });

/** Very long input (up to 6,000 units): pasted documents, a key held down. */
export const longInput = fc.oneof(
  fc.string({ unit: "grapheme-ascii", minLength: 1000, maxLength: 6000 }),
  fc.string({ unit: "binary", minLength: 1000, maxLength: 3000 }),
  fc.string({ unit: hostilePiece, minLength: 200, maxLength: 1000 }),
);

/** Anything a person could type or paste into the join field. */
export const anyRoomInput = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
  { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
  { weight: 4, arbitrary: craftedInput },
  { weight: 2, arbitrary: percentEncodedInput },
  { weight: 1, arbitrary: longInput },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("https://host.example/", "host.example/", "/", "//h/"), craftedInput)
      .map(([prefix, rest]) => prefix + rest),
  },
);
