/** Types of scripts/buildSite.mjs, for the TypeScript tests that import it. */
export interface RenderedPage {
  html: string;
  title: string;
  description?: string;
  /** The address the page was made for, written on the root element (data-page). */
  address?: string;
}

export const PAGES_DIR: string;

export function fillShell(
  shell: string,
  page: RenderedPage,
  language?: { code: string; dir: "ltr" | "rtl" },
): string;

export function buildSite(options?: {
  mode?: string;
  outDir?: string;
  logLevel?: "info" | "warn" | "error" | "silent";
}): Promise<void>;

export function inlineStylesheets(
  shell: string,
  readAsset: (href: string) => Buffer | string,
): { html: string; hashes: string[] };

export function startScriptAfterPaint(
  page: string,
  callFirst?: string[],
  ahead?: string[],
): { html: string; hash: string };

export const START_SOURCES: string[];
export const CALL_SOURCES: string[];

export function chunksOf(
  manifest: Record<string, { file: string; css?: string[]; imports?: string[] }>,
  sources: string[],
): string[];

export function allowSources(snippet: string, directive: string, sources: string[]): string;

export const PAGE_END_ID: string;
