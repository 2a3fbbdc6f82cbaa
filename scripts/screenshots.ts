/**
 * Takes the README's screenshots of the dashboard, one per view, into docs/screenshots/: the bundled
 * examples are analyzed into a fresh store, served, and photographed with Debian's chromium (headless).
 *
 *   npx tsx scripts/screenshots.ts
 */
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { readInputs } from "../src/ingest/readers.js";
import { buildServer } from "../src/server/app.js";
import { analyzeForStore } from "../src/server/documents.js";
import { openStore } from "../src/store/open.js";
import type { StoredAnalysis } from "../src/store/store.js";
import { launchChromium } from "../test/web-support.js";
import { ensureWebBuilt } from "./web-build.js";

const OUT = fileURLToPath(new URL("../docs/screenshots", import.meta.url));

await ensureWebBuilt(console.log);
const dir = mkdtempSync(join(tmpdir(), "dyad-shots-"));
const store = openStore(join(dir, "shots.db"));
const batch: StoredAnalysis[] = [];
for await (const record of readInputs([fileURLToPath(new URL("../examples", import.meta.url))])) {
  if ("article" in record) batch.push(analyzeForStore(record.article));
}
store.write(batch);
const app = await buildServer({ store });
await app.listen({ port: 0, host: "127.0.0.1" });
const address = app.server.address();
const base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
const { context, close } = await launchChromium();
const page = await context.newPage();
mkdirSync(OUT, { recursive: true });

async function shot(name: string, hash: string, height: number, prepare?: (page: Page) => Promise<void>) {
  await page.setViewportSize({ width: 1440, height });
  await page.goto(`${base}#/${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
  await prepare?.(page);
  await page.mouse.move(0, 0);
  await page.waitForTimeout(300);
  await page.screenshot({ path: join(OUT, `${name}.png`) });
  console.log(`docs/screenshots/${name}.png`);
}

const summit = batch.find((a) => a.id.includes("summit"))?.id ?? batch[0].id;
await shot("read", `read?article=${encodeURIComponent(summit)}`, 900, async (p) => {
  const met = p.locator(".article-text .m-event", { hasText: "met" }).first();
  await ((await met.count()) ? met : p.locator(".article-text .m-event").first()).click();
  await p.evaluate(() => window.scrollTo(0, 0));
});
await shot("dyad", "dyad?a=RUS&b=CHN&by=month", 1180);
await shot("network", "network", 900);
await shot("quotes", "quotes?speaker=Putin", 900);
await shot("map", "map", 820);

await close();
await app.close();
store.close();
rmSync(dir, { recursive: true, force: true });
