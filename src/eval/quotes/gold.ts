import { readFileSync } from "node:fs";

/**
 * The quote-attribution gold format (one article per line):
 * `{"id", "text", "quotes": [{speaker, speakerStart, speakerEnd, content, contentStart, contentEnd, cue,
 * cueStart, cueEnd, kind, contentSpans}]}`. Offsets index `text`, end exclusive.
 */
export interface GoldQuote {
  speaker: string | null;
  speakerStart: number | null;
  speakerEnd: number | null;
  content: string;
  contentStart: number;
  contentEnd: number;
  cue: string | null;
  cueStart: number | null;
  cueEnd: number | null;
  kind: "direct" | "indirect" | "mixed";
  contentSpans: [number, number][];
}

export interface GoldQuoteDoc {
  id: string;
  text: string;
  quotes: GoldQuote[];
}

export class GoldFileError extends Error {}

/** Reads a gold JSONL file; a missing file or a malformed line is one clear error naming the input. */
export function readQuoteGold(path: string): GoldQuoteDoc[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch (e) {
    throw new GoldFileError(`${path}: cannot read the gold file (${(e as NodeJS.ErrnoException).code ?? e})`);
  }
  const docs: GoldQuoteDoc[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let doc: GoldQuoteDoc;
    try {
      doc = JSON.parse(line) as GoldQuoteDoc;
    } catch {
      throw new GoldFileError(`${path}:${i + 1}: not a JSON line`);
    }
    if (typeof doc.id !== "string" || typeof doc.text !== "string" || !Array.isArray(doc.quotes)) {
      throw new GoldFileError(`${path}:${i + 1}: expected {"id", "text", "quotes": [...]}`);
    }
    for (const q of doc.quotes) {
      if (!Array.isArray(q.contentSpans)) q.contentSpans = [[q.contentStart, q.contentEnd]];
    }
    docs.push(doc);
  });
  return docs;
}

/** Documents of one split ("test" matches ids containing "/test/"); all of them when split is null. */
export function selectSplit(docs: GoldQuoteDoc[], split: string | null): GoldQuoteDoc[] {
  if (split === null) return docs;
  return docs.filter((d) => d.id.includes(`/${split}/`));
}
