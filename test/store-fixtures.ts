import type { Actor, Analysis, Event } from "../src/analysis.js";
import type { SqliteStore } from "../src/store/sqlite/store.js";
import type { StoredAnalysis } from "../src/store/store.js";

/**
 * Hand-built analyses for the store tests, written for them: offsets are found in the text, so a
 * fixture reads like the sentence it describes.
 */
export interface EventSpec {
  source: [actorName: string, code: string];
  target?: [actorName: string, code: string];
  trigger: string;
  cameo: string;
  quadClass?: 1 | 2 | 3 | 4;
  goldstein?: number;
  plover?: string;
  negated?: boolean;
  hypothetical?: boolean;
}

export interface ArticleSpec {
  id: string;
  date: string | null;
  text: string;
  source?: string | null;
  url?: string | null;
  events?: EventSpec[];
  quotes?: { speaker: string; content: string }[];
  tone?: number;
}

export function analysis(spec: ArticleSpec): StoredAnalysis {
  const text = spec.text;
  const sentences: { start: number; end: number }[] = [];
  const re = /[^.!?]+[.!?]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ start: m.index + lead, end: m.index + m[0].length });
  }
  const actors = new Map<string, Actor>();
  const actorFor = (name: string, code: string): Actor => {
    let a = actors.get(name);
    if (!a) {
      const mentions = [];
      for (let i = text.indexOf(name); i >= 0; i = text.indexOf(name, i + 1)) {
        mentions.push({ start: i, end: i + name.length, text: name });
      }
      a = {
        id: `A${actors.size + 1}`,
        name,
        kind: "person",
        code,
        country: code.slice(0, 3),
        role: code.slice(3) || null,
        mentions,
      };
      actors.set(name, a);
    }
    return a;
  };
  const events: Event[] = (spec.events ?? []).map((e, i) => {
    const start = text.indexOf(e.trigger);
    if (start < 0) throw new Error(`trigger "${e.trigger}" not in ${spec.id}`);
    const source = actorFor(...e.source);
    const target = e.target ? actorFor(...e.target) : null;
    return {
      id: `E${i + 1}`,
      sentence: sentences.findIndex((s) => s.start <= start && start < s.end),
      source: { actor: source.id, code: source.code },
      target: target ? { actor: target.id, code: target.code } : null,
      cameo: e.cameo,
      plover: e.plover ?? "CONSULT",
      goldstein: e.goldstein ?? 1,
      quadClass: e.quadClass ?? 1,
      trigger: { start, end: start + e.trigger.length, text: e.trigger },
      negated: e.negated ?? false,
      hypothetical: e.hypothetical ?? false,
      location: null,
      quote: null,
      rule: `test#${e.cameo}`,
    };
  });
  const quotes = (spec.quotes ?? []).map((q, i) => {
    const start = text.indexOf(q.content);
    if (start < 0) throw new Error(`quote "${q.content}" not in ${spec.id}`);
    const speaker = [...actors.values()].find((a) => a.name === q.speaker) ?? actorFor(q.speaker, "UNK");
    return {
      id: `Q${i + 1}`,
      kind: "direct" as const,
      content: { start, end: start + q.content.length, text: q.content },
      speaker: speaker.id,
      speakerMention: null,
      cue: null,
      addressee: null,
    };
  });
  const tone = spec.tone ?? 0;
  const a: Analysis = {
    schema: "dyad/analysis@1",
    id: spec.id,
    source: spec.source ?? null,
    url: spec.url ?? `https://news.example/${spec.id}`,
    title: null,
    date: spec.date,
    text,
    sentences,
    actors: [...actors.values()],
    quotes,
    events,
    tone: { score: tone, positive: Math.max(tone, 0), negative: Math.max(-tone, 0), words: 40 },
    warnings: [],
  };
  return { ...a, sentenceTone: sentences.map(() => tone) };
}

/** Three outlets tell the same meeting on the same day; one denies a deal; a week later, a threat. */
export function corpus(): StoredAnalysis[] {
  return [
    analysis({
      id: "wire-1",
      date: "2023-03-20",
      source: "Wire One",
      text: "Ruritanian President Anna Vell met Boris Kane in Strelsau on Monday. Vell praised Kane for his patience.",
      events: [
        { source: ["Anna Vell", "RUSGOV"], target: ["Boris Kane", "CHNGOV"], trigger: "met", cameo: "040" },
        {
          source: ["Anna Vell", "RUSGOV"],
          target: ["Boris Kane", "CHNGOV"],
          trigger: "praised",
          cameo: "051",
          plover: "SUPPORT",
          goldstein: 3.4,
        },
      ],
      tone: 2,
    }),
    analysis({
      id: "wire-2",
      date: "2023-03-20",
      source: "Wire Two",
      text: 'Anna Vell held talks with Boris Kane on Monday. "We are building a bridge between our peoples," Anna Vell said. Kane has not signed the grain deal.',
      events: [
        {
          source: ["Anna Vell", "RUSGOV"],
          target: ["Boris Kane", "CHNGOV"],
          trigger: "held talks",
          cameo: "040",
        },
        {
          source: ["Boris Kane", "CHNGOV"],
          target: ["Anna Vell", "RUSGOV"],
          trigger: "signed",
          cameo: "057",
          negated: true,
          goldstein: 8,
        },
      ],
      quotes: [{ speaker: "Anna Vell", content: "We are building a bridge between our peoples," }],
      tone: -1,
    }),
    analysis({
      id: "wire-3",
      date: "2023-03-20",
      source: "Wire One",
      text: "Boris Kane and Anna Vell met again late on Monday, aides said.",
      events: [
        { source: ["Anna Vell", "RUSGOV"], target: ["Boris Kane", "CHNGOV"], trigger: "met", cameo: "040" },
      ],
      tone: 0,
    }),
    analysis({
      id: "wire-4",
      date: "2023-03-27",
      source: "Wire Two",
      text: "Boris Kane threatened to cut gas supplies to Anna Vell if talks stall. He may also expel diplomats.",
      events: [
        {
          source: ["Boris Kane", "CHNGOV"],
          target: ["Anna Vell", "RUSGOV"],
          trigger: "threatened",
          cameo: "130",
          quadClass: 3,
          goldstein: -4.4,
          plover: "THREATEN",
        },
        {
          source: ["Boris Kane", "CHNGOV"],
          target: ["Anna Vell", "RUSGOV"],
          trigger: "expel",
          cameo: "1663",
          quadClass: 4,
          hypothetical: true,
          goldstein: -5,
        },
      ],
      quotes: [{ speaker: "Boris Kane", content: "cut gas supplies" }],
      tone: -3,
    }),
  ];
}

/** Every row of every table except the wall-clock time of ingest. */
export function dump(s: SqliteStore): Record<string, unknown[]> {
  const tables = ["articles", "actors", "quotes", "events", "event_mentions"];
  const out: Record<string, unknown[]> = {};
  for (const t of tables) {
    out[t] = s.db
      .prepare(`SELECT * FROM ${t} ORDER BY 1, 2`)
      .all()
      .map((r) => {
        const { added_at: _, ...rest } = r as Record<string, unknown>;
        return rest;
      });
  }
  return out;
}
