import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureWebBuilt } from "../scripts/web-build.js";
import { readInputs } from "../src/ingest/readers.js";
import { buildServer } from "../src/server/app.js";
import { analyzeForStore } from "../src/server/documents.js";
import { openStore } from "../src/store/open.js";
import type { SqliteStore } from "../src/store/sqlite/store.js";
import type { StoredAnalysis } from "../src/store/store.js";
import { type LaunchedBrowser, launchChromium } from "./web-support.js";

/**
 * The dashboard in a real browser (Debian's chromium, headless), served by the real server over a store
 * holding the bundled examples. The build runs first when web/dist is missing or stale.
 */
let dir: string;
let store: SqliteStore;
let app: FastifyInstance;
let base: string;
let chromium: LaunchedBrowser;
let page: Page;

const SUMMIT = join(
  "examples",
  "txt",
  readdirSync("examples/txt").find((f) => f.startsWith("summit-")) ?? "",
);

beforeAll(async () => {
  await ensureWebBuilt();
  dir = mkdtempSync(join(tmpdir(), "dyad-web-"));
  store = openStore(join(dir, "web.db"));
  const batch: StoredAnalysis[] = [];
  for await (const record of readInputs(["examples"])) {
    if ("article" in record) batch.push(analyzeForStore(record.article));
  }
  store.write(batch);
  app = await buildServer({ store });
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  base = `http://127.0.0.1:${typeof address === "object" && address ? address.port : 0}/`;
  chromium = await launchChromium();
  page = await chromium.context.newPage();
  page.on("pageerror", (e) => {
    throw e;
  });
}, 180_000);

afterAll(async () => {
  await chromium?.close();
  await app?.close();
  store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(hash: string): Promise<void> {
  await page.goto("about:blank"); // a fresh page even when only the hash would change
  await page.goto(`${base}#/${hash}`);
  await page.waitForFunction(() => document.body.dataset.ready === "true");
}

const texts = (selector: string) => page.$$eval(selector, (els) => els.map((e) => e.textContent ?? ""));

describe("Read", () => {
  it("highlights the actors, quotes and events of a pasted article, with details on click", async () => {
    await open("read");
    await page.fill("#article-input", readFileSync(SUMMIT, "utf8"));
    await page.fill("#article-date", "2024-10-22");
    await page.click("#analyze");
    await page.waitForSelector(".article-text .mark");

    const actors = (await texts(".article-text .m-actor")).join(" ");
    expect(actors).toContain("Putin");
    expect(actors).toContain("Xi");
    const quotes = (await texts(".article-text .m-quote")).join("");
    expect(quotes).toContain("principled and balanced approach");
    expect(await page.locator(".article-text .m-event").count()).toBeGreaterThan(0);

    // hovering a mention shows its code; clicking shows its details
    const putin = page.locator(".article-text .m-actor", { hasText: "Putin" }).first();
    await putin.hover();
    await expect.poll(() => page.textContent("#tooltip")).toContain("RUSGOV");
    await putin.click();
    expect(await page.textContent(".details")).toContain("RUSGOV");
    expect(await page.locator(".article-text .selected").count()).toBeGreaterThan(0);

    // an event's details name its rule and show its sentence
    await page.locator(".article-text .m-event").first().click();
    const details = (await page.textContent(".details")) ?? "";
    expect(details).toMatch(/Rule/);
    expect(await page.locator(".sentence.sentence-selected").count()).toBe(1);

    // the side lists hold each layer
    expect(await page.locator(".side-lists .item").count()).toBeGreaterThan(3);
  });
});

describe("Read, from a file", () => {
  it("analyzes an uploaded HTML page: the story, its title and its actors", async () => {
    await open("read");
    const html = readdirSync("examples/html").find((f) => f.endsWith(".html"));
    await page.setInputFiles('input[type="file"]', join("examples", "html", html ?? ""));
    await expect.poll(() => page.inputValue("#article-input")).toContain("<");
    await page.click("#analyze");
    await page.waitForSelector(".article-text");
    // the page's title becomes the article's, and no markup reaches the text
    expect((await page.textContent(".article-head h2")) ?? "").not.toBe("Untitled article");
    expect((await page.textContent(".article-text")) ?? "").not.toMatch(/<\/?[a-z]+[^>]*>/);
    expect(await page.locator(".article-text .m-actor").count()).toBeGreaterThan(0);
  });
});

describe("Dyad", () => {
  it("draws a chart with points for two countries of the examples, and links events to their sentences", async () => {
    await open("dyad?a=RUS&b=CHN&by=month");
    await page.waitForSelector("svg.chart");
    expect(await page.locator("svg.chart circle.point").count()).toBeGreaterThan(0);
    expect(await page.locator("svg.chart rect.bar").count()).toBeGreaterThan(0);
    const rows = page.locator("table.events tbody tr");
    expect(await rows.count()).toBeGreaterThan(0);

    await rows.first().locator("a", { hasText: "Read" }).click();
    await page.waitForFunction(() => location.hash.startsWith("#/read?article="));
    await page.waitForSelector(".sentence.sentence-selected");
    expect(await page.locator(".article-text .mark.selected").count()).toBeGreaterThan(0);
  });
});

describe("Network, Quotes and Map", () => {
  it("draws actors as nodes and events as edges", async () => {
    await open("network");
    expect(await page.locator("svg.graph .node").count()).toBeGreaterThan(2);
    expect(await page.locator("svg.graph path.edge").count()).toBeGreaterThan(1);
  });

  it("searches quotes by speaker and words, each linked to its article", async () => {
    await open("quotes?speaker=Putin");
    await page.waitForSelector(".quote-card");
    const speakers = await texts(".quote-card .by b");
    expect(speakers.length).toBeGreaterThan(0);
    expect(speakers.every((s) => /Putin/.test(s))).toBe(true);
    expect(await page.getAttribute(".quote-card .source a", "href")).toMatch(/^#\/read\?article=/);
    // the link opens the article with the quote selected
    const words = ((await page.textContent(".quote-card .content")) ?? "").slice(0, 30);
    await page.click(".quote-card .source a");
    await page.waitForSelector(".article-text .m-quote.selected");
    expect((await texts(".article-text .m-quote.selected")).join("")).toContain(words);
  });

  it("places events on the shipped world map", async () => {
    await open("map");
    expect(await page.locator("svg.world path.land").count()).toBeGreaterThan(100);
    expect(await page.locator("svg.world circle.place").count()).toBeGreaterThan(0);
  });
});
