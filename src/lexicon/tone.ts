import { type DataBundle, dataLines, LexiconError, tsvRows } from "./bundle.js";

/**
 * Word valences for the tone stage: VADER's lexicon (made for social text, shipped in vader-sentiment)
 * with the project's news vocabulary (`en/tone.tsv`) added over it. A word counts as positive or
 * negative only when |valence| >= MIN_VALENCE: VADER rates many near-neutral words, and GDELT's tone
 * counts words, not intensities.
 */
export interface ToneLexicon {
  valence: Map<string, number>;
}

export const VADER_FILE = "vendor/vader_lexicon.txt";
export const TONE_FILE = "en/tone.tsv";
export const MIN_VALENCE = 1;

export function compileToneLexicon(bundle: DataBundle): ToneLexicon {
  const valence = new Map<string, number>();
  // VADER's file: token, mean valence, standard deviation, the raters' scores; tab-separated, no header.
  for (const { line, text } of dataLines(bundle, VADER_FILE)) {
    const [word, value] = text.split("\t");
    const v = Number(value);
    if (!word || Number.isNaN(v))
      throw new LexiconError(VADER_FILE, line, "expected a token and its valence");
    valence.set(word, v);
  }
  for (const { line, row } of tsvRows(bundle, TONE_FILE)) {
    const v = Number(row.valence);
    if (!row.word || row.valence === "" || Number.isNaN(v) || v < -4 || v > 4) {
      throw new LexiconError(TONE_FILE, line, "expected a word and a valence between -4 and 4");
    }
    // 0 is kept: it stops the lookup, so the lemma cannot bring the word back ("according" → "accord").
    valence.set(row.word.toLowerCase(), v);
  }
  return { valence };
}
