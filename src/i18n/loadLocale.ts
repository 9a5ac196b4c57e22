import type { BackendModule, ResourceKey } from "i18next";

/**
 * Every locale file but the German ones, each its own small chunk fetched on demand. German comes
 * with the code that needs it: "app" in the first bundle, the others with their lazily loaded page.
 */
const files = import.meta.glob<{ default: ResourceKey }>([
  "../../locales/*/*.json",
  "!../../locales/de/*.json",
]);

/**
 * Loads one language's texts of one namespace. A file that does not exist (a namespace a language
 * shows in German, see languages.ts) loads as empty, so i18next falls back to German at once
 * instead of retrying.
 */
export async function loadLocale(language: string, namespace: string): Promise<ResourceKey> {
  const load = files[`../../locales/${language}/${namespace}.json`];
  return load ? (await load()).default : {};
}

/** i18next backend over loadLocale. */
export const lazyLocaleBackend: BackendModule = {
  type: "backend",
  callbackApi: false,
  init() {},
  read: (language: string, namespace: string) => loadLocale(language, namespace),
};
