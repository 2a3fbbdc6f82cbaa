import type { PetrarchIssue } from "./types.js";

/** A line of a dictionary with comments removed; `text` keeps its leading white space. */
export interface DictLine {
  line: number;
  text: string;
}

/**
 * The lines of a dictionary file without comments: `<!-- ... -->` (possibly over several lines),
 * `# ...` and the legacy `; ...` to the end of the line. Blank lines are kept as "" so that parsers
 * that end a block at a blank line can see it. A line that opens a comment badly (`<! --`) is
 * reported and dropped.
 */
export function dictLines(content: string, file: string, issues: PetrarchIssue[]): DictLine[] {
  const out: DictLine[] = [];
  let inComment = false;
  const raw = content.split(/\r?\n/);
  for (let i = 0; i < raw.length; i++) {
    let text = raw[i];
    if (inComment) {
      const end = text.indexOf("-->");
      if (end < 0) continue;
      text = text.slice(end + 3);
      inComment = false;
    }
    // Inline and opening HTML-style comments.
    for (;;) {
      const open = text.indexOf("<!--");
      if (open < 0) break;
      const close = text.indexOf("-->", open + 4);
      if (close < 0) {
        text = text.slice(0, open);
        inComment = true;
        break;
      }
      text = text.slice(0, open) + text.slice(close + 3);
    }
    if (/^\s*<!/.test(text)) {
      issues.push({
        file,
        line: i + 1,
        message: `a broken comment ("${text.trim()}"): write <!-- ... -->; line skipped`,
      });
      continue;
    }
    text = stripLineComment(text).replace(/\s+$/, "");
    // A line that held only a comment is no line at all; only a truly blank line ends a block.
    if (text.trim() === "" && raw[i].trim() !== "") continue;
    out.push({ line: i + 1, text });
  }
  return out;
}

/** Cuts `# ...` and `; ...` from a line, but not a `#` inside brackets (the TABARI code "[###]"). */
function stripLineComment(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "[") depth++;
    else if (c === "]") depth = Math.max(0, depth - 1);
    else if (c === ";" || (c === "#" && depth === 0)) return text.slice(0, i);
  }
  return text;
}

/** Splits a phrase written with `_` or spaces into lower-case words; a final `_` is dropped. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s_]+/)
    .filter((w) => w !== "");
}

/** Regular English plural, as PETRARCH forms it: -ies after y, -es after ss, else -s. */
export function regularPlural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`;
  if (/ss$/.test(word)) return `${word}es`;
  return `${word}s`;
}

/** A phrase and its plural (the last word takes it), unless `plural` is false. */
export function withPlural(words: string[], plural: boolean): string[][] {
  if (!plural || words.length === 0) return [words];
  const last = words[words.length - 1];
  if (!/^[a-z]+$/.test(last)) return [words];
  return [words, [...words.slice(0, -1), regularPlural(last)]];
}

/** YYMMDD (19xx from 30 on, else 20xx) or YYYYMMDD → YYYYMMDD; null if not a date. */
export function normalizeDictDate(s: string): string | null {
  if (/^\d{8}$/.test(s)) return s;
  if (/^\d{6}$/.test(s)) return (Number(s.slice(0, 2)) >= 30 ? "19" : "20") + s;
  return null;
}
