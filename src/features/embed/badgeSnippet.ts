/**
 * The HTML a town's web editors paste into their homepage: a link with an inline SVG badge.
 * No script, no image to fetch, no inline style: nothing reaches our server until someone clicks.
 */
export interface BadgeInput {
  /** Where the app runs, e.g. "https://peter-ruft-paul.bretten.de". */
  origin: string;
  appName: string;
  /** Second line of the badge, e.g. "Videokonferenz starten". */
  action: string;
  /** The link's accessible name, e.g. "Peter ruft Paul: Videokonferenz der Stadt Bretten starten". */
  label: string;
  colors: { primary: string; onPrimary: string };
}

const WIDTH = 280;
const HEIGHT = 64;

function escapeMarkup(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function buildBadgeSnippet({ origin, appName, action, label, colors }: BadgeInput): string {
  const href = `${origin.replace(/\/+$/, "")}/`;
  const fg = escapeMarkup(colors.onPrimary);
  // A camera in a speech bubble, drawn with paths so it needs no font or file.
  const icon = [
    `<rect x="12" y="14" width="40" height="30" rx="7" fill="${fg}"/>`,
    `<path d="M20 44 l-2 8 l9 -8 z" fill="${fg}"/>`,
    `<rect x="19" y="22" width="17" height="14" rx="3" fill="${escapeMarkup(colors.primary)}"/>`,
    `<path d="M37 26 l8 -4 v14 l-8 -4 z" fill="${escapeMarkup(colors.primary)}"/>`,
  ].join("");
  return [
    `<a href="${escapeMarkup(href)}" aria-label="${escapeMarkup(label)}">`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" aria-hidden="true" focusable="false">`,
    `<rect width="${WIDTH}" height="${HEIGHT}" rx="12" fill="${escapeMarkup(colors.primary)}"/>`,
    icon,
    `<text x="64" y="29" fill="${fg}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="19" font-weight="700">${escapeMarkup(appName)}</text>`,
    `<text x="64" y="50" fill="${fg}" font-family="system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif" font-size="15">${escapeMarkup(action)}</text>`,
    "</svg>",
    "</a>",
  ].join("\n");
}
