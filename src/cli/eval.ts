import { EXIT, UsageError } from "./errors.js";

interface EvalCommand {
  summary: string;
  run(argv: string[]): Promise<number>;
}

/** One line per evaluation; each lives in src/eval/ and takes the gold file's path as an argument. */
const EVALS: Record<string, { summary: string; load: () => Promise<EvalCommand> }> = {
  actors: {
    summary: "actors and their codes against PLOVER gold records",
    load: () => import("../eval/actors.js"),
  },
  quotes: {
    summary: "quotes and speakers against quote-attribution gold",
    load: () => import("../eval/quotes.js"),
  },
  events: {
    summary: "events against PETRARCH triples or PLOVER event types",
    load: () => import("../eval/events.js"),
  },
  "petrarch-validation": {
    summary: "the PETRARCH validation suite, with PETRARCH dictionaries",
    load: () => import("../eval/tabari.js"),
  },
};

export const summary = "score Dyad against a gold set (actors, quotes, events, ...)";

export function help(): string {
  const rows = Object.entries(EVALS).map(([n, e]) => `  ${n.padEnd(22)} ${e.summary}`);
  return `Usage: dyad eval KIND GOLD.jsonl [options]

Scores Dyad against a gold set given by path (the data is never shipped with Dyad), prints the figures and
writes them to docs/EVALUATION.md. KIND is one of:
${rows.length ? rows.join("\n") : "  (none yet)"}

dyad eval KIND --help shows the options of one.`;
}

export async function run(argv: string[]): Promise<number> {
  const [kind, ...rest] = argv;
  if (!kind || kind === "--help" || kind === "-h") {
    process.stdout.write(`${help()}\n`);
    return kind ? EXIT.ok : EXIT.usage;
  }
  const entry = EVALS[kind];
  if (!entry) {
    throw new UsageError(
      `eval: unknown kind "${kind}": use one of ${Object.keys(EVALS).join(", ") || "(none yet)"}`,
    );
  }
  return (await entry.load()).run(rest);
}
