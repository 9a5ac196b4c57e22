import type { DialInConfig } from "./dialIn";

/** Everything that makes one town's platform its own. Data only: components read it, never branch on a town. */
export interface Tenant {
  /** Stable id used by builds (TENANT=<id>). */
  id: string;
  /** The platform's name, e.g. "Peter ruft Paul". */
  appName: string;
  /** The town that runs it, e.g. "Bretten". */
  town: string;
  /** The town's own homepage; the header links back to it. */
  homepageUrl: string;
  /** What the logo shows, read out by screen readers (German). */
  logoDescription: string;
  /** Brand colours. Each text/background pair must pass WCAG AA (a unit test checks). */
  colors: {
    /** Buttons and links on the page background. */
    primary: string;
    /** Text on `primary`. */
    onPrimary: string;
    /** Page background. */
    background: string;
    /** Body text. */
    text: string;
    /** Cards and panels. */
    surface: string;
    /** Decorative accent (borders, highlights), never text. */
    accent: string;
  };
  jitsi: {
    /**
     * Host (and optional port) of the Jitsi Meet server, without scheme or path.
     * VITE_JITSI_DOMAIN overrides it at build and dev time.
     */
    domain: string;
    /**
     * Domains the town runs its own servers under (e.g. "bretten.de"). A production build refuses a
     * Jitsi server outside them unless ALLOW_EXTERNAL_JITSI=true: "on the town's European server"
     * must not break by accident.
     */
    ownDomains: string[];
    /**
     * Phone dial-in, when the town's Jitsi server has a SIP gateway (deploy/jitsi/, profile
     * "dialin"): both URLs on the town's own domain, or null (off). VITE_JITSI_DIALIN_NUMBERS_URL
     * and VITE_JITSI_DIALIN_CONFCODE_URL override it at build time.
     */
    dialIn: DialInConfig | null;
  };
  /** Origins that may show this site in a frame (e.g. the town's homepage); empty: nobody. */
  frameAncestors: string[];
  /** Operator data for the imprint and privacy pages. Each town's legal office confirms these. */
  legal: {
    operator: string;
    street: string;
    postalCode: string;
    city: string;
    representative: string;
    phone: string;
    email: string;
    dataProtectionOfficer: {
      name: string;
      email: string;
      street: string;
      postalCode: string;
      city: string;
    };
    /**
     * Who runs the web server and the Jitsi server: the town itself or a service provider (then a
     * processor under Art. 28 GDPR, named in the privacy policy as recipient). Servers in the EU.
     */
    hosting: {
      name: string;
      street: string;
      postalCode: string;
      city: string;
      /** Where the servers stand: an ISO 3166 country code ("DE"), named in the page's language. */
      country: string;
    };
    /** Days the servers keep their technical logs (IP addresses, times, room names). */
    logRetentionDays: number;
    /** Erklärung zur Barrierefreiheit (§ 10 L-BGG BW). */
    accessibility: {
      /** Who answers reports of barriers (the feedback mechanism). */
      contactName: string;
      email: string;
      phone: string;
      /** When the statement was made or last reviewed, as YYYY-MM-DD. */
      statementDate: string;
      /** How the town checked: its own test ("self") or an outside tester ("thirdParty"). */
      method: "self" | "thirdParty";
    };
    /**
     * "draft" until the town's legal office has confirmed every value above and the texts of the
     * legal pages; while "draft", those pages say so at the top.
     */
    status: "draft" | "confirmed";
  };
}
