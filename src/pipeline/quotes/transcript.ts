import type { QuotesLexicon } from "../../lexicon/quotes.js";
import type { Doc } from "../doc.js";
import { trimChars } from "./content.js";
import type { Draft } from "./draft.js";

/**
 * Speaker labels: an interview transcript's "SMITH: …" paragraphs and a headline's "Smith: we will
 * win". The label (up to four capitalised words before a colon at the start of a paragraph) is the
 * speaker; the rest of the paragraph is what was said.
 */
export function labelledQuotes(doc: Doc, lexicon: QuotesLexicon): Draft[] {
  const { tokens, text } = doc;
  const out: Draft[] = [];
  let s = 0;
  doc.paragraphs.forEach((para, p) => {
    while (s < doc.sentences.length && doc.sentences[s].end <= para.start) s++;
    const sent = doc.sentences[s];
    if (!sent || sent.paragraph !== p) return;
    let i = sent.tokenStart;
    if (tokens[i] && /^[“"‘]$/.test(tokens[i].text)) i++;
    const labelStart = i;
    while (i < sent.tokenEnd && i - labelStart < 4 && isLabelWord(tokens[i].text)) i++;
    if (i === labelStart || tokens[i]?.text !== ":") return;
    const label = text
      .slice(tokens[labelStart].start, tokens[i - 1].end)
      .toLowerCase()
      .replace(/[’‘]/g, "'");
    if (lexicon.notSpeakerLabels.has(label)) return;
    // The content runs to the end of the paragraph, not on into the next speaker's turn.
    if (!tokens[i + 1] || tokens[i + 1].start >= para.end) return;
    const chars = trimChars(text, tokens[i + 1].start, para.end);
    if (!chars) return;
    out.push({
      contentStart: chars[0],
      contentEnd: chars[1],
      speaker: { start: labelStart, end: i, head: i - 1 },
      speakerChars: null,
      cue: [i, i + 1],
      addressee: null,
      sentence: s,
      paragraph: p,
      rule: "label",
    });
  });
  return out;
}

/** "SMITH", "Smith", "Gov.", "O'Brien": a capitalised word. */
function isLabelWord(word: string): boolean {
  return /^[A-Z][\p{L}'’.-]*$/u.test(word);
}
