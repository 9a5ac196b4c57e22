/** Types of ./build.mjs for the TypeScript callers (Playwright global setup, the stand-in). */
export const CACHE_DIR: string;
export const REAL_EXTERNAL_API: string;
export const REAL_JITSI_MODULES: string;
export function buildRealJitsi(options?: { log?: (line: string) => void }): Promise<{
  cached: boolean;
  ms: number;
  externalApi: string;
  modules: string;
}>;
