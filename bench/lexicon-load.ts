/**
 * How long loading the lexicon takes: reading data/ into a bundle, compiling the whole lexicon, and the
 * actor lexicon alone (the largest part), in a fresh process as a command-line run pays it.
 *
 *   npx tsx bench/lexicon-load.ts [--runs N]
 *
 * The first run is the one a `dyad analyze` pays; later runs show the cost without JIT warm-up. CPU time
 * (all threads: the garbage collector's too) is printed beside wall time. On a machine busy with other
 * work, give the bench the CPU first: `chrt -f 50 npx tsx bench/lexicon-load.ts` (as root).
 * Target: under 300 ms for the whole lexicon.
 */
import { compileActorLexicon } from "../src/lexicon/actors.js";
import { compileLexicon } from "../src/lexicon/lexicon.js";
import { readDataBundle } from "../src/lexicon/load.js";

const runsArg = process.argv.indexOf("--runs");
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 5;

const ms = (t: number) => `${t.toFixed(0)} ms`;
const heapBefore = process.memoryUsage().heapUsed;
/** CPU time (user + system) of this process, in ms: on a busy machine a fairer figure than wall time. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
for (let r = 0; r < runs; r++) {
  const c0 = cpu();
  const t0 = performance.now();
  const bundle = readDataBundle();
  const t1 = performance.now();
  const lexicon = compileLexicon(bundle);
  const t2 = performance.now();
  const c2 = cpu();
  compileActorLexicon(bundle);
  const c3 = cpu();
  const t3 = performance.now();
  const size = Object.values(bundle).reduce((n, s) => n + s.length, 0);
  const heap = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(
    `run ${r + 1}: read ${ms(t1 - t0)} (${(size / 1e6).toFixed(1)} MB), compile whole lexicon ${ms(t2 - t1)}, ` +
      `load total ${ms(t2 - t0)} (CPU ${ms(c2 - c0)}); actor lexicon alone ${ms(t3 - t2)} (CPU ${ms(c3 - c2)}) ` +
      `(${lexicon.actors.forms.size} forms, ${lexicon.actors.places.size} places, ${lexicon.actors.people.length} people); heap +${heap.toFixed(0)} MB`,
  );
}
