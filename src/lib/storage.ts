/** The only place that touches localStorage. Never throws: storage may be off or full. */
export function removeStoredItem(key: string): void {
  try {
    window.localStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}
