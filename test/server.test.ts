import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverWithCorpus, type TestServer } from "./server-fixtures.js";

let server: TestServer;
beforeAll(async () => {
  server = await serverWithCorpus();
});
afterAll(() => server.close());

async function get(url: string) {
  const res = await server.app.inject({ method: "GET", url });
  return { status: res.statusCode, body: res.json() };
}

describe("store routes", () => {
  it("lists counted events with the sentence and trigger offsets of each mention", async () => {
    const { status, body } = await get("/api/events?source=RUS");
    expect(status).toBe(200);
    const met = body.items.find((e: { cameo: string }) => e.cameo === "040");
    expect(met).toMatchObject({ source: "RUSGOV", target: "CHNGOV", day: "2023-03-20", numArticles: 3 });
    const mention = met.mentions[0];
    expect(mention.sentenceText).toContain(mention.trigger);
    expect(typeof mention.sentence).toBe("number");
    // the negated deal is stored but not listed as an event
    expect(body.items.some((e: { cameo: string }) => e.cameo === "057")).toBe(false);
  });

  it("pages events, oldest first", async () => {
    const first = await get("/api/events?limit=1");
    expect(first.body.items).toHaveLength(1);
    expect(first.body.next).toBe(1);
    const all = await get("/api/events");
    const days = all.body.items.map((e: { day: string }) => e.day);
    expect(days).toEqual([...days].sort());
    const last = await get(`/api/events?limit=1&offset=${all.body.items.length - 1}`);
    expect(last.body.next).toBeNull();
    expect(last.body.items[0].id).toBe(all.body.items.at(-1).id);
  });

  it("gives a dyad's series in both directions, with its events", async () => {
    const { status, body } = await get("/api/dyads/rus/chn?by=week");
    expect(status).toBe(200);
    expect(body.a).toBe("RUS");
    const directions = new Set(body.series.map((r: { direction: string }) => r.direction));
    expect(directions).toEqual(new Set(["RUS>CHN", "CHN>RUS"]));
    const threat = body.series.find((r: { direction: string }) => r.direction === "CHN>RUS");
    expect(threat).toMatchObject({ period: "2023-03-27", quad3: 1, goldsteinSum: -4.4 });
    expect(body.events.length).toBeGreaterThanOrEqual(3);
    expect(body.events.every((e: { mentions: unknown[] }) => e.mentions.length > 0)).toBe(true);
    const narrowed = await get("/api/dyads/RUS/CHN?by=week&from=2023-03-27");
    expect(narrowed.body.series.map((r: { period: string }) => r.period)).toEqual(["2023-03-27"]);
  });

  it("lists actors, and searches quotes by speaker and words, each with its article", async () => {
    const actors = await get("/api/actors?top=5");
    expect(actors.body.items.map((a: { code: string }) => a.code)).toContain("CHNGOV");
    const bySpeaker = await get("/api/quotes?speaker=vell");
    expect(bySpeaker.body.items).toHaveLength(1);
    expect(bySpeaker.body.items[0]).toMatchObject({ speaker: "Anna Vell", articleId: "wire-2" });
    const byWords = await get("/api/quotes?q=gas%20supplies");
    expect(byWords.body.items.map((q: { speaker: string }) => q.speaker)).toEqual(["Boris Kane"]);
  });

  it("gives a stored article with its text and an analysis of it", async () => {
    const list = await get("/api/articles?limit=2");
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items[0].date).toBe("2023-03-27");
    const { status, body } = await get("/api/articles/wire-2");
    expect(status).toBe(200);
    expect(body.text).toContain("grain deal");
    expect(body.analysis.schema).toBe("dyad/analysis@1");
    expect(body.analysis.sentences.length).toBeGreaterThan(1);
  });

  it("builds the network at country level and lists event places", async () => {
    const { body } = await get("/api/network");
    expect(body.nodes.map((n: { id: string }) => n.id).sort()).toEqual(["CHN", "RUS"]);
    const edge = body.edges.find((e: { source: string }) => e.source === "RUS");
    expect(edge).toMatchObject({ target: "CHN", events: 2 });
    const places = await get("/api/places");
    expect(places.body.items[0]).toMatchObject({ name: "Strelsau", lat: 55.75, events: 2 });
  });

  it("reports what the store holds", async () => {
    const { body } = await get("/api/stats");
    expect(body).toMatchObject({ articles: 4, first: "2023-03-20", last: "2023-03-27" });
  });
});

describe("analyze and ingest", () => {
  const text =
    "Russian President Vladimir Putin met Chinese President Xi Jinping in Kazan on Tuesday. " +
    "\u201cOur relations are strong,\u201d Mr Putin said.";

  it("analyzes JSON, plain text and HTML bodies without storing them", async () => {
    const json = await server.app.inject({
      method: "POST",
      url: "/api/analyze",
      payload: { text, date: "20241022" },
    });
    expect(json.statusCode).toBe(200);
    expect(json.json()).toMatchObject({ schema: "dyad/analysis@1", date: "2024-10-22" });
    const plain = await server.app.inject({
      method: "POST",
      url: "/api/analyze?date=2024-10-22",
      headers: { "content-type": "text/plain" },
      payload: text,
    });
    expect(plain.json().text).toBe(json.json().text);
    expect(plain.json().date).toBe("2024-10-22");
    const html = await server.app.inject({
      method: "POST",
      url: "/api/analyze",
      headers: { "content-type": "text/html" },
      payload: `<html><head><title>Talks in Kazan</title></head><body><article><p>${text}</p></article></body></html>`,
    });
    expect(html.statusCode).toBe(200);
    expect(html.json().text).toContain("Xi Jinping");
    expect((await get("/api/stats")).body.articles).toBe(4);
  });

  it("ingests documents once, and reports a bad one while keeping the others", async () => {
    const documents = [
      { id: "api-1", text, date: "2024-10-22" },
      { id: "api-2", text: "Sentence.", date: "2024-02-31" },
    ];
    const first = await server.app.inject({ method: "POST", url: "/api/ingest", payload: { documents } });
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ articles: 1, duplicates: 0 });
    expect(first.json().failures).toEqual([{ index: 1, message: expect.stringContaining("2024-02-31") }]);
    const again = await server.app.inject({ method: "POST", url: "/api/ingest", payload: { documents } });
    expect(again.json()).toMatchObject({ articles: 0, duplicates: 1 });
    expect((await get("/api/articles/api-1")).status).toBe(200);
  });
});

describe("OpenAPI document", () => {
  it("describes every route with its parameters", async () => {
    const { status, body } = await get("/api/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    for (const path of [
      "/api/analyze",
      "/api/events",
      "/api/dyads/{a}/{b}",
      "/api/actors",
      "/api/quotes",
      "/api/articles/{id}",
      "/api/ingest",
    ]) {
      expect(body.paths[path], path).toBeDefined();
    }
    const events = body.paths["/api/events"].get;
    const from = events.parameters.find((p: { name: string }) => p.name === "from");
    expect(from).toMatchObject({ in: "query", schema: { format: "date" } });
    expect(
      body.paths["/api/dyads/{a}/{b}"].get.parameters.filter((p: { in: string }) => p.in === "path"),
    ).toHaveLength(2);
    expect(Object.keys(body.paths["/api/analyze"].post.requestBody.content)).toContain("text/html");
  });
});
