import type { CleanLexicon } from "../lexicon/clean.js";
import type { Lexicon } from "../lexicon/lexicon.js";
import type { Dateline, Doc, Range } from "./doc.js";

const SOURCE_HEADER = /^\s*\[Source:\s*([^\]\n]+?)\s*\]\s*$/i;
/** Characters that are white space to a reader but not to a regex (no-break, thin, ideographic spaces). */
const ODD_SPACES = /[\t\v\f\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
/** Invisible characters that only get in the way of matching words. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/**
 * A wire dateline at the head of the story: "LONDON (Reuters) -", "NAIROBI, March 3 (AFP) —",
 * "KYIV, Ukraine (AP) —", "GAZA CITY, Palestinian Territories:". The place is in capitals, which is what
 * tells it from a sentence.
 */
const DATELINE =
  /^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+){0,3})((?:, [A-Z][A-Za-z.]+(?: [A-Z][A-Za-z.]+)?)?(?:,? (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2})?)\s*(?:\(([^()\n]{2,40})\))?\s*([-–—]+|:)\s+/;

/**
 * Cleans the raw text: reads a `[Source: NAME]` header, drops boilerplate lines (the data list in
 * `en/boilerplate.txt`), folds white space while keeping paragraphs, and finds a dateline. Characters of
 * the story are kept as they are (curly quotes stay), so every later offset points into this text.
 */
export function clean(doc: Doc, lexicon: Lexicon): void {
  let lines = doc.article.text.replace(/\r\n?/g, "\n").replace(INVISIBLE, "").split("\n");

  const first = lines.findIndex((l) => l.trim() !== "");
  const header = first >= 0 ? SOURCE_HEADER.exec(lines[first]) : null;
  if (header) {
    if (!doc.source) doc.source = header[1];
    lines = lines.slice(first + 1);
  }

  const paragraphs = toParagraphs(lines, lexicon.clean);
  const ranges: Range[] = [];
  let text = "";
  for (const p of paragraphs) {
    if (text) text += "\n\n";
    ranges.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  doc.text = text;
  doc.paragraphs = ranges;
  doc.dateline = findDateline(text, ranges);
}

/**
 * Groups lines into paragraphs. Blank lines separate paragraphs; where a text has no blank line at all,
 * each line is a paragraph (one-paragraph-per-line exports). Lines inside a paragraph are joined by a space.
 */
function toParagraphs(rawLines: string[], { boilerplate, maxLineLength }: CleanLexicon): string[] {
  const lines = rawLines.map((l) => l.replace(ODD_SPACES, " ").replace(/ {2,}/g, " ").trim());
  const kept = lines.map((l) => (l !== "" && l.length <= maxLineLength && boilerplate.test(l) ? null : l));
  const hasBlank = kept.some((l, i) => l === "" && i > 0 && i < kept.length - 1);
  const out: string[] = [];
  let current: string[] = [];
  const flush = () => {
    if (current.length) out.push(current.join(" "));
    current = [];
  };
  for (const l of kept) {
    if (l === null) continue; // a dropped line joins nothing and splits nothing
    if (l === "") flush();
    else {
      current.push(l);
      if (!hasBlank) flush();
    }
  }
  flush();
  return out;
}

function findDateline(text: string, paragraphs: Range[]): Dateline | null {
  // The dateline opens the first or second paragraph (the first may be a headline).
  for (const p of paragraphs.slice(0, 2)) {
    const m = DATELINE.exec(text.slice(p.start, p.end));
    if (!m) continue;
    const place = m[1];
    // A lone capitalised word with no agency and no date is too weak ("US - China talks").
    if (!m[3] && !m[2] && !/ /.test(place) && place.length < 4) continue;
    // With a colon, a bare word in capitals is more often a label ("UPDATE:", "EXCLUSIVE:"): a region or date must follow the place.
    if (m[4] === ":" && !m[2]) continue;
    return { start: p.start, end: p.start + m[0].length, place, agency: m[3] ?? null };
  }
  return null;
}
