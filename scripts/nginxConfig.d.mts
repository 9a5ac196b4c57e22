export const projectRoot: string;
export const HEADERS_SNIPPET: string;
export const LANGUAGES_SNIPPET: string;
export function renderSite(options: { port: number; dist: string }): string;
export function renderMain(options: { work: string; site: string }): string;
