import {
  closeSync,
  createReadStream,
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
} from "node:fs";
import { basename, extname, join } from "node:path";
import { createInterface } from "node:readline";
import type { Readable } from "node:stream";
import { readFeed } from "./feed.js";
import { htmlArticle } from "./html.js";
import { jsonlArticle } from "./jsonl.js";
import { DEFAULT_MAX_BYTES, type InputRecord, looksBinary, type ReadOptions, tooLarge } from "./records.js";
import { textArticle } from "./text.js";

/** How a whole file becomes one document. */
type WholeFileReader = (id: string, content: string) => import("./article.js").Article;
/** How a file of many documents becomes a stream of records. */
type StreamReader = (
  origin: string,
  input: Readable,
  options: Required<ReadOptions>,
) => AsyncIterable<InputRecord>;

const WHOLE_FILE: Record<string, WholeFileReader> = {
  ".txt": textArticle,
  ".text": textArticle,
  ".html": htmlArticle,
  ".htm": htmlArticle,
};
const STREAMS: Record<string, StreamReader> = {
  ".jsonl": readJsonl,
  ".ndjson": readJsonl,
  ".rss": readFeed,
  ".atom": readFeed,
  ".xml": readFeed,
};

/** Registers a reader for another kind of file (feeds, CSV) without touching the dispatch below. */
export function registerReader(extension: string, reader: WholeFileReader | { stream: StreamReader }): void {
  if (typeof reader === "function") WHOLE_FILE[extension] = reader;
  else STREAMS[extension] = reader.stream;
}

export function knownExtensions(): string[] {
  return [...Object.keys(WHOLE_FILE), ...Object.keys(STREAMS)].sort();
}

/**
 * Every document in the given inputs, in order: files by extension, folders recursively, `-` for
 * standard input. Bad inputs and bad records come out as `{error}` records; nothing stops the batch.
 */
export async function* readInputs(paths: string[], options: ReadOptions = {}): AsyncGenerator<InputRecord> {
  const opts = { maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
  for (const path of paths) {
    if (path === "-") {
      yield* readStdin(process.stdin, opts);
      continue;
    }
    if (!existsSync(path)) {
      yield { origin: path, error: "no such file or folder: check the path" };
      continue;
    }
    if (statSync(path).isDirectory()) {
      const files = listFolder(path);
      if (files.length === 0) {
        yield {
          origin: path,
          error: `the folder holds no file Dyad can read (${knownExtensions().join(" ")}): point to a folder of articles`,
        };
        continue;
      }
      for (const f of files) yield* readFile(f, opts);
    } else {
      yield* readFile(path, opts);
    }
  }
}

/** Readable files under a folder, recursively, in a stable (sorted) order; hidden files are skipped. */
function listFolder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith(".") || name === "node_modules") continue;
    const path = join(dir, name);
    const st = statSync(path);
    if (st.isDirectory()) out.push(...listFolder(path));
    else if (readerFor(path)) out.push(path);
  }
  return out;
}

function readerFor(path: string): WholeFileReader | StreamReader | undefined {
  const ext = extname(path).toLowerCase();
  return WHOLE_FILE[ext] ?? STREAMS[ext];
}

