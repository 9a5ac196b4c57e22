// One escaper for text the build writes into HTML (tenantPlugin.ts, buildSite.mjs): plain
// JavaScript, so the build scripts that run under plain Node can import it too.

/** Text for an HTML element or a quoted attribute: & < > " ' become character references. */
export function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
