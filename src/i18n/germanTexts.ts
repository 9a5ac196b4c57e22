// Which texts a language shows in German. Only the lazily loaded pages need this, so it stays out
// of the start page's bundle.
import { languageOf } from "./languages";

/**
 * Namespaces that exist in German only, whatever the language: the page in Leichte Sprache is by
 * definition German (as on every German public site, its footer link leads to German text), and
 * the embed code page is for the editors of the town's German website.
 */
export const GERMAN_ONLY_NAMESPACES: readonly string[] = ["easy", "embed"];

/** True when this language shows the namespace's texts in German (see germanNamespaces). */
export function showsGerman(code: string, namespace: string): boolean {
  if (GERMAN_ONLY_NAMESPACES.includes(namespace)) return !isGerman(code);
  return languageOf(code).germanNamespaces.includes(namespace);
}

/** German or Leichte Sprache. */
export function isGerman(code: string): boolean {
  return languageOf(code).jitsi === "de";
}
