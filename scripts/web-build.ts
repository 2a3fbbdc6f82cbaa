/**
 * Builds the dashboard (web/ → web/dist) with Vite when the build is missing or older than its sources.
 * Used by `npm start` and by the browser tests; `npm run build:web` builds it unconditionally.
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const WEB_DIR = fileURLToPath(new URL("../web", import.meta.url));
const BUILT = join(WEB_DIR, "dist", "index.html");

function newest(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** Whether web/dist is missing or older than web/src, web/public, web/index.html or the Vite config. */
export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const sources = ["src", "public", "index.html", "vite.config.ts"]
    .map((p) => join(WEB_DIR, p))
    .filter(existsSync);
  return Math.max(...sources.map(newest)) > statSync(BUILT).mtimeMs;
}

export async function buildWeb(): Promise<void> {
  const { build } = await import("vite");
  await build({ configFile: join(WEB_DIR, "vite.config.ts"), root: WEB_DIR, logLevel: "warn" });
}

/** Builds the dashboard unless web/dist is up to date; says so when it builds. */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<void> {
  if (!webBuildIsStale()) return;
  log("Building the dashboard (web/dist)…");
  await buildWeb();
}
