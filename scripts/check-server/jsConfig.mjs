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
export class Expression {
  /**
   * @param {string} source
   * @param {string[]} strings the string literals inside it
   */
  constructor(source, strings) {
    this.source = source;
    this.strings = strings;
  }
}

/**
 * @typedef {{ type: "string" | "number" | "ident" | "punct" | "op", value: string,
 *   start: number, end: number, newline: boolean, template?: boolean }} Token
 */

const OPERATOR_CHARS = "+-*/%=&|!<>?~^";

/** Keys a settings file never needs and a hostile one uses to reach prototypes. */
const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

/** An object without a prototype: nothing is inherited, `__proto__` is just a name. */
const emptyObject = () => /** @type {Record<string, unknown>} */ (Object.create(null));

/**
 * @param {string} text
 * @returns {{ config: Record<string, unknown>, refused: string[] }} the settings as they end up
 *   after every assignment, and the paths of the assignments refused for a forbidden key
 */
export function readJitsiConfig(text) {
  const tokens = tokenize(text);
  /** @type {{ config: Record<string, unknown>, refused: string[] }} */
  const state = { config: emptyObject(), refused: [] };
  let i = 0;
  while (i < tokens.length) {
    const token = /** @type {Token} */ (tokens[i]);
    const declares = token.type === "ident" && ["var", "let", "const"].includes(token.value);
    if (declares && isIdent(tokens[i + 1], "config") && isOp(tokens[i + 2], "=")) {
      const { value, next } = parseValue(text, tokens, i + 3);
      assign(state, [], value);
      i = Math.max(next, i + 3);
    } else if (isIdent(token, "config") && !isPunct(tokens[i - 1], ".")) {
      const { path, next } = parsePath(tokens, i + 1);
      if (isOp(tokens[next], "=")) {
        const parsed = parseValue(text, tokens, next + 1);
        if (path.some((key) => FORBIDDEN_KEYS.has(key)))
          state.refused.push(["config", ...path].join("."));
        else assign(state, path, parsed.value);
        i = Math.max(parsed.next, next + 1);
      } else {
        i = next;
      }
    } else {
      i += 1;
    }
  }
  // Object literals with such a key are not read (they become an Expression); name them too.
  tokens.forEach((token, j) => {
    const isKey = token.type === "ident" || token.type === "string";
    if (isKey && FORBIDDEN_KEYS.has(token.value) && isPunct(tokens[j + 1], ":"))
      state.refused.push(`{ ${token.value}: … }`);
  });
  return { config: state.config, refused: state.refused };
}

/**
 * The value at a dotted path ("p2p.stunServers"), or undefined.
 * @param {unknown} config
 * @param {string} path
 * @returns {unknown}
 */
