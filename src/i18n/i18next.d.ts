// The German texts are the source of every key: a key that is not in locales/de/<namespace>.json
// fails `tsc --noEmit`. The namespaces are the ones the app registers (index.ts and the lazily
// loaded pages' registerNamespace calls).
import type app from "../../locales/de/app.json";
import type easy from "../../locales/de/easy.json";
import type embed from "../../locales/de/embed.json";
import type help from "../../locales/de/help.json";
import type invite from "../../locales/de/invite.json";
import type legal from "../../locales/de/legal.json";

declare module "i18next" {
  interface CustomTypeOptions {
    defaultNS: "app";
    resources: {
      app: typeof app;
      easy: typeof easy;
      embed: typeof embed;
      help: typeof help;
      invite: typeof invite;
      legal: typeof legal;
    };
  }
}
