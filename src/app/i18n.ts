import i18next from "i18next";
import { initReactI18next } from "react-i18next";
import de from "../../locales/de/app.json";

export const DEFAULT_LANGUAGE = "de";

/** German is bundled and ready before the first render; other languages come later on demand. */
export function initI18n() {
  if (!i18next.isInitialized) {
    void i18next.use(initReactI18next).init({
      lng: DEFAULT_LANGUAGE,
      fallbackLng: DEFAULT_LANGUAGE,
      resources: { de: { app: de } },
      ns: ["app"],
      defaultNS: "app",
      initAsync: false,
      interpolation: { escapeValue: false },
      returnNull: false,
    });
  }
  return i18next;
}
