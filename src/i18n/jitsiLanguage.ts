import { languageOf } from "./languages";

/**
 * The `lang` for the Jitsi meeting: Jitsi knows "de", "en", "tr", "uk", "ar" (jitsi-meet
 * lang/languages.json), not "de-x-ls", which gets plain German. Its own module, so only the
 * meeting's chunk carries it.
 */
export function jitsiLanguage(code: string): string {
  return languageOf(code).jitsi;
}
