import type { Lexicon } from "../lexicon/lexicon.js";
import type { Doc } from "./doc.js";
import { countTokens, gdeltTone, type ToneCounts } from "./tone/score.js";

/**
 * Tone of the article and of each sentence, on GDELT's AvgTone scale: percentage of positive words
 * minus percentage of negative words, with VADER's lexicon plus the project's news words. Words inside
 * actor mentions do not count ("United Nations", "Justice Ministry"); a negator up to three words
 * before a word turns its valence, as VADER does.
 */
export function tone(doc: Doc, lexicon: Lexicon): void {
  const tokens = doc.tokens;
  const inName = new Uint8Array(tokens.length);
  for (const m of doc.mentions) inName.fill(1, m.tokenStart, m.tokenEnd);
  const total: ToneCounts = { words: 0, positive: 0, negative: 0 };
  doc.sentenceTone = doc.sentences.map((s) => {
    const counts = countTokens(tokens, s.tokenStart, s.tokenEnd, lexicon.tone, inName, {
      words: 0,
      positive: 0,
      negative: 0,
    });
    total.words += counts.words;
    total.positive += counts.positive;
    total.negative += counts.negative;
    return gdeltTone(counts).score;
  });
  doc.tone = gdeltTone(total);
}
