import react from "@vitejs/plugin-react";
import { defineConfig, loadEnv, type Plugin } from "vite";
import { selectTenant } from "./scripts/selectTenant.ts";
import { tenantPlugin } from "./scripts/tenantPlugin.ts";

export default defineConfig(({ mode }) => {
  // VITE_* from .env files and the environment; TENANT and ALLOW_EXTERNAL_JITSI from the environment.
  const env = { ...loadEnv(mode, process.cwd(), "VITE_"), ...pickEnv(process.env) };
  const selected = selectTenant(env.TENANT || undefined);
  return {
    plugins: [react(), tenantPlugin(selected, env, mode), preloadEntrySteps()],
    // Only the chosen town's data enters the bundle.
    resolve: { alias: { "@tenant": selected.file } },
    // The app owns every path: /<Room> is a meeting, so dev and preview fall back to index.html.
    appType: "spa",
    build: {
      target: "es2022",
      sourcemap: false,
      // scripts/buildSite.mjs reads which chunks a call needs first from it, then removes it.
      manifest: true,
      // React and react-dom are one step of the entry's (src/main.tsx): one chunk, one request.
      rolldownOptions: {
        output: {
          codeSplitting: {
            groups: [
              { name: "react", test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            ],
          },
        },
      },
    },
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

/**
 * The entry (src/main.tsx) is tiny and imports react-dom and the app in steps, each evaluated in a
 * task of its own. The HTML names those chunks and what they import as modulepreload, so they load
 * in parallel with the entry and not one round trip after it (a room's app.html starts the entry
 * at once). Chunks the app itself loads later (the call, other languages) are not named.
 */
function preloadEntrySteps(): Plugin {
  return {
    name: "preload-entry-steps",
    apply: "build",
    transformIndexHtml: {
      order: "post",
      handler(_html, { bundle, chunk }) {
        if (!bundle || !chunk) return;
        const files = new Set<string>();
        const add = (file: string) => {
          const step = bundle[file];
          if (files.has(file) || step?.type !== "chunk") return;
          files.add(file);
          for (const imported of step.imports) add(imported);
        };
        for (const file of chunk.dynamicImports) add(file);
        for (const file of chunk.imports) files.delete(file);
        return [...files].map((file) => ({
          tag: "link",
          attrs: { rel: "modulepreload", crossorigin: true, href: `/${file}` },
          injectTo: "head" as const,
        }));
      },
    },
  };
}
