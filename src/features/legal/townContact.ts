import { config } from "../../config";
import type { Contact } from "./AddressBlock";

const { legal } = config.tenant;

/** The town hall's postal address, the same on every legal page. */
export const townAddress = {
  street: legal.street,
  postalCode: legal.postalCode,
  city: legal.city,
} as const;

/**
 * The town as the service's provider: its name with its address (`postal`), its phone and mail
 * (`reach`), or both, as the imprint and the privacy statement each need them.
 */
export function townContact({ postal = true, reach = true } = {}): Contact {
  return {
    name: legal.operator,
    ...(postal ? townAddress : {}),
    ...(reach ? { phone: legal.phone, email: legal.email } : {}),
  };
}
