import { parentPort, workerData } from "node:worker_threads";
import type { Lexicon } from "../lexicon/lexicon.js";
import { loadLexicon } from "../lexicon/load.js";
import { runPipeline, toAnalysis } from "../pipeline/index.js";
import type { Job, WorkerMessage, WorkerOptions } from "./messages.js";

/**
 * A pool worker: loads the lexicon once, then analyzes the articles it is sent. The pipeline is a pure
 * function of (article, lexicon), so workers share nothing and need no locks.
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

port.on("message", (job: Job) => {
  if (!lexicon) {
    post({ type: "failed", seq: job.seq, error: `the lexicon did not load: ${lexiconError}` });
    return;
  }
  try {
    const doc = runPipeline(job.article, lexicon);
    post({ type: "done", seq: job.seq, analysis: { ...toAnalysis(doc), sentenceTone: doc.sentenceTone } });
  } catch (e) {
    post({ type: "failed", seq: job.seq, error: (e as Error).message });
  }
});
