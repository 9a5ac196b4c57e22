/**
 * Saves text as a file: a Blob behind an object URL, clicked through an <a download>. Never
 * throws; false when this browser cannot do it.
 */
export function downloadTextFile(fileName: string, content: string, mimeType: string): boolean {
  try {
    if (typeof URL.createObjectURL !== "function") return false;
    const url = URL.createObjectURL(new Blob([content], { type: mimeType }));
    const link = document.createElement("a");
    link.href = url;
    link.download = fileName;
    link.rel = "noopener";
    // Inside an open modal dialog everything else is inert; the link must live where it can act.
    (document.querySelector("dialog[open]") ?? document.body).appendChild(link);
    link.click();
    link.remove();
    // Revoking at once can cancel the download in some browsers; a minute is plenty.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    return true;
  } catch {
    return false;
  }
}
