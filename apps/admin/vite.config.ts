import { resolve } from "node:path";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The admin app talks to the gateway over HTTP only. In development Vite proxies /graphql to the gateway;
// in production the gateway serves the built files and /graphql on one origin.
const gateway = process.env.GATEWAY_URL ?? "http://127.0.0.1:4000";

export default defineConfig({
  plugins: [react()],
  css: {
    preprocessorOptions: {
      scss: { loadPaths: [resolve(import.meta.dirname, "node_modules")], quietDeps: true, silenceDeprecations: ["import"] },
    },
  },
  // "hidden": maps are written (for error reports) but not linked from the files; the gateway never serves them.
  build: { cssMinify: "esbuild", sourcemap: "hidden", chunkSizeWarningLimit: 2000 },
  server: { proxy: { "/graphql": gateway, "/reports": gateway, "/healthz": gateway } },
});
