import type { Token } from "../doc.js";
import { FUTURE, isBe, MODALS, NEGATORS } from "./words.js";

/** The auxiliaries, particles and adverbs before a verb: tense, voice, negation and modality. */
export interface VerbGroup {
  /** First token of the group (an auxiliary, "to", an adverb, or the verb itself). */
  start: number;
  /** The verb. */
  head: number;
  negated: boolean;
  /** may, might, could, would, should, can, must */
  modal: boolean;
  /** "would" (or "'d") and no other modal: a condition, or the reported future after "said". */
  wouldOnly: boolean;
  /** must, should, ought to: an obligation */
  obligation: boolean;
  /** will, shall, going to */
  future: boolean;
  passive: boolean;
  /** "to" + verb: the verb is the complement of something before it. */
  infinitive: boolean;
  /** "-ing" form with no auxiliary: a participle or gerund. */
  gerund: boolean;
}

/**
 * The verb group of the verb at `head`. A verb written with a hyphen and split by the tokenizer
 * ("test - fired") begins at `first`: auxiliaries are looked for before that, its form is the last part.
 */
export function verbGroup(tokens: Token[], head: number, sentenceStart: number, first = head): VerbGroup {
  const vg: VerbGroup = {
    start: first,
    head,
    negated: false,
    modal: false,
    wouldOnly: false,
    obligation: false,
    future: false,
    passive: false,
    infinitive: false,
    gerund: false,
  };
  let sawBe = false;
  let modals = 0;
  let woulds = 0;
  let sawAux = false;
  for (let i = first - 1; i >= sentenceStart && first - i <= 6; i--) {
    const t = tokens[i];
    const isAux = t.pos === "AUX" || (t.pos === "PART" && (t.norm === "not" || t.norm === "n't"));
    const isAdv = t.pos === "ADV" && t.norm !== "where" && t.norm !== "when";
    const isTo = t.pos === "PART" && t.norm === "to";
    if (!isAux && !isAdv && !isTo) break;
    vg.start = i;
    if (NEGATORS.has(t.norm)) vg.negated = true;
    if (MODALS.has(t.norm)) {
      vg.modal = true;
      modals++;
      if (t.norm === "would" || t.norm === "'d") woulds++;
    }
    if (FUTURE.has(t.norm)) vg.future = true;
    if (t.norm === "must" || t.norm === "should" || t.norm === "ought") vg.obligation = true;
    if (t.pos === "AUX") {
      sawAux = true;
      if (isBe(t) && i === lastAuxBefore(tokens, head, i)) sawBe = true;
    }
    if (isTo) {
      vg.infinitive = true;
      // "going to" is future; other "to" ends the group (what precedes governs it).
      if (i > sentenceStart && tokens[i - 1].norm === "going") vg.future = true;
      break;
    }
  }
  vg.wouldOnly = woulds > 0 && woulds === modals;
  const form = tokens[head].norm;
  vg.gerund = !sawAux && form.endsWith("ing");
  vg.passive = sawBe && !form.endsWith("ing") && form !== tokens[head].lemma;
  return vg;
}

/** Whether the auxiliary at i is the last one before the verb (adverbs may stand between). */
function lastAuxBefore(tokens: Token[], head: number, i: number): number {
  for (let k = head - 1; k > i; k--) if (tokens[k].pos === "AUX") return k;
  return i;
}
