import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import app from "../../locales/de/app.json";

export const DEFAULT_LANGUAGE = "de";

/**
 * German "app" texts are bundled and ready before the first render. Features that load lazily
 * bring their own namespace (registerNamespace), so their texts do not weigh on the first load.
 */
export function initI18n() {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { de: { app } },
      ns: ["app"],
      defaultNS: "app",
      initAsync: false,
      interpolation: { escapeValue: false },
    });
  }
  return i18next;
}

/** Adds a feature's texts, e.g. registerNamespace("invite", { de: inviteDe }). */
export function registerNamespace(namespace: string, byLanguage: Record<string, object>) {
  const i18n = initI18n();
  for (const [language, texts] of Object.entries(byLanguage)) {
    if (!i18n.hasResourceBundle(language, namespace))
      i18n.addResourceBundle(language, namespace, texts);
  }
}
