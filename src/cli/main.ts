import { readFileSync } from "node:fs";
import { EXIT, report, UsageError } from "./errors.js";

interface Command {
  summary: string;
  help: string | (() => string);
  run(argv: string[]): Promise<number>;
}

/** Each command lives in a file of its own and is loaded only when called. */
const COMMANDS: Record<string, () => Promise<Command>> = {
  analyze: () => import("./analyze.js"),
  eval: () => import("./eval.js"),
  serve: () => import("./serve.js"),
  ingest: () => import("./ingest.js"),
  query: () => import("./query.js"),
  export: () => import("./export.js"),
};

const SUMMARIES: Record<string, string> = {
  analyze: "analyze articles into actors, quotes and events (dyad/analysis@1)",
  eval: "score Dyad against a gold set",
  serve: "serve the HTTP API and the dashboard over a store",
  ingest: "analyze a corpus into an event database (SQLite), in parallel",
  query: "query the event database: events, dyads, quotes, actors",
  export: "export the events: GDELT 2.0 (61 columns), GDELT mentions, CSV or JSONL",
};

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
  return pkg.version as string;
}

function usage(): string {
  const rows = Object.keys(COMMANDS).map((c) => `  ${c.padEnd(10)} ${SUMMARIES[c] ?? ""}`);
  return `Dyad ${version()} — political event data from news: who did what to whom, and who said what.

Usage: dyad COMMAND [options]

Commands:
${rows.join("\n")}

  dyad COMMAND --help    options of a command
  dyad --version         the version`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h" || name === "help") {
    process.stdout.write(`${usage()}\n`);
    return name ? EXIT.ok : EXIT.usage;
  }
  if (name === "--version" || name === "-v") {
    process.stdout.write(`${version()}\n`);
    return EXIT.ok;
  }
  const load = COMMANDS[name];
  if (!load)
    throw new UsageError(
      `unknown command "${name}": use one of ${Object.keys(COMMANDS).join(", ")} (see dyad --help)`,
    );
  return (await load()).run(rest);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    if (e instanceof UsageError) {
      report(e.message);
      process.exitCode = EXIT.usage;
    } else if (e instanceof Error && e.name === "LexiconError") {
      report(`lexicon: ${e.message}`);
      process.exitCode = EXIT.usage;
    } else {
      report(
        `unexpected error: ${(e as Error)?.message ?? e}. This is a bug in Dyad; please report it with the input.`,
      );
      if (process.env.DYAD_DEBUG) console.error(e);
      process.exitCode = 3;
    }
  },
);
