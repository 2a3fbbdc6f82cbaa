import { readFileSync } from "node:fs";
import type { Actor } from "../analysis.js";
import { parse } from "../cli/args.js";
import { UsageError } from "../cli/errors.js";
import { loadLexicon } from "../lexicon/load.js";
import { runPipeline } from "../pipeline/index.js";
import { writeSection } from "./report.js";

export const summary = "actors and their codes against PLOVER gold records (source/target text and code)";

const HELP = `Usage: dyad eval actors GOLD.jsonl [--show-misses N] [--no-write]

Runs the pipeline (up to the actors stage) over each PLOVER gold record (JSONL: text, date,
actors.source[] and actors.target[] with text and code). A gold actor is found when some Dyad actor
has a mention that overlaps the gold actor's text (each part of a text written with "..." counts; a
text that is not one run of the sentence counts by its words) and the same country: the first three letters of its code ("RUSGOV" and "RUS" agree; IGO codes agree on
"IGO"). Prints the share found, overall and for sources and targets, and writes them to the Actors
section of docs/EVALUATION.md.

Options:
  --show-misses N   print N missed gold actors with what Dyad found there
  --no-write        do not touch docs/EVALUATION.md`;

interface GoldActor {
  text: string;
  code: string;
}
interface GoldRecord {
  id: string;
  text: string;
  date: string | null;
  source: GoldActor[];
  target: GoldActor[];
}

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("eval actors", argv, {
    "show-misses": { type: "string" },
    "no-write": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new UsageError("eval actors: give one gold file (see dyad eval actors --help)");
  const showMisses = values["show-misses"] === undefined ? 0 : Number.parseInt(values["show-misses"], 10);
  if (!(showMisses >= 0))
    throw new UsageError(`eval actors: --show-misses "${values["show-misses"]}" must be a number`);
  const records = readGold(path);

  const lexicon = loadLexicon();
  const started = performance.now();
  const tally = { source: { gold: 0, found: 0 }, target: { gold: 0, found: 0 } };
  const misses: string[] = [];
  for (const record of records) {
    const doc = runPipeline(
      { id: record.id, text: record.text, date: record.date ?? undefined },
      lexicon,
      "actors",
    );
    for (const side of ["source", "target"] as const) {
      for (const gold of record[side]) {
        tally[side].gold++;
        const spans = locate(doc.text, gold.text);
        const covering = doc.actors.filter((a) =>
          a.mentions.some((m) => spans.some(([s, e]) => m.start < e && s < m.end)),
        );
        if (covering.some((a) => sameCountry(a, gold.code))) tally[side].found++;
        else if (misses.length < showMisses)
          misses.push(describeMiss(record, side, gold, covering, spans.length > 0));
      }
    }
  }
  const seconds = (performance.now() - started) / 1000;
  const gold = tally.source.gold + tally.target.gold;
  const found = tally.source.found + tally.target.found;
  const pct = (f: number, g: number) => (g === 0 ? "-" : ((100 * f) / g).toFixed(1));
  const figures = {
    records: records.length,
    gold,
    found,
    all: pct(found, gold),
    source: pct(tally.source.found, tally.source.gold),
    target: pct(tally.target.found, tally.target.gold),
  };
  process.stdout.write(
    `records ${figures.records}, gold actors ${gold} (sources ${tally.source.gold}, targets ${tally.target.gold})\n` +
      `found with the same country: ${figures.all}% (${found}/${gold}); sources ${figures.source}%, targets ${figures.target}%\n` +
      `${seconds.toFixed(1)} s\n`,
  );
  if (misses.length > 0) process.stdout.write(`\nmisses:\n${misses.join("\n")}\n`);
  if (!values["no-write"]) writeActorsSection(`dyad eval actors ${path}`, figures);
  return 0;
}

function readGold(path: string): GoldRecord[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new UsageError(
      `eval actors: cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
    );
  }
  const records: GoldRecord[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let r: {
      id?: string;
      text?: string;
      date?: string;
      actors?: { source?: GoldActor[]; target?: GoldActor[] };
    };
    try {
      r = JSON.parse(line);
    } catch {
      throw new UsageError(`eval actors: ${path}:${i + 1}: not a JSON object`);
    }
    if (typeof r.text !== "string" || !r.actors) {
      throw new UsageError(
        `eval actors: ${path}:${i + 1}: a record needs "text" and "actors" (PLOVER gold format)`,
      );
    }
    const keep = (list: GoldActor[] | undefined) =>
      (list ?? []).filter(
        (a) => typeof a?.text === "string" && typeof a?.code === "string" && a.text.trim() !== "",
      );
    records.push({
      id: r.id ?? `line ${i + 1}`,
      text: r.text,
      date: normaliseDate(r.date),
      source: keep(r.actors.source),
      target: keep(r.actors.target),
    });
  });
  return records;
}

function normaliseDate(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(date.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/**
 * Where the gold text lies in the article: each part of "U.S. ... negotiators"; a text not written
 * as one run ("French warships" in "French and Egyptian warships") counts by its words.
 */
function locate(text: string, goldText: string): [number, number][] {
  // Whole words, exact case first: "US" is not the "us" of "pushing".
  const find = (part: string): [number, number] | null => {
    const pattern = part
      .replace(/[’‘']/g, "'")
      .replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
      .replace(/'/g, "['’‘]")
      .replace(/\s+/g, "\\s+");
    const edge = (c: string) => (/\w/.test(c) ? "\\b" : "");
    const re = `${edge(part[0])}${pattern}${edge(part[part.length - 1])}`;
    const m = new RegExp(re).exec(text) ?? new RegExp(re, "i").exec(text);
    return m ? [m.index, m.index + m[0].length] : null;
  };
  const spans: [number, number][] = [];
  for (const part of goldText.split(/\s*\.\.\.?\s*/)) {
    const p = part.trim();
    if (p === "") continue;
    const whole = find(p);
    if (whole) spans.push(whole);
    else
      for (const word of p.split(/\s+/)) {
        const w = find(word);
        if (w) spans.push(w);
      }
  }
  return spans;
}

function sameCountry(actor: Actor, goldCode: string): boolean {
  return actor.code.slice(0, 3) === goldCode.slice(0, 3);
}

function describeMiss(
  record: GoldRecord,
  side: string,
  gold: GoldActor,
  covering: Actor[],
  located: boolean,
): string {
  const found = covering.length
    ? covering.map((a) => `${a.name} ${a.code}`).join("; ")
    : located
      ? "nothing"
      : "(text not found)";
  return `${record.id} ${side} "${gold.text}" ${gold.code} → ${found}\n    ${record.text}`;
}

/** Replaces the body of the `## Actors` section of docs/EVALUATION.md (only that section). */
function writeActorsSection(
  command: string,
  f: { records: number; gold: number; found: number; all: string; source: string; target: string },
): void {
  const body = [
    "Gold: the PLOVER gold-standard records (`plover-gold.jsonl`, CC BY-SA 4.0, see `../shared/eval/README-plover.md`).",
    "A gold source or target actor counts as found when a Dyad actor has a mention overlapping its text and the",
    "same country: the first three letters of its code (`IGO` for every inter-governmental body). The records'",
    "dates are all the placeholder 2000-01-01, so people are coded as of that date.",
    "",
    "| command | records | gold actors | found | sources | targets |",
    "| --- | ---: | ---: | ---: | ---: | ---: |",
    `| \`${command}\` | ${f.records} | ${f.gold} | ${f.all}% (${f.found}) | ${f.source}% | ${f.target}% |`,
    "",
    "What is left (see `--show-misses`) is mostly where the gold's coding differs from CAMEO's or from the",
    "text: NGOs coded `IGO` (Amnesty, the Red Cross), ethnic groups coded by the country they live in",
    '("ethnic Albanians" → SRB/MKD), misspelt names and places, and actors the text never names',
    '("car bomb", "minefield explosion").',
  ].join("\n");
  writeSection("Actors", body);
}
