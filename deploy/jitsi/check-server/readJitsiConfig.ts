/**
 * Reads the settings out of a Jitsi `config.js` without running it: the file comes from the server
 * under test, and a check never executes what a server sends. acorn parses it; this module only
 * looks at the tree. It understands the two shapes the file has in practice, in any mix:
 * `var config = { ... }` (Debian packages) and statements like `config.p2p.stunServers = ...;`
 * (docker-jitsi-meet, which appends custom-config.js). Later assignments win, as in the browser.
 * What a value is made of: see literalValue.ts.
 *
 * An assignment through `__proto__`, `constructor` or `prototype` is refused, not followed: every
 * object the reader builds has no prototype, and a hostile file cannot change objects of the
 * process that reads it.
 */
import type * as AST from "acorn";
import { getLineInfo, parse } from "acorn";
import {
  Expression,
  emptyObject,
  FORBIDDEN_KEYS,
  literalValue,
  MAX_DEPTH,
  nodesOf,
  TooDeep,
} from "./literalValue.ts";

export { Expression };

export interface JitsiConfig {
  /** The settings as they end up after every assignment. */
  config: Record<string, unknown>;
  /** The assignments (`config.__proto__.x`) and object keys (`{ __proto__: … }`) refused. */
  refused: string[];
  /** Why nothing could be read, e.g. "not valid JavaScript: Unexpected token (3:4)". */
  unreadable?: string;
}

export function readJitsiConfig(text: string): JitsiConfig {
  const state = { config: emptyObject(), refused: [] as string[] };
  const refusedKeys: string[] = [];
  try {
    const program = parse(text, { ecmaVersion: "latest", sourceType: "script" });
    for (const { path, value } of assignmentsOf(program)) {
      if (path.some((key) => FORBIDDEN_KEYS.has(key)))
        state.refused.push(["config", ...path].join("."));
      else assign(state, path, literalValue(value, text, refusedKeys));
    }
  } catch (error) {
    return { config: emptyObject(), refused: [], unreadable: problem(error, text) };
  }
  return { config: state.config, refused: [...state.refused, ...refusedKeys] };
}

/** The value at a dotted path ("p2p.stunServers"), or undefined; only own settings count. */
export function getSetting(config: unknown, path: string): unknown {
  let value = config;
  for (const key of path.split(".")) {
    if (!isPlainObject(value) || !Object.hasOwn(value, key)) return undefined;
    value = value[key];
  }
  return value;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return (
    typeof value === "object" &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Expression)
  );
}

interface Assignment {
  start: number;
  /** [] for `config` itself */
  path: string[];
  value: AST.Expression;
}

/** `var config = …` and `config… = …` anywhere in the file, in source order. */
function assignmentsOf(program: AST.Program): Assignment[] {
  const found: Assignment[] = [];
  for (const node of nodesOf(program) as Iterable<AST.AnyNode>) {
    if (node.type === "AssignmentExpression" && node.operator === "=") {
      const path = configPath(node.left);
      if (path) found.push({ start: node.start, path, value: node.right });
    } else if (node.type === "VariableDeclarator" && node.init) {
      const { id, init, start } = node;
      if (id.type === "Identifier" && id.name === "config")
        found.push({ start, path: [], value: init });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The keys of `config.a['b'].c` (["a", "b", "c"]), [] for `config` itself, or undefined when the
 * target is not `config` or a key is not written out (`config[name]`).
 */
function configPath(target: AST.AnyNode): string[] | undefined {
  const reversed: string[] = [];
  let node = target;
  while (node.type === "MemberExpression") {
    const { property, computed } = node;
    if (!computed && property.type === "Identifier") reversed.push(property.name);
    else if (computed && property.type === "Literal" && typeof property.value === "string")
      reversed.push(property.value);
    else return undefined;
    if (reversed.length > MAX_DEPTH) throw new TooDeep(node.start);
    node = node.object;
  }
  return node.type === "Identifier" && node.name === "config" ? reversed.reverse() : undefined;
}

/** Sets a value at a path, making the objects on the way (the path has no forbidden key). */
function assign(state: { config: Record<string, unknown> }, path: string[], value: unknown) {
  if (path.length === 0) {
    state.config = isPlainObject(value) ? value : emptyObject();
    return;
  }
  let target = state.config;
  for (const key of path.slice(0, -1)) {
    const inner = Object.hasOwn(target, key) ? target[key] : undefined;
    if (!isPlainObject(inner)) target[key] = emptyObject();
    target = target[key] as Record<string, unknown>;
  }
  target[path.at(-1) as string] = value;
}

/** Why the file could not be read; acorn reports nesting too deep for its stack as syntax. */
function problem(error: unknown, text: string): string {
  if (error instanceof TooDeep) {
    const { line, column } = getLineInfo(text, error.offset);
    return `${error.message} (${line}:${column})`;
  }
  const message = error instanceof Error ? error.message : String(error);
  if (/stack/i.test(message)) return `nested too deeply (acorn: ${message})`;
  if (error instanceof SyntaxError) return `not valid JavaScript: ${message}`;
  throw error;
}
