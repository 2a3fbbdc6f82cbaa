import type { PatternElement, VerbPattern } from "../../lexicon/events-pattern.js";
import type { Mention } from "../doc.js";
import { compoundStartingAt, findAfter, findObject, matchWords } from "./slots.js";
import { type DocView, mentionStartingAt } from "./view.js";
import { isClausePunct, isQuoteMark, ngAt } from "./words.js";

/** What a pattern found after its trigger. */
export interface PatternMatch {
  pattern: VerbPattern;
  /** Actors found in the pattern's slots after the trigger. */
  sources: Mention[];
  targets: Mention[];
  both: Mention[];
  /** Token indices of the literal words the pattern used (they trigger nothing else). */
  consumed: number[];
  /** The pattern's first slot after the trigger was skipped: passive voice puts that actor in subject position. */
  passiveSubjectIsTarget: boolean;
}

/** Where the clause of a trigger ends, looking right: clause punctuation, a subordinator, a new verb group. */
export function clauseEnd(view: DocView, from: number, sentenceEnd: number): number {
  const tokens = view.tokens;
  for (let j = from; j < sentenceEnd && j - from <= 25; j++) {
    const t = tokens[j];
    if (isQuoteMark(t)) continue;
    if (isClausePunct(t) || t.pos === "SCONJ") return j;
    if (t.pos === "PRON" && /^(who|which|whom|whose)$/.test(t.norm)) return j;
    const next = tokens[j + 1];
    if (t.pos === "CCONJ" && next && (next.pos === "VERB" || next.pos === "AUX")) return j;
    if ((t.pos === "AUX" || t.pos === "VERB") && j > from) {
      const prev = tokens[j - 1];
      // A new subject and verb: "... said US attempts would fail": the clause ends before the subject.
      const subject = t.pos === "AUX" ? view.mentionAt[j - 1] : undefined;
      if (subject) return Math.max(from, subject.tokenStart);
      if (prev.pos === "PRON" && !/^(his|her|its|their|our|my|your)$/.test(prev.norm)) return j - 1;
    }
  }
  return Math.min(sentenceEnd, from + 26);
}

/**
 * Tries one pattern after its trigger. Literal words must appear in order; an actor slot right after
 * the trigger is the direct object, after a word it is the first actor that follows; a trailing actor
 * slot is optional. In the passive, the first slot after the trigger is the grammatical subject, so it
 * is skipped here.
 */
export function matchAfter(
  view: DocView,
  pattern: VerbPattern,
  triggerEnd: number,
  end: number,
  passive: boolean,
): PatternMatch | null {
  const m: PatternMatch = {
    pattern,
    sources: [],
    targets: [],
    both: [],
    consumed: [],
    passiveSubjectIsTarget: false,
  };
  let pos = triggerEnd;
  let afterTrigger = true;
  const els = pattern.after;
  for (let e = 0; e < els.length; e++) {
    const el: PatternElement = els[e];
    if (el.kind === "words") {
      // A noun's first word must follow it at once ("meeting of", not "meeting on the sidelines of").
      const gap = afterTrigger && pattern.trigger === "noun" ? 1 : 6;
      const next = pattern.looseObject
        ? wordsAnywhereAfter(view, pos, el.alternatives)
        : matchWords(
            view,
            pos,
            end,
            el.alternatives,
            gap,
            els[e + 1] !== undefined && els[e + 1].kind !== "words",
          );
      if (next < 0) return null;
      for (let k = next - el.alternatives[0].length; k < next; k++) m.consumed.push(k);
      pos = next;
      afterTrigger = false;
      continue;
    }
    if (el.kind === "skip") {
      pos = afterNounGroup(view, pos);
      if (pos < 0) return null;
      afterTrigger = false;
      continue;
    }
    if (passive && afterTrigger && el.kind === "target" && pattern.subject === "source") {
      m.passiveSubjectIsTarget = true;
      afterTrigger = false;
      continue;
    }
    const found = pattern.looseObject
      ? firstActorAfter(view, pos)
      : afterTrigger
        ? findObject(view, pos, end)
        : findAfter(view, pos, end);
    afterTrigger = false;
    if (!found) {
      if (e === els.length - 1 && !pattern.targetRequired) break; // a trailing actor is optional
      return null;
    }
    if (el.kind === "source") m.sources.push(...found.mentions);
    else if (el.kind === "target") m.targets.push(...found.mentions);
    else m.both.push(...found.mentions);
    pos = found.next;
  }
  if (passive && !m.passiveSubjectIsTarget && pattern.subject === "source" && els.length === 0) {
    m.passiveSubjectIsTarget = true;
  }
  // "killed two French soldiers" under a pattern that spells "soldiers" as a word: a word of the
  // pattern that heads an actor's mention names the target too, when the pattern has no target slot.
  if (
    m.targets.length === 0 &&
    m.both.length === 0 &&
    !els.some((el) => el.kind === "target" || el.kind === "both")
  ) {
    for (const k of m.consumed) {
      const actor = view.mentionAt[k];
      if (actor && actor.tokenEnd - 1 === k && !m.targets.includes(actor)) m.targets.push(actor);
    }
  }
  return m;
}

/** The agent of a passive verb: "by <actor>" in the clause. */
export function passiveAgent(view: DocView, from: number, end: number): Mention[] {
  for (let j = from; j < end && j - from <= 25; j++) {
    if (view.tokens[j].norm === "by") return findAfter(view, j + 1, end)?.mentions ?? [];
  }
  return [];
}

/** The first actor after `from` in its sentence, past any words (TABARI/PETRARCH's rule). */
function firstActorAfter(view: DocView, from: number): { mentions: Mention[]; next: number } | null {
  const t = view.tokens[from];
  if (!t) return null;
  const end = view.doc.sentences[t.sentence].tokenEnd;
  for (let j = from; j < end; j++) {
    const m = mentionStartingAt(view, j) ?? view.mentionAt[j];
    if (m) {
      const list = compoundStartingAt(view, m, end);
      return { mentions: list, next: list[list.length - 1].tokenEnd };
    }
  }
  return null;
}

/**
 * Where one of the word sequences ends, first found anywhere after `from` in its sentence, matching
 * the words as written; -1 if none.
 */
function wordsAnywhereAfter(view: DocView, from: number, alternatives: string[][]): number {
  const t = view.tokens[from];
  if (!t) return -1;
  const end = view.doc.sentences[t.sentence].tokenEnd;
  for (let j = from; j < end; j++) {
    for (const alt of alternatives) {
      if (j + alt.length > end) continue;
      // PETRARCH dictionaries spell each form they mean ("EFFORT" is not "efforts").
      if (alt.every((w, k) => view.tokens[j + k].norm === w)) return j + alt.length;
    }
  }
  return -1;
}

/** The token after the next noun group from `from` in its sentence (prepositions before it passed); -1 if none. */
function afterNounGroup(view: DocView, from: number): number {
  const t = view.tokens[from];
  if (!t) return -1;
  const end = view.doc.sentences[t.sentence].tokenEnd;
  let j = from;
  while (j < end && !ngAt(view.tokens, j) && !view.mentionAt[j]) j++;
  if (j >= end) return -1;
  while (j < end && (ngAt(view.tokens, j) || view.mentionAt[j])) {
    const m = view.mentionAt[j];
    j = m ? Math.max(j + 1, m.tokenEnd) : j + 1;
  }
  return j;
}
