import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

import { cytoscapeFixes } from "./build/cytoscapeFixes";

// In development the API runs on its own port; production serves both from one origin.
const apiTarget = process.env.API_URL ?? "http://localhost:4000";

export default defineConfig({
  plugins: [react(), cytoscapeFixes()],
  server: {
    proxy: { "/graphql": apiTarget, "/healthz": apiTarget },
  },
  build: {
    outDir: "dist",
    emptyOutDir: true,
    // Cytoscape is one ~560 kB module that cannot be split further; everything else stays below.
    chunkSizeWarningLimit: 600,
    // Vendor chunks change less often than the app: better caching between releases.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: "cytoscape",
              test: /node_modules[\\/](cytoscape|cytoscape-fcose|cose-base|layout-base)[\\/]/,
            },
            {
              name: "react",
              test: /node_modules[\\/](react|react-dom|react-router|scheduler|use-sync-external-store)[\\/]/,
            },
            {
              // Charts on the analytics pages (Recharts and what it brings along).
              name: "charts",
              test: /node_modules[\\/](recharts|victory-vendor|d3-[a-z-]+|internmap|@reduxjs|redux|react-redux|reselect|immer|es-toolkit|decimal\.js-light|eventemitter3)[\\/]/,
            },
            {
              name: "apollo",
              test: /node_modules[\\/](@apollo|graphql|rxjs|@wry|optimism|tslib)[\\/]/,
            },
          ],
        },
      },
    },
  },
});
