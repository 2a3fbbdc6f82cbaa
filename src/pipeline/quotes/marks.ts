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
    const firstMark = firstNonSpace(text, para.start, para.end);
    const reopens = pendingChain !== null && firstMark >= 0 && isOpeningChar(text[firstMark]);
    // Some texts break a quotation into paragraphs without opening it again: the paragraph then has
    // a closing mark before any opening one, and the quotation runs on to it.
    const runsOn = pendingChain !== null && !reopens && firstMarkCloses(text, para.start, para.end);
    let chainHere = (reopens || runsOn) && pendingChain !== null ? pendingChain : -1;
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
    // Open marks, outermost first. Only outermost quotations become fragments; a quotation inside
    // another ("“He called it ‘a farce’,” she said", or “…” inside "…") just has to close first.
    const stack: { at: number; width: number; mark: "double" | "single" }[] = [];
    if (runsOn) stack.push({ at: para.start - 1, width: 1, mark: "double" });
    const close = (i: number, width: number) => {
      const outer = stack[0];
      if (stack.length === 1) push(outer.at + outer.width, i, i + width - 1, outer.mark, outer.at);
      stack.pop();
    };
    for (let i = para.start; i < para.end; i++) {
      const c = text[i];
      if (!MARKS.has(c)) continue;
      // Two apostrophes stand for a double mark in some archives (''like this'').
      const width = c === "'" && text[i + 1] === "'" ? 2 : 1;
      const double = width === 2 || DOUBLE.has(c);
      const prev = i > para.start ? text[i - 1] : "";
      const next = i + width < para.end ? text[i + width] : "";
      const openingPlace = isSpace(prev) || OPENS_AFTER.has(prev) || MARKS.has(prev);
      const top = stack.at(-1);
      if (double) {
        const hasDouble = stack.some((o) => o.mark === "double");
        const closer =
          c === "”" ||
          ((c === '"' || width === 2) &&
            ((!isSpace(prev) && !(openingPlace && !isSpace(next) && !hasDouble)) ||
              // "…coalitions, '' said Mr. Gunnels": a stray space before a mark that nothing follows
              (hasDouble && (isSpace(next) || next === ""))));
        if (closer && hasDouble) {
          while (stack.length && stack.at(-1)!.mark === "single") stack.pop(); // those were apostrophes
          close(i, width);
        } else if (
          c === "“" ||
          c === "„" ||
          (c === "”" && i === firstMark) ||
          (c !== "”" && openingPlace && !isSpace(next))
        ) {
          // “ inside “…: English nests single marks, so the first quotation lost its closing mark.
          if (c === "“" && stack.length === 1 && text[stack[0].at] === "“") {
            const outer = stack[0];
            push(outer.at + 1, trimEnd(text, outer.at + 1, i), null, "double", outer.at);
            stack.pop();
          }
          stack.push({ at: i, width, mark: "double" });
        }
      } else if (top?.mark === "single" && (c === "’" || c === "'") && !isWordChar(next) && !isSpace(prev)) {
        close(i, 1);
      } else if ((c === "‘" || c === "'") && openingPlace && isWordChar(next)) {
        stack.push({ at: i, width: 1, mark: "single" });
      }
      i += width - 1;
    }
    // A paragraph that ends inside a double quotation: the quotation runs to its end, and on into the
    // next paragraph if that one opens with a mark. An unclosed single mark was an apostrophe.
    const outer = stack[0];
    if (outer?.mark === "double") {
      const end = trimEnd(text, outer.at + outer.width, para.end);
      const c = push(outer.at + outer.width, end, null, "double", outer.at);
      if (c !== undefined) pendingChain = c;
    }
  });
  return out;
}

const MARKS = new Set(["“", "”", '"', "„", "‘", "’", "'"]);
const DOUBLE = new Set(["“", "”", '"', "„"]);

/** The first double mark of the paragraph stands where a quotation closes (after a word, before a space or the end). */
function firstMarkCloses(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === "“" || c === "„") return false;
    if (c === "”" || c === '"' || (c === "'" && text[i + 1] === "'")) {
      const next = i + 1 < end ? text[i + (c === "'" ? 2 : 1)] : "";
      return c === "”" || (!isSpace(text[i - 1] ?? "") && (isSpace(next ?? "") || !isWordChar(next ?? "")));
    }
  }
  return false;
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
