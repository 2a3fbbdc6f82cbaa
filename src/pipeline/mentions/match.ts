import { caseFits, firstPiece, foldKey } from "../../lexicon/actors/forms.js";
import type { ActorLexicon, Entry } from "../../lexicon/actors.js";
import type { Doc, Token } from "../doc.js";

/** A run of tokens that spells a lexicon form, with the readings whose case fits the text. */
export interface RawMatch {
  start: number;
  /** One past the last token. */
  end: number;
  entries: Entry[];
}

/** Single words that must be tagged as names or nouns to count ("general" the adjective is no title). */
const NOMINAL = new Set(["NOUN", "PROPN"]);
const PRONOMINAL = new Set(["PRON", "DET"]);

/**
 * Greedy longest match of lexicon forms over the tokens of each sentence (a match never crosses a
 * sentence). Keys are built from folded tokens, so one Map lookup per candidate run: no per-form scan.
 */
export function matchForms(doc: Doc, lex: ActorLexicon): RawMatch[] {
  const tokens = doc.tokens;
  const folded = tokens.map((t) => foldKey(t.text));
  const out: RawMatch[] = [];
  for (const sentence of doc.sentences) {
    let i = sentence.tokenStart;
    while (i < sentence.tokenEnd) {
      const best = lex.firstPieces.has(firstPiece(folded[i]))
        ? longestAt(doc, lex, folded, i, sentence.tokenEnd)
        : null;
      if (best) {
        out.push(best);
        i = best.end;
      } else i++;
    }
  }
  return out;
}

function longestAt(doc: Doc, lex: ActorLexicon, folded: string[], i: number, limit: number): RawMatch | null {
  const tokens = doc.tokens;
  let key = folded[i];
  let best: RawMatch | null = null;
  for (let j = i; j < limit; j++) {
    if (j > i) key += (tokens[j - 1].end < tokens[j].start ? " " : "") + folded[j];
    if (key.length > lex.maxKeyLength) break;
    const found = readings(lex, key);
    if (found.length > 0) {
      const surface = doc.text.slice(tokens[i].start, tokens[j].end);
      const fitting = found.filter((e) => caseFits(e.form, surface) && posFits(e, tokens, i, j));
      if (fitting.length > 0) best = { start: i, end: j + 1, entries: fitting };
    }
    // Before a space, a run of words that begins no longer key ends the search.
    const spaceNext = j + 1 < limit && tokens[j].end < tokens[j + 1].start;
    if (spaceNext && !lex.spacePrefixes.has(key)) break;
  }
  return best;
}

function readings(lex: ActorLexicon, key: string): Entry[] {
  const forms = lex.forms.get(key);
  const place = lex.places.get(key);
  if (!place) return forms ?? [];
  const asPlace: Entry = { type: "place", form: place.name, place };
  return forms ? [...forms, asPlace] : [asPlace];
}

/** One-word readings must agree with the word's part of speech; longer forms speak for themselves. */
function posFits(entry: Entry, tokens: Token[], i: number, j: number): boolean {
  if (i !== j) return true;
  const pos = tokens[i].pos;
  switch (entry.type) {
    case "pronoun":
      return PRONOMINAL.has(pos);
    case "agent":
      return NOMINAL.has(pos);
    case "title":
      return entry.title.kind === "honorific" || entry.title.kind === "former" || NOMINAL.has(pos);
    case "place":
    case "person":
      return pos === "PROPN" || pos === "NOUN" || pos === "X";
    default:
      return true;
  }
}
