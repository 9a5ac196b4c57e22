// The texts in Leichte Sprache (German by design, see src/i18n/germanTexts.ts), registered when
// the first page that shows them loads: the Leichte Sprache page, or a legal page in Leichte Sprache.
import de from "../../../locales/de/easy.json";
import { registerNamespace } from "../../i18n";

registerNamespace("easy", { de });

export const EASY = "easy" as const;
