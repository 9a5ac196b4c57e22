import { useEffect } from "react";

/** The title of the page being prerendered at build time, where there is no document. */
let serverTitle = "";

/** Every page names itself in the tab title, so screen-reader users hear where they are. */
export function useDocumentTitle(title: string) {
  // Prerendering runs no effects: the build reads the title the page asked for (takeServerTitle).
  if (typeof document === "undefined") serverTitle = title;
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The title the last prerendered page asked for; empty when it named none. */
export function takeServerTitle(): string {
  const title = serverTitle;
  serverTitle = "";
  return title;
}
