import type { QuoteKind, Span } from "../analysis.js";
import { parse } from "../cli/args.js";
import { UsageError } from "../cli/errors.js";
import { loadLexicon } from "../lexicon/load.js";
import { runPipeline } from "../pipeline/index.js";
import { quoteRules } from "../pipeline/quotes/assemble.js";
import { offsetMapper } from "./quotes/align.js";
import { GoldFileError, type GoldQuoteDoc, readQuoteGold, selectSplit } from "./quotes/gold.js";
import { printMisses } from "./quotes/misses.js";
import { writeQuotesSection } from "./quotes/report.js";
import {
  addCounts,
  type DocQuoteScore,
  emptyCounts,
  type Prediction,
  rates,
  scoreDoc,
} from "./quotes/score.js";

export const summary = "quotes and speakers against quote-attribution gold (PolNeAR, GUM format)";

const HELP = `Usage: dyad eval quotes GOLD.jsonl [--split test|dev|train] [--kinds direct,mixed] [options]

Runs the pipeline (up to the quotes stage) over each gold article and scores its quotes. A gold quote is
found when more than 30% of its content characters lie inside one predicted quote, each prediction used
once. Prints precision, recall, F1 and speaker accuracy among found quotes, and writes them to the
Quotes section of docs/EVALUATION.md.

Options:
  --split NAME        only articles whose id contains /NAME/ (test, dev, train)
  --kinds LIST        only gold quotes of these kinds (direct, indirect, mixed); predictions of other
                      kinds that find nothing are not counted as false positives
  --threshold X       the share of gold characters to cover (default 0.3)
  --show-misses N     print N missed gold quotes, N false positives and N wrong speakers, in context
  --no-write          do not touch docs/EVALUATION.md`;

const KINDS = new Set<QuoteKind>(["direct", "indirect", "mixed"]);

export async function run(argv: string[]): Promise<number> {
  const { values, positionals } = parse("eval quotes", argv, {
    split: { type: "string" },
    kinds: { type: "string" },
    threshold: { type: "string" },
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
    throw new UsageError("eval quotes: give one gold file (see dyad eval quotes --help)");
  const kinds = values.kinds ? parseKinds(values.kinds) : null;
  const threshold = values.threshold === undefined ? 0.3 : Number(values.threshold);
  if (!(threshold >= 0 && threshold < 1))
    throw new UsageError(`eval quotes: --threshold "${values.threshold}" must be a number from 0 to 1`);
  const showMisses = values["show-misses"] === undefined ? 0 : Number.parseInt(values["show-misses"], 10);
  if (!(showMisses >= 0))
    throw new UsageError(`eval quotes: --show-misses "${values["show-misses"]}" must be a number`);

  let docs: GoldQuoteDoc[];
  try {
    docs = selectSplit(readQuoteGold(path), values.split ?? null);
  } catch (e) {
    if (e instanceof GoldFileError) throw new UsageError(`eval quotes: ${e.message}`);
    throw e;
  }
  if (docs.length === 0)
    throw new UsageError(`eval quotes: ${path} has no article in split "${values.split}"`);

  const lexicon = loadLexicon();
  let total = emptyCounts();
  const byKind = new Map<string, { gold: number; found: number }>();
  const scored: { doc: GoldQuoteDoc; pred: Prediction; score: DocQuoteScore }[] = [];
  const started = performance.now();
  for (const doc of docs) {
    let pred: Prediction = { quotes: [], actors: [] };
    try {
      const analysed = runPipeline({ id: doc.id, text: doc.text }, lexicon, "quotes");
      pred = toGoldOffsets(doc.text, analysed.text, { quotes: analysed.quotes, actors: analysed.actors });
    } catch (e) {
      // A failing article counts as one with no quotes found; the others are still scored.
      process.stderr.write(`dyad: eval quotes: ${doc.id}: ${(e as Error).message}\n`);
    }
    const score = scoreDoc(doc, pred, { threshold, kinds });
    total = addCounts(total, score.counts);
    for (const p of score.pairs) {
      const k = doc.quotes[p.gold].kind;
      const b = byKind.get(k) ?? { gold: 0, found: 0 };
      b.gold++;
      if (p.predicted !== null) b.found++;
      byKind.set(k, b);
    }
    scored.push({ doc, pred, score });
  }
  const seconds = (performance.now() - started) / 1000;
  const r = rates(total);
  const pct = (x: number) => (100 * x).toFixed(1);
  const lines = [
    `articles ${docs.length}, gold quotes ${total.gold}, predicted ${total.predicted}, found ${total.found}`,
    `precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  speaker accuracy ${pct(r.speakerAccuracy)}`,
    `recall by kind: ${[...byKind].map(([k, b]) => `${k} ${pct(b.found / b.gold)} (${b.gold})`).join(", ")}`,
    `${seconds.toFixed(1)} s`,
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  if (showMisses > 0) printMisses(scored, showMisses, (q) => quoteRules.get(q));
  if (!values["no-write"]) {
    writeQuotesSection(commandLine(argv), { articles: docs.length, ...total, ...r });
  }
  return 0;
}

/** The command as a reader would type it again, without the debugging options. */
function commandLine(argv: string[]): string {
  const kept: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--show-misses") i++;
    else if (!argv[i].startsWith("--show-misses=") && argv[i] !== "--no-write") kept.push(argv[i]);
  }
  return ["dyad eval quotes", ...kept].join(" ");
}

function parseKinds(value: string): QuoteKind[] {
  const kinds = value.split(",").map((k) => k.trim());
  for (const k of kinds) {
    if (!KINDS.has(k as QuoteKind))
      throw new UsageError(`eval quotes: unknown kind "${k}": use direct, indirect or mixed`);
  }
  return kinds as QuoteKind[];
}

/** The predicted spans moved onto the gold text's offsets (cleaning may fold white space). */
function toGoldOffsets(goldText: string, cleanedText: string, pred: Prediction): Prediction {
  if (goldText === cleanedText) return pred;
  const at = offsetMapper(goldText, cleanedText);
  const move = <T extends Span | null>(s: T): T =>
    s === null
      ? s
      : ({ ...s, start: at(s.start), end: s.end > s.start ? at(s.end - 1) + 1 : at(s.end) } as T);
  return {
    quotes: pred.quotes.map((q) => {
      const moved = {
        ...q,
        content: move(q.content),
        speakerMention: move(q.speakerMention),
        cue: move(q.cue),
      };
      const rule = quoteRules.get(q);
      if (rule) quoteRules.set(moved, rule);
      return moved;
    }),
    actors: pred.actors.map((a) => ({ ...a, mentions: a.mentions.map(move) })),
  };
}
