import type { QuotesLexicon } from "../../lexicon/quotes.js";
import type { Doc } from "../doc.js";
import { trimChars } from "./content.js";
import type { Draft } from "./draft.js";
import type { FragmentIndex } from "./fragments-index.js";

/**
 * Speaker labels: an interview transcript's "SMITH: …" paragraphs and a headline's "Smith: we will
 * win". The label (up to four capitalised words before a colon at the start of a paragraph) is the
 * speaker; the rest of the paragraph is what was said.
 */
export function labelledQuotes(doc: Doc, lexicon: QuotesLexicon, idx: FragmentIndex): Draft[] {
  const { tokens, text } = doc;
  const out: Draft[] = [];
  let s = 0;
  doc.paragraphs.forEach((para, p) => {
    if (out.length && out[out.length - 1].contentEnd > para.start) return; // taken by the turn before
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
    // The content runs to the end of the paragraph, and on through the paragraphs its quotation
    // continues into, up to the next speaker's turn.
    if (!tokens[i + 1] || tokens[i + 1].start >= para.end) return;
    const chars = trimChars(text, tokens[i + 1].start, turnEnd(doc, idx, lexicon, p));
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

/** Where the turn that opens paragraph p ends: its paragraph, or the last one its open quotation runs into. */
function turnEnd(doc: Doc, idx: FragmentIndex, lexicon: QuotesLexicon, p: number): number {
  let last = p;
  for (;;) {
    const para = doc.paragraphs[last];
    const f = idx.fragments.find(
      (fr) => fr.paragraph === last && fr.close === null && fr.end >= para.end - 2,
    );
    const next = doc.paragraphs[last + 1];
    if (!f || !next) break;
    const continued = idx.fragments.find((fr) => fr.paragraph === last + 1 && fr.chain === f.chain);
    if (!continued || startsWithLabel(doc, lexicon, last + 1)) break;
    last++;
  }
  return doc.paragraphs[last].end;
}

function startsWithLabel(doc: Doc, lexicon: QuotesLexicon, p: number): boolean {
  const para = doc.paragraphs[p];
  const m = /^\s*[“"‘]?((?:[A-Z][\p{L}'’.-]*\s*){1,4}):/u.exec(
    doc.text.slice(para.start, Math.min(para.end, para.start + 80)),
  );
  return m !== null && !lexicon.notSpeakerLabels.has(m[1].trim().toLowerCase().replace(/[’‘]/g, "'"));
}

/** "SMITH", "Smith", "Gov.", "O'Brien": a capitalised word. */
function isLabelWord(word: string): boolean {
  return /^[A-Z][\p{L}'’.-]*$/u.test(word);
}
