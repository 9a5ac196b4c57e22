export function gzipBytes(buffer: Buffer | Uint8Array): number;

export function initialSizes(
  dist: string,
  htmlFile?: string,
): { html: number; css: number; js: number; scripts: string[]; styles: string[] };

export function chunkSizes(dist: string): { name: string; gzip: number }[];
