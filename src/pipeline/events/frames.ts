import type { FrameKind, Frames } from "../../lexicon/events-frames.js";
import type { Mention } from "../doc.js";
import { findSubject, type SubjectContext } from "./slots.js";
import { type VerbGroup, verbGroup } from "./verb-group.js";
import { type DocView, mentionEndingAt } from "./view.js";
import { isBe, ngAt } from "./words.js";

/** A head word governing an embedded event: "willing to", "threatened to", "urged Kyiv to". */
export interface FrameHead {
  kind: FrameKind;
  /** Token index of the head word. */
  token: number;
  /** The head's own verb group, when the head is a verb. */
  vg: VerbGroup | null;
  /** Who holds the intention, makes the threat, asks: the head's subject. */
  subject: Mention[];
  /** Who is asked or told: "urged Kyiv to" → Kyiv. */
  object: Mention[];
}

/**
 * Finds the head governing the verb group `vg` (an infinitive "to VERB", or a "that" clause whose
 * subject starts at `subjectStart`), if it is a frame head.
 */
export function findFrameHead(
  view: DocView,
  frames: Frames,
  vg: VerbGroup,
  subjectStart: number | null,
  sentenceStart: number,
  ctx: SubjectContext,
): FrameHead | null {
  const tokens = view.tokens;
  let j = vg.start - 1;
  if (vg.infinitive) {
    let object: Mention[] = [];
    // Skip an object between head and "to": "urged the Ukrainian government to".
    const m = j >= sentenceStart ? mentionEndingAt(view, j) : undefined;
    if (m) {
      object = [m];
      j = m.tokenStart - 1;
      while (j >= sentenceStart && ngAt(tokens, j) && !view.mentionAt[j]) j--;
      if (tokens[j]?.norm === "on" || tokens[j]?.norm === "upon") j--; // "called on X to"
    }
    while (j >= sentenceStart && tokens[j].pos === "ADV") j--;
    const direct = headAt(view, frames, j, object, sentenceStart, ctx);
    if (direct) return direct;
    // "agreed in principle on Saturday to provide ...": over a short time or manner phrase.
    for (let k = j, n = 0; k >= sentenceStart && n < 5; k--, n++) {
      const t = tokens[k];
      if (view.mentionAt[k] || !["ADP", "NOUN", "PROPN", "NUM", "DET", "ADV"].includes(t.pos)) {
        return t.pos === "VERB" || t.pos === "ADJ"
          ? headAt(view, frames, k, object, sentenceStart, ctx)
          : null;
      }
    }
    return null;
  }
  // A gerund complement: "considering imposing", "threatened retaliating".
  if (vg.gerund && vg.start === vg.head && tokens[vg.start - 1]?.pos === "VERB") {
    const h = headAt(view, frames, vg.start - 1, [], sentenceStart, ctx);
    if (h) return h;
  }
  if (subjectStart !== null || tokens[vg.start - 1]?.pos === "PRON") {
    // "warned (on Tuesday) that Russia and China would ...", "said it would ...": back over the subject,
    // "that" and a short time phrase to the verb that governs the clause.
    for (j = vg.start - 1; j >= sentenceStart && vg.start - j <= 16; j--) {
      const t = tokens[j];
      if (t.pos === "VERB") {
        const h = headAt(view, frames, j, [], sentenceStart, ctx);
        const thatKinds =
          h &&
          (h.kind === "intent" ||
            h.kind === "threat" ||
            h.kind === "demand" ||
            h.kind === "report" ||
            h.kind === "announce");
        return thatKinds ? h : null;
      }
      const skippable =
        view.mentionAt[j] !== undefined ||
        t.norm === "that" ||
        t.text === "," ||
        ["ADV", "ADP", "NUM", "DET", "PROPN", "NOUN", "ADJ", "CCONJ", "PRON", "PART"].includes(t.pos);
      if (!skippable) return null;
    }
  }
  return null;
}

function headAt(
  view: DocView,
  frames: Frames,
  j: number,
  object: Mention[],
  sentenceStart: number,
  ctx: SubjectContext,
): FrameHead | null {
  if (j < sentenceStart) return null;
  const t = view.tokens[j];
  let kind = frames.heads.get(t.norm) ?? frames.heads.get(t.lemma);
  // "was prepared to attend" is a willingness; "prepared to attend", with no "be", is getting ready to
  // (a plan): a verb form read as an adjective only after "be".
  const asVerb = frames.heads.get(t.lemma);
  if (t.pos === "VERB" && asVerb && asVerb !== kind && !afterBe(view, j, sentenceStart)) kind = asVerb;
  if (!kind || !(t.pos === "VERB" || t.pos === "ADJ" || t.pos === "NOUN" || t.pos === "AUX")) return null;
  if (t.pos === "VERB") {
    const vg = verbGroup(view.tokens, j, sentenceStart);
    const subject = findSubject(view, vg.start, sentenceStart, vg.infinitive, ctx);
    return { kind, token: j, vg, subject, object };
  }
  // An adjective or noun head ("willing to", "a plan to"): its holder is found like a verb's subject.
  let k = j - 1;
  while (
    k >= sentenceStart &&
    (view.tokens[k].pos === "AUX" ||
      view.tokens[k].pos === "ADV" ||
      view.tokens[k].pos === "DET" ||
      view.tokens[k].pos === "ADJ")
  )
    k--;
  const vg = verbGroup(view.tokens, j, sentenceStart);
  const subject = findSubject(view, k + 1, sentenceStart, false, ctx);
  return { kind, token: j, vg: { ...vg, passive: false }, subject, object };
}

/** Whether a form of "be" (adverbs passed) stands right before token j. */
function afterBe(view: DocView, j: number, sentenceStart: number): boolean {
  let k = j - 1;
  while (k >= sentenceStart && view.tokens[k].pos === "ADV") k--;
  return k >= sentenceStart && isBe(view.tokens[k]);
}
