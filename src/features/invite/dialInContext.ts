import { createContext } from "react";
import type { DialIn } from "./dialIn";

/**
 * Number and PIN of the open room, once the town's services have answered; null while they have
 * not, when they failed, or when the town offers no dial-in. Every invitation text reads it.
 */
export const DialInContext = createContext<DialIn | null>(null);
