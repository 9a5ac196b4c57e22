import type { Tenant } from "../tenant";

export const buehl: Tenant = {
  id: "buehl",
  appName: "Palim Palim",
  town: "Bühl",
  homepageUrl: "https://www.buehl.de/",
  logoDescription: "eine fröhliche Bühler Zwetschge mit Türglocke",
  colors: {
    primary: "#5b2a86",
    onPrimary: "#ffffff",
    background: "#fff7ee",
    text: "#2b1d36",
    surface: "#ffffff",
    accent: "#e3a21a",
  },
  jitsi: {
    // A public server so that a newcomer's first `npm start` works at once. It cuts embedded
    // calls after 5 minutes: production builds must set VITE_JITSI_DOMAIN to the town's server.
    domain: "meet.jit.si",
    ownDomains: ["buehl.de"],
    // Phone dial-in is off until the town has a SIP trunk (deploy/jitsi/README.md).
    dialIn: null,
  },
  frameAncestors: [],
  legal: {
    operator: "Stadt Bühl",
    street: "Hauptstraße 47",
    postalCode: "77815",
    city: "Bühl",
    representative: "Oberbürgermeister Hubert Schnurr",
    phone: "07223 935-0",
    email: "stadtverwaltung@buehl.de",
    dataProtectionOfficer: {
      name: "Datenschutzbeauftragte der Stadt Bühl",
      email: "datenschutz@buehl.de",
      street: "Hauptstraße 47",
      postalCode: "77815",
      city: "Bühl",
    },
    // To confirm: who runs the servers for Bühl, where they stand, and how long logs are kept.
    hosting: {
      name: "Stadt Bühl",
      street: "Hauptstraße 47",
      postalCode: "77815",
      city: "Bühl",
      country: "DE",
    },
    logRetentionDays: 7,
    accessibility: {
      contactName: "Stadt Bühl, Hauptamt",
      email: "stadtverwaltung@buehl.de",
      phone: "07223 935-0",
      statementDate: "2026-11-28",
      method: "self",
    },
    status: "draft",
  },
};

export default buehl;
