import { parentPort, workerData } from "node:worker_threads";
import type { Lexicon } from "../lexicon/lexicon.js";
import { loadLexicon } from "../lexicon/load.js";
import { runPipeline, toAnalysis } from "../pipeline/index.js";
import { openWriter } from "../store/sqlite/writer-connection.js";
import type { StoredAnalysis } from "../store/store.js";
import { OrderedCommits } from "./commits.js";
import type { ToWorker, WorkerMessage, WorkerOptions } from "./messages.js";

/**
 * A pool worker: loads the lexicon once, then, during an ingest run, analyzes the documents it is sent
 * and writes them itself, a batch per transaction, through a database connection of its own. Only small
 * messages go back to the main thread (counts, failures): an analysis is never copied across threads.
 */
const port = parentPort;
if (!port) throw new Error("src/batch/worker.ts runs as a worker thread");
const post = (m: WorkerMessage) => port.postMessage(m);

let lexicon: Lexicon | null = null;
let lexiconError = "";
try {
  const options = workerData as WorkerOptions;
  lexicon = loadLexicon(options.dataDir ? { dataDir: options.dataDir } : {});
} catch (e) {
  lexiconError = (e as Error).message;
  post({ type: "fatal", error: lexiconError, name: (e as Error).name });
}
if (lexicon) {
  try {
    // One small document loads wink-nlp's model before the first real one; a failure shows on that one.
    runPipeline({ id: "warm-up", text: "The minister met the envoy on Monday." }, lexicon);
  } catch {
    // Reported per document.
  }
  post({ type: "ready" });
}

/** The open run: its writer and the batches not yet committed. */
let run: { commits: OrderedCommits; close: () => void } | null = null;

function analyze(job: Extract<ToWorker, { type: "doc" }>): StoredAnalysis | null {
  if (!lexicon) {
    post({ type: "failed", seq: job.seq, error: `the lexicon did not load: ${lexiconError}` });
    return null;
  }
  try {
    const doc = runPipeline(job.article, lexicon);
    return { ...toAnalysis(doc), sentenceTone: doc.sentenceTone, inputHash: job.inputHash };
  } catch (e) {
    post({ type: "failed", seq: job.seq, error: (e as Error).message });
    return null;
  }
}

port.on("message", (m: ToWorker) => {
  switch (m.type) {
    case "open":
      try {
        const { writer, close } = openWriter(m.db);
        const commits = new OrderedCommits(
          new Int32Array(m.turn),
          (batch) => writer.write(batch),
          (batch, outcome) =>
            post(
              "result" in outcome
                ? { type: "committed", batch, result: outcome.result }
                : { type: "write-failed", batch, error: outcome.error },
            ),
          (batch) => post({ type: "analyzed", batch }),
        );
        run = { commits, close };
        post({ type: "opened" });
      } catch (e) {
        post({ type: "open-failed", error: (e as Error).message });
      }
      return;
    case "doc":
      run?.commits.add(m.batch, analyze(m));
      break;
    case "seal":
      run?.commits.seal(m.batch, m.size);
      break;
    case "close":
      run?.close();
      run = null;
      post({ type: "closed" });
      return;
  }
  run?.commits.flush();
});
