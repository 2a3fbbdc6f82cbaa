import type { Mention } from "../doc.js";
import { type DocView, mentionEndingAt, mentionStartingAt } from "./view.js";
import { COORDINATORS, isClausePunct, isNounGroupWord, RELATIVES } from "./words.js";

/**
 * Finding the actors around a trigger, over POS tags and actor mentions only: the subject before a
 * verb group, the object after it, the actor after a preposition.
 */

const MAX_SUBJECT_DISTANCE = 30;
const MAX_OBJECT_DISTANCE = 8;

/** The mentions that make up a compound ending at `last`: "A, B and C" → [A, B, C]. */
export function compoundEndingAt(view: DocView, last: Mention): Mention[] {
  const out = [last];
  let k = last.tokenStart - 1;
  while (k > 0) {
    const t = view.tokens[k];
    if (!(COORDINATORS.has(t.norm) || t.text === "," || t.norm === "as well as")) break;
    let j = k - 1;
    if (view.tokens[j]?.text === "," && COORDINATORS.has(t.norm)) j--; // Oxford comma
    const m = mentionEndingAt(view, j);
    if (!m) break;
    out.unshift(m);
    k = m.tokenStart - 1;
  }
  return out;
}

/** The mentions of a compound starting at `first`: "A and B" → [A, B]. */
export function compoundStartingAt(view: DocView, first: Mention, end: number): Mention[] {
  const out = [first];
  let k = first.tokenEnd;
  while (k < end) {
    const t = view.tokens[k];
    if (!(COORDINATORS.has(t.norm) || t.text === ",")) break;
    let j = k + 1;
    if (t.text === "," && COORDINATORS.has(view.tokens[j]?.norm ?? "")) j++;
    const m = mentionStartingAt(view, j);
    if (!m) break;
    out.push(m);
    k = m.tokenEnd;
  }
  return out;
}

/** Whether a mention is the object of a preposition ("in Moscow", "with the Russian side"). */
export function governedByPreposition(view: DocView, m: Mention, sentenceStart: number): boolean {
  for (let k = m.tokenStart - 1; k >= sentenceStart && m.tokenStart - k <= 4; k--) {
    const t = view.tokens[k];
    if (t.pos === "ADP") return t.norm !== "of";
    if (!isNounGroupWord(t)) return false;
  }
  return false;
}

/** Comma-delimited relative clauses and parentheses to skip when looking left for a subject. */
function skipParentheticalLeft(view: DocView, j: number, sentenceStart: number): number {
  const t = view.tokens[j];
  if (t.text === ")") {
    for (let k = j - 1; k >= sentenceStart; k--) if (view.tokens[k].text === "(") return k - 1;
  }
  if (t.text === "," || t.text === "—" || t.text === "–") {
    // ", who arrived on Thursday," → jump over it if the segment opens with a relative pronoun.
    for (let k = j - 1; k >= sentenceStart && j - k <= 20; k--) {
      const u = view.tokens[k];
      if (u.text === "," || u.text === "—" || u.text === "–") {
        const opener = view.tokens[k + 1];
        if (opener && RELATIVES.has(opener.norm) && opener.norm !== "that") return k - 1;
        return j;
      }
    }
  }
  return j;
}

export interface SubjectContext {
  /** The head of the previous verb, for coordinated verb phrases ("hasn't endorsed X but has grown"). */
  previousVerbSubject: (beforeToken: number) => Mention[];
}

/**
 * The subject of the verb group starting at `vgStart`: the nearest actor noun group before it that is
 * not the object of a preposition, within the clause. Infinitives look through their governing verb
 * ("China was willing to work" → China); coordinated verbs take the first verb's subject.
 */
