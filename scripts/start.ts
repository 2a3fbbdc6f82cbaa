/**
 * `npm start`: the dashboard on the bundled examples, in one command. Builds the dashboard when web/dist
 * is missing or stale, ingests examples/ into the database when it holds no article (with `dyad ingest`),
 * then serves it and prints the address. Options after `--` go to `dyad serve` (--db, --port, --host).
 *
 *   npm start                 # http://127.0.0.1:8080/ over ./dyad.db
 *   npm start -- --port 9000
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { EXIT, report, UsageError } from "../src/cli/errors.js";
import { DEFAULT_DB, openStore } from "../src/store/open.js";
import { ensureWebBuilt } from "./web-build.js";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const DYAD = fileURLToPath(new URL("../bin/dyad.js", import.meta.url));
const args = process.argv.slice(2);
const { values } = parseArgs({ args, options: { db: { type: "string" } }, strict: false });
const db = typeof values.db === "string" ? values.db : DEFAULT_DB;

await ensureWebBuilt((line) => console.log(line));

const store = openStore(db);
const empty = store.counts().articles === 0;
store.close();
if (empty) {
  console.log(`Ingesting the bundled examples into ${db}…`);
  const ingest = spawnSync(process.execPath, [DYAD, "ingest", "examples", "--db", db, "--quiet"], {
    cwd: ROOT,
    stdio: "inherit",
  });
  // exit 1 means some records were skipped (and reported); the rest is stored and worth serving
  if (ingest.status !== 0 && ingest.status !== 1) process.exit(ingest.status ?? 1);
}

const serve = await import("../src/cli/serve.js");
try {
  process.exitCode = await serve.run(args);
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  report(e.message);
  process.exitCode = EXIT.usage;
}
