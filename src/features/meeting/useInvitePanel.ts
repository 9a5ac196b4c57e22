import { useCallback, useRef, useState } from "react";

/**
 * Open state of the invitation panel. It is mounted at its first opening (no QR code is made for
 * a call nobody invites to) and then kept, so what was typed there stays.
 */
export function useInvitePanel() {
  const [open, setOpen] = useState(false);
  const [mounted, setMounted] = useState(false);
  const opened = useRef(false);
  const show = useCallback(() => {
    opened.current = true;
    setMounted(true);
    setOpen(true);
  }, []);
  /** Opens it unless it was opened before: for the call coming up (again, after a reconnect). */
  const showOnce = useCallback(() => {
    if (!opened.current) show();
  }, [show]);
  const hide = useCallback(() => setOpen(false), []);
  return { open, mounted, show, showOnce, hide };
}
