// Finds visible text written straight into JSX instead of coming from a locale file through t().
// Used by hardcodedText.test.ts only (it parses with Vite's own parser; nothing of this is bundled).
import { parseAst } from "vite";

export interface Finding {
  line: number;
  text: string;
}

/** Attributes a person sees or a screen reader says. */
const VISIBLE_ATTRIBUTES = new Set([
  "alt",
  "title",
  "placeholder",
  "label",
  "aria-label",
  "aria-description",
  "aria-roledescription",
  "aria-valuetext",
]);

/** A word, not punctuation or spacing: any letter of any script. */
const WORDS = /\p{L}/u;

type Node = { type: string; start: number; [key: string]: unknown };

function isNode(value: unknown): value is Node {
  return typeof value === "object" && value !== null && typeof (value as Node).type === "string";
}

function walk(
  value: unknown,
  visit: (node: Node, parent: Node | null) => void,
  parent: Node | null,
) {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit, parent);
    return;
  }
  if (!isNode(value)) return;
  visit(value, parent);
  for (const [key, child] of Object.entries(value)) {
    if (key !== "parent" && typeof child === "object") walk(child, visit, value);
  }
}

/** String literals an expression can evaluate to: "a", `a`, c ? "a" : "b", c && "a". */
function literalTexts(node: unknown): string[] {
  if (!isNode(node)) return [];
  switch (node.type) {
    case "Literal":
      return typeof node.value === "string" ? [node.value] : [];
    case "TemplateLiteral":
      return (node.quasis as { value: { cooked: string } }[]).map((quasi) => quasi.value.cooked);
    case "ConditionalExpression":
      return [...literalTexts(node.consequent), ...literalTexts(node.alternate)];
    case "LogicalExpression":
      return [...literalTexts(node.left), ...literalTexts(node.right)];
    default:
      return [];
  }
}

/** Every piece of visible text in a .tsx source that does not come from t() or from data. */
export function findHardcodedText(source: string): Finding[] {
  const ast = parseAst(source, { lang: "tsx" });
  const findings: Finding[] = [];
  const lineOf = (offset: number) => source.slice(0, offset).split("\n").length;
  const report = (node: Node, text: string) => {
    if (WORDS.test(text)) findings.push({ line: lineOf(node.start), text: text.trim() });
  };

  walk(
    ast,
    (node, parent) => {
      if (node.type === "JSXText") {
        report(node, String(node.value));
      } else if (node.type === "JSXExpressionContainer" && parent?.type !== "JSXAttribute") {
        for (const text of literalTexts(node.expression)) report(node, text);
      } else if (node.type === "JSXAttribute") {
        const name = (node.name as { name?: unknown }).name;
        if (typeof name !== "string" || !VISIBLE_ATTRIBUTES.has(name)) return;
        const value = node.value;
        const texts = isNode(value)
          ? value.type === "JSXExpressionContainer"
            ? literalTexts(value.expression)
            : literalTexts(value)
          : [];
        for (const text of texts) report(node, text);
      }
    },
    null,
  );
  return findings;
}
