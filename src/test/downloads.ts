import { beforeEach, vi } from "vitest";

export interface SavedFile {
  name: string;
  blob: Blob;
}

/**
 * jsdom does not download: for each test of the calling suite, records the files a click on a
 * download link (an object URL with `download`) would have saved. The list empties before each test.
 */
export function recordDownloads(): SavedFile[] {
  const files: SavedFile[] = [];
  beforeEach(() => {
    files.length = 0;
    const blobs = new Map<string, Blob>();
    URL.createObjectURL = (blob: Blob | MediaSource) => {
      const url = `blob:test/${blobs.size}`;
      blobs.set(url, blob as Blob);
      return url;
    };
    URL.revokeObjectURL = () => {};
    vi.spyOn(HTMLAnchorElement.prototype, "click").mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      const blob = blobs.get(this.href);
      if (this.download && blob) files.push({ name: this.download, blob });
    });
  });
  return files;
}
