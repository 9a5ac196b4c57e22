export const HOLD: { attribute: string; readyEvent: string; takenEvent: string; waitMs: number };
export function pageStarter(
  src: string,
  steps: string[],
  hold: typeof HOLD & { fetch: string[]; ahead: string[] },
): void;
export function pageStarterScript(
  src: string,
  steps: string[],
  callFirst?: string[],
  ahead?: string[],
): string;
