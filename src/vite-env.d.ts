/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_JITSI_DOMAIN?: string;
  readonly VITE_JITSI_DIALIN_NUMBERS_URL?: string;
  readonly VITE_JITSI_DIALIN_CONFCODE_URL?: string;
  readonly VITE_JITSI_DIALIN_MUC_DOMAIN?: string;
}

interface ImportMeta {
  readonly env: ImportMetaEnv;
}

declare module "virtual:tenant-theme.css";
