import type { Tenant } from "../tenant";

export const bretten: Tenant = {
  id: "bretten",
  appName: "Peter ruft Paul",
  town: "Bretten",
  homepageUrl: "https://www.bretten.de/",
  logoDescription: "Philipp Melanchthon mit dem Brettener Hundle",
  colors: {
    primary: "#a3161f",
    onPrimary: "#ffffff",
    background: "#fff8ec",
    text: "#1f2933",
    surface: "#ffffff",
    accent: "#d9a441",
  },
  jitsi: {
    // A public server so that a newcomer's first `npm start` works at once. It cuts embedded
    // calls after 5 minutes: production builds must set VITE_JITSI_DOMAIN to the town's server.
    domain: "meet.jit.si",
    ownDomains: ["bretten.de"],
    // Phone dial-in is off until the town has a SIP trunk (deploy/jitsi/README.md).
    dialIn: null,
  },
  frameAncestors: [],
  legal: {
    operator: "Stadt Bretten",
    street: "Untere Kirchgasse 9",
    postalCode: "75015",
    city: "Bretten",
    representative: "Oberbürgermeister Martin Wolff",
    phone: "07252 921-0",
    email: "info@bretten.de",
    dataProtectionOfficer: {
      name: "Datenschutzbeauftragte der Stadt Bretten",
      email: "datenschutz@bretten.de",
      street: "Untere Kirchgasse 9",
      postalCode: "75015",
      city: "Bretten",
    },
    // To confirm: who runs the servers for Bretten (the town, a municipal IT provider, or the
    // re@di network), where they stand, and how long logs are kept.
    hosting: {
      name: "Stadt Bretten",
      street: "Untere Kirchgasse 9",
      postalCode: "75015",
      city: "Bretten",
      country: "DE",
    },
    logRetentionDays: 7,
    accessibility: {
      contactName: "Stadt Bretten",
      email: "info@bretten.de",
      phone: "07252 921-0",
      statementDate: "2026-11-28",
      method: "self",
    },
    status: "draft",
  },
};

export default bretten;
