/**
 * Turns the value of an assignment in config.js into data, without running anything: objects,
 * lists, strings, numbers, booleans, null, `undefined`, `-5` and templates without `${}` are read;
 * anything else (a call, a concatenation, a variable) becomes an {@link Expression} that keeps its
 * source and its strings, so that a check can still look for a STUN host inside it.
 *
 * An object literal with a key that would reach into JavaScript's object machinery (`__proto__`,
 * `constructor`, `prototype`) is not read either; its key is reported. Every object made here has
 * no prototype. Nesting deeper than {@link MAX_DEPTH} stops the reading with {@link TooDeep}.
 */
import type * as AST from "acorn";

/** A value the reader does not evaluate, e.g. `'stun.a:3478'.split(',').map(...)`. */
export class Expression {
  readonly source: string;
  /** The string literals and template texts inside it, in source order. */
  readonly strings: string[];
  constructor(source: string, strings: string[]) {
    this.source = source;
    this.strings = strings;
  }
}

/** Real config.js files nest a few levels (`p2p.stunServers[0].urls`); a hostile one, thousands. */
export const MAX_DEPTH = 64;

/** Thrown when a value nests deeper than MAX_DEPTH; `offset` is where, in the source. */
export class TooDeep extends Error {
  readonly offset: number;
  constructor(offset: number) {
    super(`nested deeper than ${MAX_DEPTH} levels`);
    this.offset = offset;
  }
}

/** Keys a settings file never needs and a hostile one uses to reach prototypes. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set([
  "__proto__",
  "constructor",
  "prototype",
]);

/** An object without a prototype: nothing is inherited, `__proto__` is just a name. */
export const emptyObject = (): Record<string, unknown> => Object.create(null);

type ValueNode = AST.Expression | AST.SpreadElement | AST.PrivateIdentifier | AST.Super;

/**
 * @param source the whole file, for the source of an Expression
 * @param refusedKeys gets `{ key: … }` for each object literal refused for a forbidden key
 */
export function literalValue(
  node: ValueNode,
  source: string,
  refusedKeys: string[],
  depth = 0,
): unknown {
  if (depth > MAX_DEPTH) throw new TooDeep(node.start);
  const unread = () => new Expression(source.slice(node.start, node.end), stringLiteralsIn(node));
  const inner = (child: ValueNode) => literalValue(child, source, refusedKeys, depth + 1);
  switch (node.type) {
    case "Literal":
      return node.regex || node.bigint ? unread() : node.value;
    case "TemplateLiteral":
      return node.expressions.length === 0 ? (node.quasis[0]?.value.cooked ?? unread()) : unread();
    case "Identifier":
      return node.name === "undefined" ? undefined : unread();
    case "UnaryExpression": {
      const { operator, argument } = node;
      const number = argument.type === "Literal" && typeof argument.value === "number";
      return operator === "-" && number ? -(argument.value as number) : unread();
    }
    case "ArrayExpression":
      if (node.elements.some((item) => item === null || item.type === "SpreadElement"))
        return unread();
      return node.elements.map((item) => inner(item as AST.Expression));
    case "ObjectExpression": {
      const object = emptyObject();
      for (const property of node.properties) {
        const key = property.type === "Property" ? keyOf(property) : undefined;
        if (key === undefined) return unread();
        if (FORBIDDEN_KEYS.has(key)) {
          refusedKeys.push(`{ ${key}: … }`);
          return unread();
        }
        object[key] = inner((property as AST.Property).value);
      }
      return object;
    }
    default:
      return unread();
  }
}

/** The name of a plain `key: value` property, or undefined for methods, `[computed]`, `{ a }`. */
function keyOf(property: AST.Property): string | undefined {
  if (property.kind !== "init" || property.method || property.shorthand || property.computed)
    return undefined;
  const { key } = property;
  if (key.type === "Identifier") return key.name;
  if (key.type === "Literal" && (typeof key.value === "string" || typeof key.value === "number"))
    return String(key.value);
  return undefined;
}

/** The strings inside a tree, in source order, found without recursion. */
export function stringLiteralsIn(root: AST.Node): string[] {
  const found: { at: number; text: string }[] = [];
  for (const node of nodesOf(root)) {
    if (node.type === "Literal" && typeof (node as AST.Literal).value === "string")
      found.push({ at: node.start, text: (node as AST.Literal).value as string });
    if (node.type === "TemplateElement")
      found.push({ at: node.start, text: (node as AST.TemplateElement).value.cooked ?? "" });
  }
  return found.sort((a, b) => a.at - b.at).map(({ text }) => text);
}

/** Every node of a tree, with a stack instead of recursion: any depth is safe. */
export function* nodesOf(root: AST.Node): Generator<AST.Node> {
  const stack = [root];
  for (let node = stack.pop(); node; node = stack.pop()) {
    yield node;
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value])
        if (isNode(child)) stack.push(child);
    }
  }
}

const isNode = (value: unknown): value is AST.Node =>
  typeof value === "object" && value !== null && typeof (value as AST.Node).type === "string";
