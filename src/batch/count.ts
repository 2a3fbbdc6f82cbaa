import { createReadStream, readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { knownExtensions } from "../ingest/readers.js";

/**
 * How many documents the inputs hold, for the progress bar's ETA: a JSONL line or a feed item is one,
 * any other file one. A quick pass that reads bytes and parses nothing; null when unknowable (stdin).
 */
export async function countDocuments(paths: readonly string[]): Promise<number | null> {
  const known = new Set(knownExtensions());
  let total = 0;
  for (const path of paths) {
    if (path === "-") return null;
    let files: string[];
    try {
      files = statSync(path).isDirectory() ? listFiles(path, known) : [path];
    } catch {
      continue; // The reader reports the missing input.
    }
    for (const f of files) total += await documentsIn(f);
  }
  return total;
}

function listFiles(dir: string, known: Set<string>): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(path, known));
    else if (known.has(extname(name).toLowerCase())) out.push(path);
  }
  return out;
}

async function documentsIn(path: string): Promise<number> {
  const ext = extname(path).toLowerCase();
  if (ext === ".jsonl" || ext === ".ndjson") return countMatches(path, /\n\s*\S/g, true);
  if (ext === ".rss" || ext === ".atom" || ext === ".xml")
    return countMatches(path, /<(item|entry)[\s>]/g, false);
  return 1;
}

/** Matches of a pattern over a file read in chunks; `firstLine` adds one for a non-empty first line. */
async function countMatches(path: string, pattern: RegExp, firstLine: boolean): Promise<number> {
  let n = 0;
  let carry = firstLine ? "\n" : "";
  try {
    for await (const chunk of createReadStream(path, { encoding: "utf8", highWaterMark: 1 << 20 })) {
      const text = carry + (chunk as string);
      // Count the matches that start before the last 64 characters; the tail is carried over.
      const cut = Math.max(0, text.length - 64);
      for (const m of text.matchAll(pattern)) if (m.index < cut) n++;
      carry = text.slice(cut);
    }
    for (const _ of carry.matchAll(pattern)) n++;
  } catch {
    return 1;
  }
  return n;
}
