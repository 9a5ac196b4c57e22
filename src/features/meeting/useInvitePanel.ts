import { useCallback, useState } from "react";

/**
 * Open state of the invitation panel. It is mounted at its first opening (no QR code is made for
 * a call nobody invites to) and then kept, so what was typed there stays.
 */
export function useInvitePanel(openAtStart: boolean) {
  const [open, setOpen] = useState(openAtStart);
  const [mounted, setMounted] = useState(openAtStart);
  const show = useCallback(() => {
    setMounted(true);
    setOpen(true);
  }, []);
  const hide = useCallback(() => setOpen(false), []);
  return { open, mounted, show, hide };
}
