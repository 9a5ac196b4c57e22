/** Types of scripts/chromium.mjs, for the TypeScript configs that import it. */
export const CHROMIUM_FLAGS: string[];
export function systemChromium(): string | undefined;
export function chromiumLaunchOptions(): { executablePath?: string; args: string[] };
