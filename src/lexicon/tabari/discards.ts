import { dictLines } from "./lines.js";
import type { DiscardEntry, PetrarchIssue } from "./types.js";

/**
 * Parses a PETRARCH discard list: one phrase a line; `+PHRASE` discards the whole story, a bare
 * phrase only the sentence; a final `_` requires a word boundary after it, else it is a stem.
 */
export function parseDiscardList(content: string, file: string, issues: PetrarchIssue[]): DiscardEntry[] {
  const out: DiscardEntry[] = [];
  for (const { line, text } of dictLines(content, file, issues)) {
    let t = text.trim();
    if (t === "") continue;
    const story = t.startsWith("+");
    if (story) t = t.slice(1).trim();
    const wholeWord = t.endsWith("_");
    const phrase = t.replace(/_+$/, "").replace(/_/g, " ").replace(/\s+/g, " ").trim().toLowerCase();
    if (phrase === "" || /[[\]{}]/.test(phrase)) {
      issues.push({ file, line, message: `"${text.trim()}" is not a discard phrase; skipped` });
      continue;
    }
    out.push({ line, text: phrase, story, wholeWord });
  }
  return out;
}

/** Whether a discard phrase occurs in the text as PETRARCH looks for it: after a space, any case. */
export function discardMatches(d: DiscardEntry, text: string): boolean {
  const hay = ` ${text.toLowerCase().replace(/\s+/g, " ")} `;
  let from = 0;
  for (;;) {
    const i = hay.indexOf(` ${d.text}`, from);
    if (i < 0) return false;
    const after = hay[i + 1 + d.text.length];
    if (!d.wholeWord || after === undefined || /[\s.,;:!?'")\]-]/.test(after)) return true;
    from = i + 1;
  }
}
