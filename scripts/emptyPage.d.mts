export function pageHeaders(headers: Headers): Record<string, string>;
export const EMPTY_PAGE: string;
export function serveEmptyPage(
  headers?: Record<string, string>,
): Promise<{ url: string; close: () => Promise<void> }>;
