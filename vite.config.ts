import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { tenantPlugin } from "./scripts/tenantPlugin.ts";
import { bretten } from "./src/config/tenants/bretten.ts";

export default defineConfig(({ mode }) => {
  // VITE_* from .env files and the environment; ALLOW_EXTERNAL_JITSI only from the environment.
  const env = { ...loadEnv(mode, process.cwd(), "VITE_"), ...pickEnv(process.env) };
  return {
    plugins: [react(), tenantPlugin(bretten, env, mode)],
    // The app owns every path: /<Room> is a meeting, so dev and preview fall back to index.html.
    appType: "spa",
    build: { target: "es2022", sourcemap: false },
  };
});

function pickEnv(source: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(source).filter(
      (entry): entry is [string, string] =>
        (entry[0].startsWith("VITE_") || entry[0] === "ALLOW_EXTERNAL_JITSI") && !!entry[1],
    ),
  );
}
