import type { Tenant } from "../tenant";

export const ettlingen: Tenant = {
  id: "ettlingen",
  appName: "@lingen",
  town: "Ettlingen",
  homepageUrl: "https://www.ettlingen.de/",
  logoDescription: "ein At-Zeichen als Welle der Alb vor dem Ettlinger Schlossturm",
  colors: {
    primary: "#0b5c78",
    onPrimary: "#ffffff",
    background: "#f1f8f8",
    text: "#12303b",
    surface: "#ffffff",
    accent: "#4fa593",
  },
  jitsi: {
    // A public server so that a newcomer's first `npm start` works at once. It cuts embedded
    // calls after 5 minutes: production builds must set VITE_JITSI_DOMAIN to the town's server.
    domain: "meet.jit.si",
    ownDomains: ["ettlingen.de"],
    // Phone dial-in is off until the town has a SIP trunk (deploy/jitsi/README.md).
    dialIn: null,
  },
  frameAncestors: [],
  legal: {
    operator: "Stadt Ettlingen",
    street: "Marktplatz 2",
    postalCode: "76275",
    city: "Ettlingen",
    representative: "Oberbürgermeister Johannes Arnold",
    phone: "07243 101-0",
    email: "stadt@ettlingen.de",
    dataProtectionOfficer: {
      name: "Datenschutzbeauftragte der Stadt Ettlingen",
      email: "datenschutz@ettlingen.de",
      street: "Marktplatz 2",
      postalCode: "76275",
      city: "Ettlingen",
    },
    // To confirm: who runs the servers for Ettlingen, where they stand, and how long logs are kept.
    hosting: {
      name: "Stadt Ettlingen",
      street: "Marktplatz 2",
      postalCode: "76275",
      city: "Ettlingen",
      country: "DE",
    },
    logRetentionDays: 7,
    accessibility: {
      contactName: "Stadt Ettlingen, Hauptamt",
      email: "stadt@ettlingen.de",
      phone: "07243 101-0",
      statementDate: "2026-11-28",
      method: "self",
    },
    status: "draft",
  },
};

export default ettlingen;