export function getSetting(config, path) {
  let value = config;
  for (const key of path.split(".")) {
    if (!isPlainObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isPlainObject(value) {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Expression)
  );
}

/**
 * @param {{ config: Record<string, unknown> }} state
 * @param {string[]} path free of forbidden keys
 * @param {unknown} value
 */
function assign(state, path, value) {
  if (path.length === 0) {
    state.config = isPlainObject(value) ? value : emptyObject();
    return;
  }
  let target = state.config;
  for (const key of path.slice(0, -1)) {
    const inner = Object.hasOwn(target, key) ? target[key] : undefined;
    if (!isPlainObject(inner)) target[key] = emptyObject();
    target = /** @type {Record<string, unknown>} */ (target[key]);
  }
  target[/** @type {string} */ (path.at(-1))] = value;
}

/**
 * @param {Token[]} tokens
 * @param {number} start just after `config`
 */
function parsePath(tokens, start) {
  /** @type {string[]} */
  const path = [];
  let i = start;
  for (;;) {
    const [a, b, c] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (isPunct(a, ".") && b?.type === "ident") {
      path.push(b.value);
      i += 2;
    } else if (isPunct(a, "[") && b?.type === "string" && isPunct(c, "]")) {
      path.push(b.value);
      i += 3;
    } else {
      return { path, next: i };
    }
  }
}

/**
 * @param {string} text
 * @param {Token[]} tokens
 * @param {number} start
 * @returns {{ value: unknown, next: number }}
 */
function parseValue(text, tokens, start) {
  const literal = parseLiteral(text, tokens, start);
  if (literal && endsValue(tokens, literal.next)) return literal;
  const next = skipExpression(tokens, start);
  const inside = tokens.slice(start, next);
  const [first, last] = [inside[0], inside.at(-1)];
  const source = first && last ? text.slice(first.start, last.end) : "";
  const strings = inside.filter((t) => t.type === "string").map((t) => t.value);
  return { value: new Expression(source, strings), next };
}

/**
 * @param {string} text
 * @param {Token[]} tokens
 * @param {number} i
 * @returns {{ value: unknown, next: number } | null}
 */
function parseLiteral(text, tokens, i) {
  const token = tokens[i];
  if (!token) return null;
  if (token.type === "string") return token.template ? null : { value: token.value, next: i + 1 };
  if (token.type === "number") return { value: Number(token.value), next: i + 1 };
  if (isOp(token, "-") && tokens[i + 1]?.type === "number") {
    return { value: -Number(tokens[i + 1]?.value), next: i + 2 };
  }
  if (token.type === "ident") {
    /** @type {Record<string, unknown>} */
    const words = { true: true, false: false, null: null, undefined: undefined };
    return Object.hasOwn(words, token.value) ? { value: words[token.value], next: i + 1 } : null;
  }
  if (isPunct(token, "[")) return parseList(text, tokens, i + 1);
  if (isPunct(token, "{")) return parseObject(text, tokens, i + 1);
  return null;
}

/** @param {string} text @param {Token[]} tokens @param {number} i */
function parseList(text, tokens, i) {
  /** @type {unknown[]} */
  const list = [];
  let j = i;
  while (!isPunct(tokens[j], "]")) {
    if (!tokens[j] || isPunct(tokens[j], ",")) return null;
    const item = parseValue(text, tokens, j);
    list.push(item.value);
    j = item.next;
    if (isPunct(tokens[j], ",")) j += 1;
    else if (!isPunct(tokens[j], "]")) return null;
  }
  return { value: list, next: j + 1 };
}

/** @param {string} text @param {Token[]} tokens @param {number} i */
function parseObject(text, tokens, i) {
  const object = emptyObject();
  let j = i;
  while (!isPunct(tokens[j], "}")) {
    const key = tokens[j];
    const isKey = key?.type === "ident" || key?.type === "string" || key?.type === "number";
    // A forbidden key makes the literal unreadable: the value becomes an Expression.
    if (!isKey || FORBIDDEN_KEYS.has(key.value) || !isPunct(tokens[j + 1], ":")) return null;
    const item = parseValue(text, tokens, j + 2);
    object[key.value] = item.value;
    j = item.next;
    if (isPunct(tokens[j], ",")) j += 1;
    else if (!isPunct(tokens[j], "}")) return null;
  }
  return { value: object, next: j + 1 };
}

/** Whether a value ends before token `i` (`,` `;` a closing bracket, or a new statement). */
function endsValue(/** @type {Token[]} */ tokens, /** @type {number} */ i) {
  const token = tokens[i];
  if (!token) return true;
  if (token.type === "punct" && ",;)]}".includes(token.value)) return true;
  return token.newline && (token.type === "ident" || token.type === "string");
}

/** The index just after the expression starting at `start`. */
function skipExpression(/** @type {Token[]} */ tokens, /** @type {number} */ start) {
  let depth = 0;
  for (let i = start; i < tokens.length; i += 1) {
    const token = /** @type {Token} */ (tokens[i]);
    if (token.type === "punct" && "([{".includes(token.value)) depth += 1;
    else if (token.type === "punct" && ")]}".includes(token.value)) {
      if (depth === 0) return i;
      depth -= 1;
    } else if (depth === 0 && token.type === "punct" && ",;".includes(token.value)) return i;
    else if (depth === 0 && i > start && token.newline && token.type === "ident") {
      const before = /** @type {Token} */ (tokens[i - 1]);
      if (before.type !== "op" && !(before.type === "punct" && ".(,".includes(before.value)))
        return i;
    }
  }
  return tokens.length;
}

/** @param {Token | undefined} t @param {string} name */
function isIdent(t, name) {
  return t?.type === "ident" && t.value === name;
}
/** @param {Token | undefined} t @param {string} value */
function isPunct(t, value) {
  return t?.type === "punct" && t.value === value;
}
/** @param {Token | undefined} t @param {string} value */
function isOp(t, value) {
  return t?.type === "op" && t.value === value;
}

/**
 * Splits JavaScript source into tokens, dropping comments and whitespace. Regular expression
 * literals are not recognised (config.js has none outside strings).
 * @param {string} text
 * @returns {Token[]}
 */
export function tokenize(text) {
  /** @type {Token[]} */
  const tokens = [];
  let newline = true;
  let i = 0;
  while (i < text.length) {
    const c = text.charAt(i);
    if (c === "\n") newline = true;
    if (/\s/.test(c)) {
      i += 1;
      continue;
    }
    if (c === "/" && (text[i + 1] === "/" || text[i + 1] === "*")) {
      const end = text[i + 1] === "/" ? text.indexOf("\n", i) : text.indexOf("*/", i + 2);
      const stop = end === -1 ? text.length : end + (text[i + 1] === "*" ? 2 : 0);
      if (text.slice(i, stop).includes("\n")) newline = true;
      i = stop;
      continue;
    }
    const token = readToken(text, i);
    tokens.push({ ...token, start: i, newline });
    newline = false;
    i = token.end;
  }
  return tokens;
}

/**
 * @param {string} text
 * @param {number} i
 * @returns {Omit<Token, "start" | "newline">}
 */
function readToken(text, i) {
  const c = text.charAt(i);
  if (c === '"' || c === "'" || c === "`") return readString(text, i);
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 200));
  if (word) return { type: "ident", value: word[0], end: i + word[0].length };
  const number = /^(?:0[xX][\da-fA-F]+|\d*\.?\d+(?:[eE][+-]?\d+)?)/.exec(text.slice(i, i + 50));
  if (number && /[\d.]/.test(c))
    return { type: "number", value: number[0], end: i + number[0].length };
  if (OPERATOR_CHARS.includes(c)) {
    let end = i;
    while (end < text.length && OPERATOR_CHARS.includes(text.charAt(end))) end += 1;
    return { type: "op", value: text.slice(i, end), end };
  }
  return { type: "punct", value: c, end: i + 1 };
}

/** @param {string} text @param {number} start */
function readString(text, start) {
  const quote = text.charAt(start);
  /** @type {Record<string, string>} */
  const escapes = { n: "\n", t: "\t", r: "\r", b: "\b", f: "\f", v: "\v", 0: "\0" };
  let value = "";
  let template = false;
  let i = start + 1;
  while (i < text.length && text[i] !== quote) {
    if (text[i] === "\\") {
      const next = text[i + 1] ?? "";
      const hex = /^u\{([\da-fA-F]+)\}|^u([\da-fA-F]{4})|^x([\da-fA-F]{2})/.exec(text.slice(i + 1));
      if (hex) {
        value += String.fromCodePoint(Number.parseInt(hex[1] ?? hex[2] ?? hex[3] ?? "0", 16));
        i += 1 + hex[0].length;
        continue;
      }
      value += next === "\n" ? "" : (escapes[next] ?? next);
      i += 2;
      continue;
    }
    if (quote === "`" && text[i] === "$" && text[i + 1] === "{") template = true;
    value += text.charAt(i);
    i += 1;
  }
  return {
    type: /** @type {const} */ ("string"),
    value,
    end: Math.min(i + 1, text.length),
    template,
  };
}
