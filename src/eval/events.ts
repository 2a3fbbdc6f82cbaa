import type { Analysis } from "../analysis.js";
import { parse } from "../cli/args.js";
import { EXIT, report, UsageError } from "../cli/errors.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { loadLexicon } from "../lexicon/load.js";
import { runPipeline, toAnalysis } from "../pipeline/index.js";
import { GoldFileError, readPetrarchGold, readPloverGold, splitOf } from "./events/gold.js";
import { type EventsRow, writeEventsSection } from "./events/report.js";
import { counted, eventTriples, overlap, type Prf, prf, tripleKeys } from "./events/score.js";

export const summary = "events against PETRARCH (source, target, code) or PLOVER event-type gold";

const HELP = `Usage: dyad eval events GOLD.jsonl --gold petrarch|plover [options]

Codes every record of a gold file with the whole pipeline and scores the events that count (neither
negated nor hypothetical).
  --gold petrarch   records {id, text, date, events: [{source, target, code}]}: precision, recall and F1
                    of (source, target, CAMEO code) triples, exact and with country codes (first three
                    letters) and CAMEO roots only
  --gold plover     records {id, text, event_type_plover2, actors.source[]}: a record is found when its
                    gold type is among the predicted PLOVER types; precision is over the distinct types
                    predicted per record; and, among found records, how often a predicted event of that
                    type has a source in the gold source countries
The records are split in two fixed halves by a hash of their id: tune on dev, report test.

Options:
  --split dev|test|all   which half to score (default all; all also prints each half)
  --lexicon SPEC         a Dyad data folder, or petrarch:DIR for PETRARCH/TABARI dictionaries
  --show N               print N records that went wrong (dev records only), with what was coded
  --no-write             do not touch docs/EVALUATION.md
  -h, --help             this help`;

