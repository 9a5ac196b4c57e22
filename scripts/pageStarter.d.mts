export const HOLD: { attribute: string; readyEvent: string; takenEvent: string; waitMs: number };
export function pageStarter(
  src: string,
  steps: string[],
  hold: typeof HOLD & { fetch: string[]; idle: string[] },
): void;
export function pageStarterScript(
  src: string,
  steps: string[],
  callFirst?: string[],
  startAhead?: string[],
): string;
