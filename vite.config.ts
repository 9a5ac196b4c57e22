import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv } from "vite";
import { selectTenant } from "./scripts/selectTenant.ts";
import { tenantPlugin } from "./scripts/tenantPlugin.ts";

export default defineConfig(({ mode }) => {
  // VITE_* from .env files and the environment; TENANT and ALLOW_EXTERNAL_JITSI from the environment.
  const env = { ...loadEnv(mode, process.cwd(), "VITE_"), ...pickEnv(process.env) };
  const selected = selectTenant(env.TENANT || undefined);
  return {
    plugins: [react(), tenantPlugin(selected, env, mode)],
    // Only the chosen town's data enters the bundle.
    resolve: { alias: { "@tenant": selected.file } },
    // The app owns every path: /<Room> is a meeting, so dev and preview fall back to index.html.
    appType: "spa",
    build: { target: "es2022", sourcemap: false },
  };
});

function pickEnv(source: NodeJS.ProcessEnv): Record<string, string> {
  const names = ["TENANT", "ALLOW_EXTERNAL_JITSI"];
  return Object.fromEntries(
    Object.entries(source).filter(
      (entry): entry is [string, string] =>
        (entry[0].startsWith("VITE_") || names.includes(entry[0])) && !!entry[1],
    ),
  );
}
