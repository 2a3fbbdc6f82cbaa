import type { Range } from "../doc.js";

/**
 * A stretch of text between quotation marks, without the marks. News style lets a quotation run over
 * several paragraphs: a paragraph that opens a quote and does not close it continues in the next one,
 * which opens with a quote mark again. Such fragments share a `chain`.
 */
export interface QuoteFragment extends Range {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or null when the paragraph ended first. */
  close: number | null;
  paragraph: number;
  mark: "double" | "single";
  /** Fragments of one quotation running over paragraphs have the same chain number. */
  chain: number;
}

const isSpace = (c: string) => c === "" || /\s/.test(c);
const isWordChar = (c: string) => c !== "" && /[\p{L}\p{N}]/u.test(c);
/** Characters after which a straight quote mark opens a quotation. */
const OPENS_AFTER = new Set(["(", "[", "{", "—", "–", "-", "/", ":"]);

/**
 * Finds quotation fragments in one linear pass over each paragraph: curly and straight double marks,
 * and top-level single marks (British style) told apart from apostrophes by the characters around them.
 */
export function findQuoteFragments(text: string, paragraphs: Range[]): QuoteFragment[] {
  const paras = paragraphs.length > 0 ? paragraphs : [{ start: 0, end: text.length }];
  const out: QuoteFragment[] = [];
  let chain = 0;
  let pendingChain: number | null = null; // chain of an unclosed fragment that the next paragraph may continue
  paras.forEach((para, p) => {
    let open: { at: number; mark: "double" | "single"; family: "curly" | "straight" } | null = null;
    const firstMark = firstNonSpace(text, para.start, para.end);
    const continues = pendingChain !== null && firstMark >= 0 && isOpeningChar(text[firstMark]);
    let chainHere = continues && pendingChain !== null ? pendingChain : -1;
    pendingChain = null;
    const push = (
      start: number,
      end: number,
      close: number | null,
      mark: "double" | "single",
      at: number,
    ) => {
      if (end <= start) return;
      const c = chainHere >= 0 ? chainHere : chain++;
      chainHere = -1;
      out.push({ start, end, open: at, close, paragraph: p, mark, chain: c });
      return c;
    };
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      const prev = i > para.start ? text[i - 1] : "";
      const next = i + 1 < para.end ? text[i + 1] : "";
      // Each family closes only its own opener: inside “…” a straight " or a single mark is text, and
      // the other way round, so a quotation nested in another never ends the outer one.
      if (open === null) {
        if (c === "“" || c === "„" || (c === "”" && i === firstMark))
          open = { at: i, mark: "double", family: "curly" };
        else if (c === '"' && (isSpace(prev) || OPENS_AFTER.has(prev) || prev === "‘") && !isSpace(next)) {
          open = { at: i, mark: "double", family: "straight" };
        } else if (
          (c === "‘" || c === "'") &&
          (isSpace(prev) || OPENS_AFTER.has(prev) || prev === "“") &&
          isWordChar(next)
        ) {
          open = { at: i, mark: "single", family: c === "‘" ? "curly" : "straight" };
        }
        continue;
      }
      const closes =
        open.mark === "double"
          ? open.family === "curly"
            ? c === "”"
            : c === '"'
          : (c === "’" || (c === "'" && open.family === "straight")) && !isWordChar(next) && !isSpace(prev);
      if (closes) {
        push(open.at + 1, i, i, open.mark, open.at);
        open = null;
      }
    }
    // A paragraph that ends inside a double quotation: the quotation runs to its end, and on into the
    // next paragraph if that one opens with a mark. An unclosed single mark was an apostrophe.
    if (open?.mark === "double") {
      const end = trimEnd(text, open.at + 1, para.end);
      const c = push(open.at + 1, end, null, "double", open.at);
      if (c !== undefined) pendingChain = c;
    }
  });
  return out;
}

function isOpeningChar(c: string): boolean {
  return c === "“" || c === '"' || c === "‘" || c === "„" || c === "”";
}

function firstNonSpace(text: string, start: number, end: number): number {
  for (let i = start; i < end; i++) if (!isSpace(text[i])) return i;
  return -1;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && isSpace(text[e - 1])) e--;
  return e;
}

/** Index of the fragment containing `offset` (marks included), or -1; fragments are sorted by start. */
export function fragmentAt(fragments: QuoteFragment[], offset: number): number {
  let lo = 0;
  let hi = fragments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const f = fragments[mid];
    const end = f.close === null ? f.end : f.close + 1;
    if (offset < f.open) hi = mid - 1;
    else if (offset >= end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
