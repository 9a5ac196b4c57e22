import { useEffect } from "react";

/** Every page names itself in the tab title, so screen-reader users hear where they are. */
export function useDocumentTitle(title: string) {
  useEffect(() => {
    document.title = title;
  }, [title]);
}
