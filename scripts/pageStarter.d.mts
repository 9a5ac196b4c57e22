export function pageStarter(src: string, steps: string[]): void;
export function pageStarterScript(src: string, steps: string[]): string;
