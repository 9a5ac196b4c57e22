// The German texts of the legal pages, registered when the first of them loads: they stay out of
// the start page's bundle. Other languages come from locales/<lang>/legal.json on demand.
import de from "../../../locales/de/legal.json";
import { registerNamespace } from "../../i18n";

registerNamespace("legal", { de });

export const LEGAL = "legal" as const;
