// Types of jsConfig.mjs for TypeScript callers, generated from its JSDoc; do not edit by hand.
// check-server.test.ts fails when this file is out of date. Regenerate it with
//   npx tsc --ignoreConfig --allowJs --declaration --emitDeclarationOnly --strict --target ES2022 \
//     --module NodeNext --moduleResolution NodeNext --types node --skipLibCheck --outDir /tmp/types \
//     scripts/check-server/jsConfig.mjs && cp /tmp/types/jsConfig.d.mts scripts/check-server/ && npx biome format --write scripts/check-server
/**
 * Reads the settings out of a Jitsi `config.js` without running it: the file comes from the server
 * under test, and a check never executes what a server sends. It understands the two shapes the
 * file has in practice, in any mix: `var config = { ... }` (Debian packages) and statements like
 * `config.p2p.stunServers = ...;` (docker-jitsi-meet, which appends custom-config.js). Later
 * assignments win, as in the browser. A value that is not a plain literal (a function call, a
 * concatenation) becomes an {@link Expression} that keeps its source and its string literals.
 *
 * Keys that would reach into JavaScript's object machinery (`__proto__`, `constructor`,
 * `prototype`) are refused, not followed: every object the reader builds has no prototype, and a
 * hostile file cannot change objects of the process that reads it.
 */
/** A value the reader cannot evaluate, e.g. `'stun.a:3478'.split(',').map(...)`. */
export declare class Expression {
  source: string;
  strings: string[];
  /**
   * @param {string} source
   * @param {string[]} strings the string literals inside it
   */
  constructor(source: string, strings: string[]);
}
export type Token = {
  type: "string" | "number" | "ident" | "punct" | "op";
  value: string;
  start: number;
  end: number;
  newline: boolean;
  template?: boolean;
};
/**
 * @param {string} text
 * @returns {{ config: Record<string, unknown>, refused: string[] }} the settings as they end up
 *   after every assignment, and the paths of the assignments refused for a forbidden key
 */
export declare function readJitsiConfig(text: string): {
  config: Record<string, unknown>;
  refused: string[];
};
/**
 * The value at a dotted path ("p2p.stunServers"), or undefined.
 * @param {unknown} config
 * @param {string} path
 * @returns {unknown}
 */
export declare function getSetting(config: unknown, path: string): unknown;
/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export declare function isPlainObject(value: unknown): value is Record<string, unknown>;
/**
 * Splits JavaScript source into tokens, dropping comments and whitespace. Regular expression
 * literals are not recognised (config.js has none outside strings).
 * @param {string} text
 * @returns {Token[]}
 */
export declare function tokenize(text: string): Token[];