type Split = "dev" | "test" | "all";

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("eval events", argv, {
    gold: { type: "string" },
    split: { type: "string" },
    lexicon: { type: "string" },
    show: { type: "string" },
    "no-write": { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const [path] = positionals;
  if (!path || positionals.length > 1)
    throw new UsageError("eval events: give one gold file (see dyad eval events --help)");
  const kind = values.gold;
  if (kind !== "petrarch" && kind !== "plover") {
    throw new UsageError(`eval events: --gold must be petrarch or plover${kind ? `, not "${kind}"` : ""}`);
  }
  const split = (values.split ?? "all") as Split;
  if (!["dev", "test", "all"].includes(split))
    throw new UsageError(`eval events: --split "${split}" must be dev, test or all`);
  const show = values.show === undefined ? 0 : Number.parseInt(values.show, 10);
  if (!(show >= 0)) throw new UsageError(`eval events: --show "${values.show}" must be a whole number`);

  const lexicon = await lexiconFor(values.lexicon);

  const command = [
    "dyad eval events",
    path.replace(/^.*\//, ""),
    `--gold ${kind}`,
    values.lexicon ? `--lexicon ${values.lexicon}` : "",
  ]
    .filter(Boolean)
    .join(" ");
  const splits: Split[] = split === "all" ? ["dev", "test", "all"] : [split];
  let rows: EventsRow[];
  try {
    rows =
      kind === "petrarch"
        ? evalPetrarch(path, lexicon, splits, show, command)
        : evalPlover(path, lexicon, splits, show, command);
  } catch (e) {
    if (e instanceof GoldFileError) throw new UsageError(`eval events: ${e.message}`);
    throw e;
  }
  for (const r of rows) {
    process.stdout.write(
      `${r.split.padEnd(5)} ${String(r.records).padStart(4)} records  ${r.measure.padEnd(22)} P ${r.precision.toFixed(3)}  R ${r.recall.toFixed(3)}  F1 ${r.f1.toFixed(3)}  ${r.also}\n`,
    );
  }
  if (!values["no-write"]) writeEventsSection(rows);
  return EXIT.ok;
}

function code(lexicon: Lexicon, r: { id: string; text: string; date: string | null }): Analysis {
  return toAnalysis(runPipeline({ id: r.id, text: r.text, date: r.date ?? undefined }, lexicon));
}

function inSplit(id: string, s: Split): boolean {
  return s === "all" || splitOf(id) === s;
}

function evalPetrarch(
  path: string,
  lexicon: Lexicon,
  splits: Split[],
  show: number,
  command: string,
): EventsRow[] {
  const records = readPetrarchGold(path);
  const results = records.map((r) => ({ r, a: code(lexicon, r) }));
  let shown = 0;
  for (const { r, a } of results) {
    if (shown >= show || splitOf(r.id) !== "dev") continue;
    const got = tripleKeys(eventTriples(a.events)).root;
    const want = tripleKeys(r.events).root;
    if (got.length === want.length && overlap(got, want) === want.length) continue;
    shown++;
    printRecord(r.id, r.text, `expected ${want.join(" ") || "(none)"}`, a);
  }
  return splits.flatMap((s) => {
    const part = results.filter(({ r }) => inSplit(r.id, s));
    const sum = (pick: "exact" | "root") => {
      let tp = 0;
      let predicted = 0;
      let expected = 0;
      for (const { r, a } of part) {
        const got = tripleKeys(eventTriples(a.events))[pick];
        const want = tripleKeys(r.events)[pick];
        tp += overlap(got, want);
        predicted += got.length;
        expected += want.length;
      }
      return prf(tp, predicted, expected);
    };
    const exact = sum("exact");
    const root = sum("root");
    return [row(command, s, part.length, "country+root", root, `exact F1 ${exact.f1.toFixed(3)}`)];
  });
}

function evalPlover(
  path: string,
  lexicon: Lexicon,
  splits: Split[],
  show: number,
  command: string,
): EventsRow[] {
  const records = readPloverGold(path);
  const results = records.map((r) => {
    const a = code(lexicon, r);
    const events = counted(a.events).filter((e) => e.plover);
    const types = [...new Set(events.map((e) => e.plover))];
    const found = types.includes(r.type);
    const gold = new Set(r.sources.map((c) => c.slice(0, 3)));
    const sourceRight =
      found && events.some((e) => e.plover === r.type && gold.has(e.source.code.slice(0, 3)));
    return { r, a, types, found, sourceRight };
  });
  let shown = 0;
  for (const x of results) {
    if (shown >= show || splitOf(x.r.id) !== "dev" || (x.found && x.sourceRight && x.types.length === 1))
      continue;
    shown++;
    printRecord(x.r.id, x.r.text, `expected ${x.r.type} from ${x.r.sources.join(",") || "?"}`, x.a);
  }
  return splits.flatMap((s) => {
    const part = results.filter((x) => inSplit(x.r.id, s));
    const found = part.filter((x) => x.found);
    const correctTypes = found.length;
    const predictedTypes = part.reduce((n, x) => n + x.types.length, 0);
    const p = prf(correctTypes, predictedTypes, part.length);
    const src = found.length ? found.filter((x) => x.sourceRight).length / found.length : 0;
    return [
      row(
        command,
        s,
        part.length,
        "PLOVER type",
        p,
        `source country ${(100 * src).toFixed(1)}% of ${found.length} found`,
      ),
    ];
  });
}

function row(
  command: string,
  split: string,
  records: number,
  measure: string,
  p: Prf,
  also: string,
): EventsRow {
  return { command, split, records, measure, precision: p.precision, recall: p.recall, f1: p.f1, also };
}

function printRecord(id: string, text: string, expected: string, a: Analysis): void {
  const got = a.events.map(
    (e) =>
      `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo} ${e.plover}${e.negated ? " NEG" : ""}${e.hypothetical ? " HYP" : ""} [${e.rule} "${e.trigger.text}"]`,
  );
  process.stdout.write(`\n${id}: ${text}\n  ${expected}\n  got ${got.join("\n      ") || "(none)"}\n`);
}

/**
 * The lexicon a --lexicon option names: a Dyad data folder, or petrarch:DIR for PETRARCH/TABARI
 * dictionaries (read by the PETRARCH importer, loaded only when asked for).
 */
async function lexiconFor(spec: string | undefined): Promise<Lexicon> {
  if (!spec) return loadLexicon();
  if (!spec.startsWith("petrarch:")) return loadLexicon({ dataDir: spec });
  const importer = "../lexicon/tabari/resolve.js";
  const { resolveLexicon } = (await import(importer)) as {
    resolveLexicon: (s: string) => {
      lexicon: Lexicon;
      issues: { file: string; line: number; message: string }[];
    };
  };
  const { lexicon, issues } = resolveLexicon(spec);
  for (const i of issues.slice(0, 5)) report(`${i.file}:${i.line}: ${i.message}`);
  return lexicon;
}
