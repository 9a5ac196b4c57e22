import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import app from "../../locales/de/app.json";
import { setDocumentLanguage } from "../lib/language";
import { DEFAULT_LANGUAGE, LANGUAGES, languageOf } from "./languages";
import { lazyLocaleBackend } from "./loadLocale";

export { DEFAULT_LANGUAGE };

/**
 * German "app" texts are bundled and ready before the first render. Features that load lazily
 * bring their own German namespace (registerNamespace), so their texts do not weigh on the first
 * load; every other language is fetched on demand (loadLocale.ts) when someone switches to it.
 */
export function initI18n() {
  if (!i18next.isInitialized) {
    void i18next
      .use(initReactI18next)
      .use(lazyLocaleBackend)
      .init({
        lng: DEFAULT_LANGUAGE,
        fallbackLng: DEFAULT_LANGUAGE,
        supportedLngs: LANGUAGES.map((language) => language.code),
        resources: { de: { app } },
        // German is bundled; the backend brings the rest.
        partialBundledLanguages: true,
        ns: ["app"],
        defaultNS: "app",
        initAsync: false,
        interpolation: { escapeValue: false },
      });
    // From now on the document follows the language. Not the start in German itself: the page
    // already says which language it is in (a prerendered Arabic page says "ar", right to left).
    i18next.on("languageChanged", (code) => setDocumentLanguage(code, languageOf(code).dir));
  }
  return i18next;
}

/**
 * Adds a feature's German texts, e.g. registerNamespace("invite", { de: inviteDe }), and fetches
 * the namespace in the current language, so a lazily loaded feature speaks the visitor's language.
 */
export function registerNamespace(namespace: string, byLanguage: Record<string, object>) {
  const i18n = initI18n();
  for (const [language, texts] of Object.entries(byLanguage)) {
    // Deep merge: an earlier, empty load of the same namespace must not hide the German texts.
    i18n.addResourceBundle(language, namespace, texts, true, true);
  }
  void i18n.loadNamespaces(namespace);
}

/** The language a change is under way to, while its texts load. */
let changingTo: string | undefined;

/**
 * Switches the language, loading its texts first; resolves once the page can show them. The last
 * call wins: asking for German while Turkish still loads keeps German.
 */
export async function changeLanguage(code: string) {
  const i18n = initI18n();
  if (i18n.language === code && (changingTo === undefined || changingTo === code)) return;
  changingTo = code;
  try {
    await i18n.changeLanguage(code);
  } finally {
    if (changingTo === code) changingTo = undefined;
  }
}
