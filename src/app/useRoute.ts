import { useSyncExternalStore } from "react";
import { currentPath, subscribeToNavigation } from "../lib/history";
import { resolveRoute } from "./resolveRoute";

export function usePathname(): string {
  return useSyncExternalStore(subscribeToNavigation, currentPath, currentPath);
}

export function useRoute() {
  return resolveRoute(usePathname());
}
