import { defineConfig } from "vite";

// The dashboard is built into web/dist and served by `dyad serve` from the same origin as the API.
export default defineConfig({
  root: import.meta.dirname,
  base: "./",
  build: { outDir: "dist", emptyOutDir: true, target: "es2022" },
  server: { proxy: { "/api": "http://127.0.0.1:8080" } },
});
