import { useEffect, useState } from "react";
import { dialInConfig } from "../../config/dialInConfig";
import { fetchJson } from "../../lib/fetchJson";
import { type DialIn, parseNumbers, parsePin, withConference } from "./dialIn";

/**
 * Asks the town's dial-in services for a number and this room's PIN once the panel is first
 * open. Without dial-in configured nothing is requested; when either service fails, the answer
 * stays null and the invitation simply has no phone part.
 */
export function useDialIn(room: string, open: boolean): DialIn | null {
  const [dialIn, setDialIn] = useState<DialIn | null>(null);
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);

  useEffect(() => {
    const services = dialInConfig;
    if (!services || !wanted) return;
    let current = true;
    setDialIn(null);
    const { numbersUrl, confCodeUrl, mucDomain } = services;
    Promise.all([
      fetchJson(withConference(numbersUrl, room, mucDomain)),
      fetchJson(withConference(confCodeUrl, room, mucDomain)),
    ]).then(([numbers, confCode]) => {
      const number = parseNumbers(numbers);
      const pin = parsePin(confCode);
      if (current) setDialIn(number && pin ? { number, pin } : null);
    });
    return () => {
      current = false;
    };
  }, [room, wanted]);

  return dialIn;
}
