import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serverWithCorpus, type TestServer } from "./server-fixtures.js";

/** Every bad request is a 4xx with a JSON message that names what is wrong; none is a 500. */
let server: TestServer;
beforeAll(async () => {
  server = await serverWithCorpus({ bodyLimit: 2000 });
});
afterAll(() => server.close());

interface Case {
  name: string;
  method?: "GET" | "POST";
  url: string;
  payload?: unknown;
  contentType?: string;
  status: number;
  message: RegExp;
}

const cases: Case[] = [
  // wrong types and forms
  {
    name: "a limit that is not a number",
    url: "/api/events?limit=abc",
    status: 400,
    message: /"limit" must be an integer/,
  },
  { name: "a limit of zero", url: "/api/events?limit=0", status: 400, message: /"limit" must be at least 1/ },
  {
    name: "an offset beyond any page",
    url: "/api/quotes?offset=99999999999999999999",
    status: 400,
    message: /"offset" must be at most 1000000/,
  },
  {
    name: "a repeated parameter",
    url: "/api/events?source=RUS&source=CHN",
    status: 400,
    message: /"source" must be a string/,
  },
  {
    name: "an actor code with digits",
    url: "/api/events?source=RU5",
    status: 400,
    message: /"source" must be a CAMEO actor code/,
  },
  {
    name: "a misspelt parameter",
    url: "/api/events?sorce=RUS",
    status: 400,
    message: /unknown parameter "sorce"/,
  },
  {
    name: "a period that is not one",
    url: "/api/dyads/RUS/CHN?by=year",
    status: 400,
    message: /"by" must be one of day, week, month/,
  },
  {
    name: "a top that is too large",
    url: "/api/actors?top=100000",
    status: 400,
    message: /"top" must be at most 1000/,
  },
  // bad dates
  {
    name: "a day that does not exist",
    url: "/api/events?from=2023-02-30",
    status: 400,
    message: /"from" must be a calendar date written YYYY-MM-DD/,
  },
  {
    name: "a date in words",
    url: "/api/events?to=yesterday",
    status: 400,
    message: /"to" must be a calendar date/,
  },
  {
    name: "a range that ends before it starts",
    url: "/api/events?from=2023-04-01&to=2023-03-01",
    status: 400,
    message: /"from" \(2023-04-01\) is after "to"/,
  },
  {
    name: "a bad date in a network filter",
    url: "/api/network?from=2023-13-01",
    status: 400,
    message: /"from" must be a calendar date/,
  },
  // unknown codes
  {
    name: "an unknown CAMEO code",
    url: "/api/events?code=999",
    status: 400,
    message: /unknown CAMEO code "999"/,
  },
  {
    name: "a CAMEO code in letters",
    url: "/api/events?code=abc",
    status: 400,
    message: /"code" must be a CAMEO event code/,
  },
  {
    name: "an unknown PLOVER type",
    url: "/api/events?plover=HUGGING",
    status: 400,
    message: /unknown PLOVER type "HUGGING".*SUPPORT/,
  },
  {
    name: "an actor code no stored actor has",
    url: "/api/events?target=ZZZ",
    status: 400,
    message: /unknown actor code "ZZZ"/,
  },
  {
    name: "a dyad with an unknown actor",
    url: "/api/dyads/RUS/ZZZ",
    status: 404,
    message: /unknown actor code "ZZZ"/,
  },
  {
    name: "an article that is not stored",
    url: "/api/articles/nope",
    status: 404,
    message: /no article "nope"/,
  },
  {
    name: "a route that does not exist",
    url: "/api/nothing",
    status: 404,
    message: /no route GET \/api\/nothing/,
  },
  // searches
  {
    name: "a search with an open quote",
    url: '/api/quotes?q="unbalanced',
    status: 400,
    message: /cannot search for/,
  },
  // bodies
  {
    name: "an empty analyze body",
    method: "POST",
    url: "/api/analyze",
    payload: {},
    status: 400,
    message: /exactly one of "text" and "html"/,
  },
  {
    name: "text and html together",
    method: "POST",
    url: "/api/analyze",
    payload: { text: "a", html: "<p>a</p>" },
    status: 400,
    message: /exactly one of/,
  },
  {
    name: "text that is a number",
    method: "POST",
    url: "/api/analyze",
    payload: { text: 42 },
    status: 400,
    message: /"text" must be a string/,
  },
  {
    name: "text that is empty",
    method: "POST",
    url: "/api/analyze",
    payload: { text: "" },
    status: 400,
    message: /"text" must not be empty/,
  },
  {
    name: "a bad date in the body",
    method: "POST",
    url: "/api/analyze",
    payload: { text: "Talks.", date: "2024-13-01" },
    status: 400,
    message: /"date" "2024-13-01" is not a date/,
  },
  {
    name: "an unknown field",
    method: "POST",
    url: "/api/analyze",
    payload: { text: "Talks.", colour: "red" },
    status: 400,
    message: /unknown field "colour"/,
  },
  {
    name: "a body that is not JSON",
    method: "POST",
    url: "/api/analyze",
    payload: "{not json",
    contentType: "application/json",
    status: 400,
    message: /not valid JSON/,
  },
  {
    name: "a body that is a JSON array",
    method: "POST",
    url: "/api/analyze",
    payload: [1, 2],
    status: 400,
    message: /the body must be a object/,
  },
  {
    name: "a content type the API does not read",
    method: "POST",
    url: "/api/analyze",
    payload: "<a/>",
    contentType: "application/xml",
    status: 415,
    message: /content type "application\/xml" is not accepted/,
  },
  {
    name: "an oversized body",
    method: "POST",
    url: "/api/analyze",
    payload: { text: "word ".repeat(1000) },
    status: 413,
    message: /larger than the limit of 2 KB/,
  },
  {
    name: "an ingest without documents",
    method: "POST",
    url: "/api/ingest",
    payload: { documents: [] },
    status: 400,
    message: /"documents" must hold at least 1 items/,
  },
  {
    name: "an ingest whose every document is bad",
    method: "POST",
    url: "/api/ingest",
    payload: { documents: [{ text: "x", date: "31/12/2024" }] },
    status: 400,
    message: /no document could be read: documents\[0\]/,
  },
  {
    name: "a document in the wrong shape",
    method: "POST",
    url: "/api/ingest",
    payload: { documents: ["just text"] },
    status: 400,
    message: /"documents.0" must be a object/,
  },
];

describe("bad input is answered with a 4xx and a message", () => {
  it.each(cases)("$name", async (c) => {
    const res = await server.app.inject({
      method: c.method ?? "GET",
      url: c.url,
      ...(c.payload !== undefined
        ? {
            payload: typeof c.payload === "string" ? c.payload : JSON.stringify(c.payload),
            headers: { "content-type": c.contentType ?? "application/json" },
          }
        : {}),
    });
    expect(res.headers["content-type"]).toMatch(/^application\/json/);
    const body = res.json();
    expect({ status: res.statusCode, message: body.message }).toEqual({
      status: c.status,
      message: expect.stringMatching(c.message),
    });
    expect(body.statusCode).toBe(c.status);
    expect(body.error).toBeTruthy();
  });
});
