import { useCallback, useState } from "react";
import type { CallProblem, Device } from "./callProblems";

/** Devices that failed, and whether because the browser was not allowed to use them. */
export type DeviceProblems = Partial<Record<Device, { blocked: boolean }>>;

/** What went wrong in the running call, and the ways on: dismiss a notice, reconnect. */
export function useCallProblems() {
  const [devices, setDevices] = useState<DeviceProblems>({});
  const [fatal, setFatal] = useState(false);
  // Part of the call's key: reconnecting makes a fresh iframe in the same room.
  const [attempt, setAttempt] = useState(0);

  const report = useCallback((problem: CallProblem) => {
    if (problem.kind === "fatal") setFatal(true);
    else setDevices((known) => ({ ...known, [problem.device]: { blocked: problem.blocked } }));
  }, []);

  const dismissDevices = useCallback(() => setDevices({}), []);

  const reconnect = useCallback(() => {
    setFatal(false);
    setDevices({});
    setAttempt((n) => n + 1);
  }, []);

  return { devices, fatal, attempt, report, dismissDevices, reconnect };
}
