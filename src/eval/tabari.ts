import { writeFileSync } from "node:fs";
import type { Analysis } from "../analysis.js";
import { parse } from "../cli/args.js";
import { EXIT, report, UsageError } from "../cli/errors.js";
import { analyze } from "../index.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import { normalizeDictDate } from "../lexicon/tabari/lines.js";
import { resolveLexicon } from "../lexicon/tabari/resolve.js";
import { deleteCommaClauses } from "./tabari/commas.js";
import { GoldFileError, optionsOf, type PetrarchRecord, readPetrarchGold } from "./tabari/gold.js";
import {
  countEvents,
  type EventCounts,
  expectedTriples,
  predictedTriples,
  sameSet,
  type Triple,
} from "./tabari/score.js";

export const summary = "the PETRARCH validation suite: (source, target, code) triples per record";

const HELP = `Usage: dyad eval petrarch-validation GOLD.jsonl --lexicon petrarch:DIR [options]

Codes every active record of a PETRARCH validation file (JSONL: id, text, date, events[], config) with the
PETRARCH dictionaries in DIR, compares the set of (source, target, code) triples with the expected set per
record, prints each failing record with what was expected and what Dyad coded, and last a line "passed N/M".
Each record's "config" options are honoured: require_dyad and the comma-clause limits.

Options:
  --lexicon SPEC     petrarch:DIR (a folder of PETRARCH/TABARI dictionaries), or a Dyad data folder
  --out FILE         write Dyad's analyses (dyad/analysis@1 JSONL), one per coded record
  --set NAME         in a folder holding both, use PETRARCH's test dictionaries (validation, the default)
                     or the others (operational: Phoenix actors, CAMEO verb patterns)
  --quiet            print only the summary lines
  -h, --help         this help`;

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("eval petrarch-validation", argv, {
    lexicon: { type: "string" },
    out: { type: "string" },
    set: { type: "string" },
    quiet: { type: "boolean" },
    help: { type: "boolean", short: "h" },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return EXIT.ok;
  }
  const [path] = positionals;
  if (!path || positionals.length > 1) {
    throw new UsageError(
      "eval petrarch-validation: give one gold file (see dyad eval petrarch-validation --help)",
    );
  }
  if (!values.lexicon) {
    throw new UsageError("eval petrarch-validation: give the dictionaries with --lexicon petrarch:DIR");
  }
  let records: PetrarchRecord[];
  try {
    records = readPetrarchGold(path).filter((r) => r.active !== false);
  } catch (e) {
    if (e instanceof GoldFileError) throw new UsageError(`eval petrarch-validation: ${e.message}`);
    throw e;
  }
  const set = values.set ?? "validation";
  if (set !== "validation" && set !== "operational") {
    throw new UsageError(`eval petrarch-validation: --set "${set}": use validation or operational`);
  }
  const started = performance.now();
  const { lexicon, issues } = resolveLexicon(values.lexicon, set);
  const loadSeconds = (performance.now() - started) / 1000;
  for (const i of issues) report(`${i.file}:${i.line}: ${i.message}`);

  const result = runValidation(records, lexicon);
  const lines: string[] = [];
  if (!values.quiet) for (const f of result.failures) lines.push(formatFailure(f));
  const c = result.counts;
  const precision = c.predicted ? c.tp / c.predicted : 0;
  const recall = c.expected ? c.tp / c.expected : 0;
  lines.push(
    `events: expected ${c.expected}, coded ${c.predicted}, correct ${c.tp}; precision ${precision.toFixed(2)}, recall ${recall.toFixed(2)}`,
    `dictionaries loaded in ${loadSeconds.toFixed(1)} s; records coded in ${result.seconds.toFixed(1)} s`,
    `passed ${result.passed}/${records.length}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
  if (values.out) writeFileSync(values.out, result.analyses.map((a) => `${JSON.stringify(a)}\n`).join(""));
  return EXIT.ok;
}

export interface Failure {
  record: PetrarchRecord;
  expected: Triple[];
  got: Triple[];
}

export interface ValidationResult {
  passed: number;
  failures: Failure[];
  counts: EventCounts;
  analyses: Analysis[];
  seconds: number;
}

/** Codes each record with its own options and compares triple sets. Pure but for the clock. */
export function runValidation(records: PetrarchRecord[], lexicon: Lexicon): ValidationResult {
  const started = performance.now();
  const counts: EventCounts = { tp: 0, predicted: 0, expected: 0 };
  const failures: Failure[] = [];
  const analyses: Analysis[] = [];
  let passed = 0;
  const agentOnly = agentCodeTest(lexicon);
  for (const record of records) {
    const options = optionsOf(record);
    const text = deleteCommaClauses(record.text, options);
    const analysis = analyze({ id: record.id, text, date: recordDate(record.date) }, { lexicon });
    analyses.push(analysis);
    const expected = expectedTriples(record);
    const got = predictedTriples(analysis, options.require_dyad, agentOnly);
    countEvents(expected, got, counts);
    if (sameSet(expected, got)) passed++;
    else failures.push({ record, expected, got });
  }
  return { passed, failures, counts, analyses, seconds: (performance.now() - started) / 1000 };
}

function formatFailure(f: Failure): string {
  const show = (ts: Triple[]) =>
    ts.length ? ts.map((t) => `(${t.split("|").join(", ")})`).join(" ") : "(none)";
  return [
    `FAIL ${f.record.id}${f.record.category ? ` [${f.record.category}]` : ""}: ${f.record.text}`,
    `  expected ${show(f.expected)}`,
    `  got      ${show(f.got)}`,
  ].join("\n");
}

/** Whether a code is an agent's alone (a role with no country or organisation before it). */
function agentCodeTest(lexicon: Lexicon): (code: string) => boolean {
  const roles = new Set<string>();
  const actors = new Set<string>([
    ...lexicon.actors.countries.keys(),
    ...lexicon.actors.organizations.map((o) => o.code),
  ]);
  for (const entries of lexicon.actors.forms.values()) {
    for (const e of entries) if (e.type === "agent") roles.add(e.agent.role);
  }
  return (code) => roles.has(code) && !actors.has(code);
}

/** A record's date as Dyad takes it: YYYYMMDD, or YYMMDD as in PETRARCH (19xx from 30 on); else none. */
function recordDate(date: string | undefined): string | null {
  if (!date) return null;
  return normalizeDictDate(date);
}
