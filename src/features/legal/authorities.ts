import type { Contact } from "./AddressBlock";

/**
 * Bodies that are the same for every town in Baden-Württemberg (all re@di towns are). Checked in
 * November 2026 against their own websites; each town's legal office confirms them (docs/legal.md).
 */

/** Supervisory authority for data protection (Art. 77 GDPR). */
export const DATA_PROTECTION_AUTHORITY: Contact = {
  name: "Der Landesbeauftragte für den Datenschutz und die Informationsfreiheit Baden-Württemberg",
  street: "Lautenschlagerstraße 20",
  postalCode: "70173",
  city: "Stuttgart",
  phone: "0711 615541-0",
  email: "poststelle@lfdi.bwl.de",
  website: "https://www.baden-wuerttemberg.datenschutz.de/",
};

/**
 * Enforcement of accessibility (§ 10b L-BGG, since 2023): the arbitration board at the Landeszentrum
 * Barrierefreiheit. It replaced the earlier ombudsman procedure at the state commissioner for
 * people with disabilities.
 */
export const ACCESSIBILITY_ARBITRATION: Contact = {
  name: "Landeszentrum Barrierefreiheit Baden-Württemberg (LZ-BARR), Schlichtungsstelle",
  street: "Else-Josenhans-Straße 6",
  postalCode: "70173",
  city: "Stuttgart",
  website: "https://barrierefreiheit-bw.de/",
};
