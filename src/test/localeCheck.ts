// Compares one language's texts with the German ones. Used by locales.test.ts only (pure, no fs).

type Texts = { [key: string]: unknown };

const PLURAL = /_(zero|one|two|few|many|other)$/;
const PLACEHOLDER = /\{\{\s*([\w.]+)(?:\s*,[^}]*)?\s*\}\}/g;

/** Every text under its dotted key; list items get their index ("items.0"). */
export function flatten(texts: unknown, prefix = ""): Map<string, unknown> {
  const out = new Map<string, unknown>();
  if (texts !== null && typeof texts === "object") {
    for (const [key, value] of Object.entries(texts as Texts)) {
      const path = prefix ? `${prefix}.${key}` : key;
      if (value !== null && typeof value === "object") {
        for (const [inner, text] of flatten(value, path)) out.set(inner, text);
      } else {
        out.set(path, value);
      }
    }
  }
  return out;
}

export function placeholders(text: unknown): string[] {
  if (typeof text !== "string") return [];
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((match) => match[1] as string))].sort();
}

/** "a.logs_one" -> "a.logs"; other keys stay. */
function baseKey(key: string): string {
  return key.replace(PLURAL, "");
}

function pluralCategories(language: string): string[] {
  try {
    return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  } catch {
    return ["one", "other"];
  }
}

/**
 * What is wrong with `language`'s texts compared to the German `reference`: missing keys, extra
 * keys, empty texts, and placeholders ({{name}}) that differ. Plural keys (`_one`, `_other`, …)
 * must have exactly the forms the language needs; `{{count}}` may be left out of a form (Arabic
 * says "one day" without the number).
 */
export function compareTexts(reference: unknown, translated: unknown, language: string): string[] {
  const german = flatten(reference);
  const other = flatten(translated);
  const problems: string[] = [];
  const germanBase = new Map<string, string>();
  for (const key of german.keys()) {
    const base = baseKey(key);
    // For plurals the reference text is the German "other" form.
    if (!germanBase.has(base) || key.endsWith("_other")) germanBase.set(base, key);
  }
  const otherBases = new Set([...other.keys()].map(baseKey));

  for (const [base, germanKey] of germanBase) {
    if (!otherBases.has(base)) {
      problems.push(`missing key ${base}`);
      continue;
    }
    const isPlural = PLURAL.test(germanKey);
    const keys = isPlural
      ? pluralCategories(language).map((category) => `${base}_${category}`)
      : [base];
    const expected = placeholders(german.get(germanKey));
    for (const key of keys) {
      if (!other.has(key)) {
        problems.push(`missing plural form ${key}`);
        continue;
      }
      const text = other.get(key);
      if (typeof text !== "string" || text.trim() === "") problems.push(`empty text ${key}`);
      const found = placeholders(text);
      const wanted = isPlural ? expected.filter((name) => name !== "count") : expected;
      const comparable = isPlural ? found.filter((name) => name !== "count") : found;
      if (comparable.join() !== wanted.join())
        problems.push(
          `placeholders of ${key}: {${found.join(",")}} instead of {${expected.join(",")}}`,
        );
    }
  }
  for (const key of other.keys()) {
    const base = baseKey(key);
    if (!germanBase.has(base)) problems.push(`extra key ${key}`);
    else if (PLURAL.test(key) !== PLURAL.test(germanBase.get(base) as string))
      problems.push(`extra key ${key}`);
    else if (PLURAL.test(key) && !pluralCategories(language).includes(key.replace(/.*_/, "")))
      problems.push(`extra plural form ${key}`);
  }
  return problems;
}