async function* readFile(path: string, opts: Required<ReadOptions>): AsyncGenerator<InputRecord> {
  const ext = extname(path).toLowerCase();
  if (!readerFor(path)) {
    yield {
      origin: path,
      error: `unknown file type "${ext || "(none)"}": Dyad reads ${knownExtensions().join(" ")}, a folder, or - for standard input`,
    };
    return;
  }
  let size: number;
  try {
    size = statSync(path).size;
  } catch (e) {
    yield {
      origin: path,
      error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"}): check its permissions`,
    };
    return;
  }
  if (size === 0) {
    yield { origin: path, error: "the file is empty: nothing to analyze" };
    return;
  }
  const stream = STREAMS[ext];
  if (stream) {
    let head: Buffer;
    try {
      head = readHead(path);
    } catch (e) {
      yield {
        origin: path,
        error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"}): check its permissions`,
      };
      return;
    }
    if (looksBinary(head)) {
      yield { origin: path, error: "this is a binary file, not text: give Dyad text, HTML or JSONL" };
      return;
    }
    yield* stream(path, createReadStream(path, { encoding: "utf8" }), opts);
    return;
  }
  if (size > opts.maxBytes) {
    yield { origin: path, error: tooLarge(size, opts.maxBytes) };
    return;
  }
  let buf: Buffer;
  try {
    buf = readFileSync(path);
  } catch (e) {
    yield {
      origin: path,
      error: `cannot read the file (${(e as NodeJS.ErrnoException).code ?? "error"}): check its permissions`,
    };
    return;
  }
  if (looksBinary(buf)) {
    yield { origin: path, error: "this is a binary file, not text: give Dyad text, HTML or JSONL" };
    return;
  }
  const content = buf.toString("utf8");
  if (content.trim() === "") {
    yield { origin: path, error: "the file holds only white space: nothing to analyze" };
    return;
  }
  const article = WHOLE_FILE[ext](basename(path, extname(path)), content);
  if (article.text.trim() === "") {
    yield { origin: path, error: "no article text found in the page" };
    return;
  }
  yield { origin: path, article };
}

/** The first 8 KB of a file, to tell text from binary without reading it all. */
function readHead(path: string): Buffer {
  const fd = openSync(path, "r");
  try {
    const buf = Buffer.alloc(8192);
    return buf.subarray(0, readSync(fd, buf, 0, buf.length, 0));
  } finally {
    closeSync(fd);
  }
}

/** JSONL: one document a line, streamed, so a large corpus never sits in memory whole. */
async function* readJsonl(
  origin: string,
  input: Readable,
  opts: Required<ReadOptions>,
): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY });
  const name = basename(origin, extname(origin));
  let n = 0;
  let any = false;
  for await (const line of lines) {
    n++;
    if (line.trim() === "") continue;
    any = true;
    const where = `${origin}:${n}`;
    if (Buffer.byteLength(line) > opts.maxBytes) {
      yield { origin: where, error: tooLarge(Buffer.byteLength(line), opts.maxBytes) };
      continue;
    }
    const r = jsonlArticle(line, `${name}-${n}`);
    if ("error" in r) yield { origin: where, error: `${r.error}: fix or remove this line` };
    else {
      if (r.warning) r.article.warnings = [r.warning];
      yield { origin: where, article: r.article };
    }
  }
  if (!any) yield { origin, error: "the file holds no JSON lines: nothing to analyze" };
}

/** Standard input: JSONL when the first line is a JSON object, HTML when it starts with a tag, else text. */
async function* readStdin(input: Readable, opts: Required<ReadOptions>): AsyncGenerator<InputRecord> {
  const origin = "(stdin)";
  input.setEncoding("utf8");
  const iterator = input[Symbol.asyncIterator]();
  let buffered = "";
  // Read just enough to tell the format.
  while (buffered.trim() === "" || !/\n/.test(buffered.trimStart())) {
    const next = await iterator.next();
    if (next.done) break;
    buffered += next.value;
  }
  const head = buffered.trimStart();
  async function* rest(): AsyncGenerator<string> {
    yield buffered;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as string;
    }
  }
  const { Readable: R } = await import("node:stream");
  if (head.startsWith("{")) {
    yield* readJsonl(origin, R.from(rest()), opts);
    return;
  }
  let content = "";
  for await (const chunk of rest()) {
    content += chunk;
    if (Buffer.byteLength(content) > opts.maxBytes) {
      yield { origin, error: tooLarge(Buffer.byteLength(content), opts.maxBytes) };
      return;
    }
  }
  if (content.trim() === "") {
    yield { origin, error: "standard input is empty: nothing to analyze" };
    return;
  }
  const article = head.startsWith("<") ? htmlArticle("stdin", content) : textArticle("stdin", content);
  yield { origin, article };
}