export function findSubject(
  view: DocView,
  vgStart: number,
  sentenceStart: number,
  infinitive: boolean,
  ctx: SubjectContext,
): Mention[] {
  const tokens = view.tokens;
  let j = vgStart - 1;
  if (j < sentenceStart) return [];
  // Relative clause: "Putin, who met Xi" → the antecedent.
  if (RELATIVES.has(tokens[j].norm) && (tokens[j].pos === "PRON" || tokens[j].norm === "who")) {
    let k = j - 1;
    if (tokens[k]?.text === ",") k--;
    const m = k >= sentenceStart ? mentionEndingAt(view, k) : undefined;
    return m ? compoundEndingAt(view, m) : [];
  }
  // Coordinated verb phrase: "... but has grown ties".
  if (COORDINATORS.has(tokens[j].norm) && tokens[j].pos === "CCONJ") {
    const before = tokens[j - 1];
    if (before && !mentionEndingAt(view, j - 1) && before.pos !== "PRON") return ctx.previousVerbSubject(j);
  }
  let sawVerb = false;
  for (; j >= sentenceStart && vgStart - j <= MAX_SUBJECT_DISTANCE; j--) {
    const skipped = skipParentheticalLeft(view, j, sentenceStart);
    if (skipped !== j) {
      j = skipped + 1;
      continue;
    }
    const m = mentionEndingAt(view, j);
    if (m) {
      if (!governedByPreposition(view, m, sentenceStart)) return compoundEndingAt(view, m);
      j = m.tokenStart;
      continue;
    }
    const t = tokens[j];
    if (view.mentionAt[j]) continue;
    if (isClausePunct(t) || t.pos === "SCONJ") return [];
    if (RELATIVES.has(t.norm) && t.pos === "PRON") return [];
    if (t.pos === "VERB" && !sawVerb) {
      // Look through the verb governing an infinitive, and through participles ("troops backed by").
      if (infinitive || t.norm.endsWith("ing")) {
        sawVerb = true;
        continue;
      }
      return [];
    }
    if (t.pos === "VERB" && sawVerb && !infinitive) return [];
  }
  return [];
}

/**
 * The direct object right after a trigger: the first actor mention reached through noun-group words
 * only ("thanked China", "attacked the capital of Ukraine", "endorsed Russia's invasion").
 */
export function findObject(
  view: DocView,
  from: number,
  end: number,
): { mentions: Mention[]; next: number } | null {
  for (let j = from; j < end && j - from <= MAX_OBJECT_DISTANCE; j++) {
    const m = mentionStartingAt(view, j) ?? view.mentionAt[j];
    if (m) {
      const list = compoundStartingAt(view, m, end);
      return { mentions: list, next: list[list.length - 1].tokenEnd };
    }
    const t = view.tokens[j];
    if (isNounGroupWord(t) || t.pos === "ADV" || (t.pos === "ADP" && t.norm === "of")) continue;
    return null;
  }
  return null;
}

/** The first actor after a preposition or literal word: "on Iran", "with the Russian side". */
export function findAfter(
  view: DocView,
  from: number,
  end: number,
): { mentions: Mention[]; next: number } | null {
  for (let j = from; j < end && j - from <= MAX_OBJECT_DISTANCE; j++) {
    const m = mentionStartingAt(view, j) ?? view.mentionAt[j];
    if (m) {
      const list = compoundStartingAt(view, m, end);
      return { mentions: list, next: list[list.length - 1].tokenEnd };
    }
    const t = view.tokens[j];
    if (isNounGroupWord(t) || t.pos === "ADV" || t.pos === "ADP" || t.pos === "CCONJ") continue;
    return null;
  }
  return null;
}

/** Matches a literal word (one of its alternatives) at most `gap` tokens after `from`. */
export function matchWords(
  view: DocView,
  from: number,
  end: number,
  alternatives: string[][],
  gap = 5,
): number {
  for (let j = from; j < end && j - from <= gap; j++) {
    const t = view.tokens[j];
    for (const alt of alternatives) {
      let ok = true;
      for (let k = 0; k < alt.length; k++) {
        const u = view.tokens[j + k];
        if (!u || j + k >= end || (u.norm !== alt[k] && u.lemma !== alt[k])) {
          ok = false;
          break;
        }
      }
      if (ok) return j + alt.length;
    }
    if (isClausePunct(t) || t.pos === "SCONJ" || (t.pos === "PUNCT" && t.text === ",")) return -1;
  }
  return -1;
}
