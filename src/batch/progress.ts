import type { IngestStats } from "./ingest.js";

/**
 * Progress of an ingest on standard error: a redrawn bar with documents per second and time left on a
 * terminal, a plain line every `plainEveryMs` otherwise (logs, CI).
 */
export class Progress {
  private total: number | null = null;
  private readonly started = Date.now();
  private lastDraw = 0;
  /** (time, documents done) samples over the last few seconds, for the rate. */
  private readonly samples: [number, number][] = [];
  private last: IngestStats | null = null;

  constructor(
    private readonly out: NodeJS.WriteStream = process.stderr,
    private readonly tty = Boolean(process.stderr.isTTY),
    private readonly plainEveryMs = 10_000,
  ) {}

  setTotal(total: number | null): void {
    this.total = total;
  }

  update(stats: IngestStats): void {
    this.last = stats;
    const now = Date.now();
    const done = doneOf(stats);
    this.samples.push([now, done]);
    while (this.samples.length > 2 && now - this.samples[0][0] > 5000) this.samples.shift();
    if (now - this.lastDraw < (this.tty ? 100 : this.plainEveryMs)) return;
    this.lastDraw = now;
    if (this.tty) this.out.write(`\r${this.line(done)}\x1b[K`);
    else this.out.write(`dyad ingest: ${this.line(done)}\n`);
  }

  /** Clears the bar so that other messages print on a clean line. */
  clear(): void {
    if (this.tty && this.lastDraw > 0) this.out.write("\r\x1b[K");
  }

  /** Redraws after a message. */
  redraw(): void {
    if (this.tty && this.last) this.out.write(`\r${this.line(doneOf(this.last))}\x1b[K`);
  }

  finish(): void {
    this.clear();
  }

  rate(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last[0] === first[0]) {
      const elapsed = (Date.now() - this.started) / 1000;
      return elapsed > 0 && last ? last[1] / elapsed : 0;
    }
    return ((last[1] - first[1]) * 1000) / (last[0] - first[0]);
  }

  private line(done: number): string {
    const rate = this.rate();
    const parts: string[] = [];
    if (this.total !== null && this.total > 0) {
      const fraction = Math.min(1, done / this.total);
      if (this.tty) parts.push(bar(fraction, 24));
      parts.push(`${done.toLocaleString("en")}/${this.total.toLocaleString("en")} docs`);
      parts.push(`${Math.floor(fraction * 100)}%`);
    } else parts.push(`${done.toLocaleString("en")} docs`);
    parts.push(`${rate >= 10 ? Math.round(rate) : rate.toFixed(1)} docs/s`);
    if (this.total !== null && rate > 0 && done < this.total)
      parts.push(`ETA ${duration((this.total - done) / rate)}`);
    if (this.last) {
      parts.push(`events ${this.last.eventMentions.toLocaleString("en")}`);
      if (this.last.failed > 0) parts.push(`failed ${this.last.failed}`);
    }
    return parts.join("  ");
  }
}

function doneOf(s: IngestStats): number {
  return s.stored + s.duplicates + s.failed;
}

function bar(fraction: number, width: number): string {
  const full = Math.round(fraction * width);
  return `[${"█".repeat(full)}${"░".repeat(width - full)}]`;
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function duration(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h > 0 ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
}
