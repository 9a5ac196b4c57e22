export const HOLD: { attribute: string; readyEvent: string; waitMs: number };
export function pageStarter(src: string, steps: string[], hold: typeof HOLD): void;
export function pageStarterScript(src: string, steps: string[]): string;
