// Test helper only: a minimal i18next stand-in over the German texts of the "invite" namespace,
// so tests check the real wording without booting i18next.
import de from "../../locales/de/invite.json";

export function t(key: string, values: Record<string, string> = {}): string {
  const found = key.split(".").reduce<unknown>((node, part) => {
    return typeof node === "object" && node !== null
      ? (node as Record<string, unknown>)[part]
      : undefined;
  }, de);
  if (typeof found !== "string") throw new Error(`missing German text for ${key}`);
  return found.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`missing value {{${name}}} for ${key}`);
    return value;
  });
}
