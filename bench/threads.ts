import { readdirSync, readFileSync } from "node:fs";

/** Per thread of this process: nanoseconds on a core and waiting for one (Linux schedstat), by thread id. */
export type ThreadTimes = Map<string, { run: number; wait: number }>;

/** null where /proc/self/task/N/schedstat cannot be read (not Linux, or schedstats off). */
export function threadTimes(): ThreadTimes | null {
  try {
    const out: ThreadTimes = new Map();
    for (const tid of readdirSync("/proc/self/task")) {
      const [run, wait] = readFileSync(`/proc/self/task/${tid}/schedstat`, "utf8").split(" ").map(Number);
      out.set(tid, { run, wait });
    }
    return out;
  } catch {
    return null;
  }
}

/**
 * How the `n` busiest threads between two samples (an ingest's workers) spent a run of `wallMs`: on a
 * core, waiting for one (other work on the machine), and idle (waiting for work: input, their turn to
 * commit). Shares of the wall time, averaged over the threads.
 */
export function busiest(
  before: ThreadTimes,
  after: ThreadTimes,
  n: number,
  wallMs: number,
): { running: number; waitingForCore: number; idle: number } {
  const deltas = [...after].map(([tid, a]) => {
    const b = before.get(tid) ?? { run: 0, wait: 0 };
    return { run: (a.run - b.run) / 1e6, wait: (a.wait - b.wait) / 1e6 };
  });
  const top = deltas.sort((x, y) => y.run - x.run).slice(0, n);
  const mean = (f: (d: { run: number; wait: number }) => number) =>
    top.reduce((s, d) => s + f(d), 0) / Math.max(1, top.length) / wallMs;
  const running = mean((d) => d.run);
  const waitingForCore = mean((d) => d.wait);
  return { running, waitingForCore, idle: Math.max(0, 1 - running - waitingForCore) };
}
