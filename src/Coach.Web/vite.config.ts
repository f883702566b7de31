import { defineConfig } from "vite";

// The API serves dist/ at /; during `npm run dev` the API runs on :5080 and Vite proxies to it.
export default defineConfig({
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 600 },
  server: {
    proxy: {
      "/api": "http://localhost:5080",
      "/hubs": { target: "http://localhost:5080", ws: true },
    },
  },
});
