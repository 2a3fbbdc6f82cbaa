/**
 * The pipeline against wink-nlp's tokenization alone, interleaved document by document so that a busy machine
 * slows both alike, in CPU time; prints the ratio and each stage's share. For CPU profiles:
 *   node --import tsx --cpu-prof --cpu-prof-dir=/tmp/prof bench/profile-pipeline.ts [docs]
 */
import model from "wink-eng-lite-web-model";
import winkNLP from "wink-nlp";
import { compileLexicon } from "../src/lexicon/lexicon.js";
import { readDataBundle } from "../src/lexicon/load.js";
import { vendorBundle } from "../src/lexicon/vendor.js";
import { newDoc } from "../src/pipeline/doc.js";
import { STAGES } from "../src/pipeline/index.js";
import { repeatedCorpus } from "./corpus.js";

const n = Number(process.argv[2] ?? 1000);
const lexicon = compileLexicon({ ...vendorBundle(), ...readDataBundle() });
const corpus = repeatedCorpus(n);
const nlp = winkNLP(model, ["sbd", "negation", "pos"]);
const its = nlp.its;
const stageMs = STAGES.map(() => 0);
let tokenizeMs = 0;
// CPU time of this process, not wall time: on a shared machine waiting for a core would count otherwise.
const now = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (const [k, a] of corpus.entries()) {
  const warm = k < 50;
  let t = now();
  const d = nlp.readDoc(a.text);
  d.tokens().out(its.value);
  d.tokens().out(its.pos);
  d.sentences().out(its.span);
  if (!warm) tokenizeMs += now() - t;
  const doc = newDoc(a);
  STAGES.forEach(([, stage], i) => {
    t = now();
    stage(doc, lexicon);
    if (!warm) stageMs[i] += now() - t;
  });
}
const pipelineMs = stageMs.reduce((x, y) => x + y, 0);
const timed = n - 50;
console.log(
  `${timed} docs: tokenize ${(tokenizeMs / timed).toFixed(2)} ms/doc, pipeline ${(pipelineMs / timed).toFixed(2)} ms/doc, ratio ${(tokenizeMs / pipelineMs).toFixed(3)}`,
);
for (const [i, [name]] of STAGES.entries())
  console.log(
    `  ${name.padEnd(9)} ${(stageMs[i] / timed).toFixed(2)} ms/doc  ${((100 * stageMs[i]) / pipelineMs).toFixed(0)}%`,
  );
