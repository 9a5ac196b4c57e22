/**
 * Copies text to the clipboard. Never throws: resolves true when the text (very probably) got
 * there, false when the person has to copy it by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (typeof navigator !== "undefined" && navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Denied, no focus, or an older browser: try the selection route below.
  }
  return copyBySelection(text);
}

/**
 * The pre-Clipboard-API way: select the text in a textarea and ask the browser to copy it. The
 * textarea goes into an open modal dialog when there is one, because everything outside it is
 * inert and cannot be selected.
 */
function copyBySelection(text: string): boolean {
  if (typeof document === "undefined" || typeof document.execCommand !== "function") return false;
  const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const host = previous?.closest("dialog[open]") ?? document.querySelector("dialog[open]");
  const area = document.createElement("textarea");
  area.value = text;
  area.readOnly = true;
  // Off screen but selectable (display:none could not be selected). CSSOM, so a strict CSP allows it.
  area.style.position = "fixed";
  area.style.top = "0";
  area.style.left = "-9999px";
  area.style.opacity = "0";
  area.setAttribute("aria-hidden", "true");
  area.tabIndex = -1;
  (host ?? document.body).appendChild(area);
  try {
    area.focus();
    area.select();
    area.setSelectionRange(0, text.length); // iOS needs the explicit range
    return document.execCommand("copy");
  } catch {
    return false;
  } finally {
    area.remove();
    previous?.focus();
  }
}
