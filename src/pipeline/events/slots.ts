import type { Mention } from "../doc.js";
import { type DocView, mentionEndingAt, mentionStartingAt } from "./view.js";
import { COORDINATORS, isClausePunct, isQuoteMark, ngAt, RELATIVES, SUBORDINATORS } from "./words.js";

/**
 * Finding the actors around a trigger, over POS tags and actor mentions only: the subject before a
 * verb group, the object after it, the actor after a preposition.
 */

const MAX_SUBJECT_DISTANCE = 30;
const MAX_OBJECT_DISTANCE = 8;

const AND = new Set(["and", "or", "&", "nor"]);

/**
 * The mentions that make up a compound ending at `last`: "A, B and C" → [A, B, C]. A comma joins only
 * inside a list closed by "and"/"or", so "In Uzbekistan, Mr Putin" stays one actor.
 */
export function compoundEndingAt(view: DocView, last: Mention): Mention[] {
  const out = [last];
  let k = last.tokenStart - 1;
  let closed = false;
  while (k > 0) {
    // A member's own determiner and adjectives: "Brazil and the new Colombian government".
    while (k > 0 && isModifier(view, k)) k--;
    const t = view.tokens[k];
    const isAnd = AND.has(t.norm);
    if (!(isAnd || (t.text === "," && closed))) break;
    if (isAnd) closed = true;
    let j = k - 1;
    if (isAnd && view.tokens[j]?.text === ",") j--; // Oxford comma
    if (view.tokens[j]?.norm === "both") j--;
    if (view.tokens[j]?.pos === "DET" && !view.mentionAt[j]) j--; // "Brazil and the United States"? no: "the Brazil"
    const m = mentionEndingAt(view, j);
    if (!m) break;
    out.unshift(m);
    k = m.tokenStart - 1;
  }
  return out;
}

/** The mentions of a compound starting at `first`: "A and B", "A, B and C" → [A, B, (C)]. */
export function compoundStartingAt(view: DocView, first: Mention, end: number): Mention[] {
  const out = [first];
  let k = first.tokenEnd;
  while (k < end) {
    const t = view.tokens[k];
    const isAnd = AND.has(t.norm);
    if (!isAnd && !(t.text === "," && listClosesAhead(view, k, end))) break;
    let j = k + 1;
    if (t.text === "," && AND.has(view.tokens[j]?.norm ?? "")) j++;
    while (j < end && isModifier(view, j)) j++; // "Brazil and the new Colombian government"
    const m = mentionStartingAt(view, j);
    if (!m) break;
    out.push(m);
    k = m.tokenEnd;
    if (isAnd || AND.has(view.tokens[j - 1]?.norm ?? "")) break;
  }
  return out;
}

/** A determiner or adjective that is no actor's word: it may open a member of a compound. */
function isModifier(view: DocView, k: number): boolean {
  const t = view.tokens[k];
  return (t.pos === "DET" || t.pos === "ADJ") && !view.mentionAt[k] && !AND.has(t.norm);
}

/** Whether a comma at k starts a list of mentions that an "and"/"or" closes: ", B and C". */
function listClosesAhead(view: DocView, k: number, end: number): boolean {
  for (let j = k + 1; j < end; ) {
    const m = mentionStartingAt(view, j);
    if (!m) return AND.has(view.tokens[j]?.norm ?? "");
    const next = view.tokens[m.tokenEnd];
    if (!next) return false;
    if (AND.has(next.norm)) return true;
    if (next.text !== ",") return false;
    j = m.tokenEnd + 1;
  }
  return false;
}

/** Whether a mention is the object of a preposition ("in Moscow", "with the Russian side"). */
export function governedByPreposition(view: DocView, m: Mention, sentenceStart: number): boolean {
  for (let k = m.tokenStart - 1; k >= sentenceStart && m.tokenStart - k <= 4; k--) {
    const t = view.tokens[k];
    // "about 100 protesters", "up to 500 people", "more than 20 MPs": before a number it counts, it
    // does not govern.
    const counts =
      view.tokens[k + 1]?.pos === "NUM" &&
      (t.norm === "about" ||
        t.norm === "around" ||
        t.norm === "than" ||
        (t.norm === "to" && view.tokens[k - 1]?.norm === "up"));
    if (t.pos === "ADP") return t.norm !== "of" && !SUBORDINATORS.has(t.norm) && !counts;
    if (!ngAt(view.tokens, k) || view.mentionAt[k]) return false;
  }
  return false;
}

/**
 * "The Turkish and Greek sides of Cyprus": when an actor follows "of" and the noun group before "of"
 * names actors itself, that group is the subject, not the "of" complement.
 */
function ofHead(view: DocView, m: Mention, sentenceStart: number): Mention | undefined {
  let k = m.tokenStart - 1;
  while (k >= sentenceStart && (view.tokens[k].pos === "DET" || view.tokens[k].pos === "ADJ")) k--;
  if (view.tokens[k]?.norm !== "of") return undefined;
  for (k--; k >= sentenceStart && ngAt(view.tokens, k); k--) {
    const before = mentionEndingAt(view, k);
    if (before) return before;
  }
  return undefined;
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
        // An apposition after a name: "Pakistan, a key ally in the war, has refused ...".
        let verbless = true;
        for (let x = k + 1; x < j; x++)
          if (view.tokens[x].pos === "VERB" || view.tokens[x].pos === "AUX") verbless = false;
        if (verbless && mentionEndingAt(view, k - 1) && opener && opener.pos !== "CCONJ") return k - 1;
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
  // Coordinated adverbs inside the verb group: "was heavily and unjustly criticized".
  if (tokens[j].pos === "CCONJ" && tokens[j - 1]?.pos === "ADV" && j - 1 >= sentenceStart) {
    let k = j - 1;
    while (
      k >= sentenceStart &&
      (tokens[k].pos === "ADV" || tokens[k].pos === "AUX" || tokens[k].pos === "PART")
    )
      k--;
    if (k < j - 1 && tokens[k + 1].pos === "AUX") j = k;
  }
  if (j < sentenceStart) return [];
  // Coordinated verb phrase: "... but has grown ties".
  if (COORDINATORS.has(tokens[j].norm) && tokens[j].pos === "CCONJ") {
    const before = tokens[j - 1];
    // The verb group follows the conjunction directly, so this is not "A and B verb": it is "A verb
    // ... and verb", and the first verb's subject is this one's.
    if (before) return ctx.previousVerbSubject(j);
  }
  let sawVerb = false;
  let governed: Mention[] | null = null;
  for (; j >= sentenceStart && vgStart - j <= MAX_SUBJECT_DISTANCE; j--) {
    const skipped = skipParentheticalLeft(view, j, sentenceStart);
    if (skipped !== j) {
      j = skipped + 1;
      continue;
    }
    const m = mentionEndingAt(view, j);
    if (m) {
      const head = ofHead(view, m, sentenceStart);
      if (head) return compoundEndingAt(view, head);
      // A compound is governed as a whole: "lawmakers in A and B" has no subject in "B".
      const list = compoundEndingAt(view, m);
      if (!governedByPreposition(view, list[0], sentenceStart)) return list;
      if (list.length > 1) governed ??= list;
      j = list[0].tokenStart;
      continue;
    }
    const t = tokens[j];
    if (view.mentionAt[j]) continue;
    // An unresolved personal pronoun holds the subject slot: look no further left.
    if (t.pos === "PRON" && /^(he|she|it|they|we|i)$/.test(t.norm)) return [];
    if (isClausePunct(t) || t.pos === "SCONJ" || SUBORDINATORS.has(t.norm)) return [];
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
  // "Ties between A and B may ...": a subject with no actor of its own stands for the compound in it
  // (PETRARCH reads a noun phrase's actors from its prepositional phrase when its head has none).
  return j < sentenceStart ? (governed ?? []) : [];
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
    if (ngAt(view.tokens, j) || isQuoteMark(t) || t.pos === "ADV" || (t.pos === "ADP" && t.norm === "of"))
      continue;
    // An adjectival participle inside the object: "expel exiled leaders of ...".
    if (t.pos === "VERB" && t.norm.endsWith("ed") && j > from && view.tokens[j + 1]?.pos === "NOUN") continue;
    if (t.pos === "VERB" && t.norm.endsWith("ed") && j === from && view.tokens[j + 1]?.pos === "NOUN")
      continue;
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
    // A place after a pattern's word stands for its country: "a visit to Beirut", "invest in Samarkand".
    const place = view.placeAt[j];
    if (place?.code && place.tokenStart === j) return { mentions: [place], next: place.tokenEnd };
    const t = view.tokens[j];
    if (ngAt(view.tokens, j) || isQuoteMark(t) || ["ADV", "ADP", "CCONJ", "SYM"].includes(t.pos)) continue;
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
  beforeActor = false,
): number {
  let skipped = 0;
  for (let j = from; j < end && j - from - skipped <= gap; j++) {
    const t = view.tokens[j];
    if (isQuoteMark(t)) {
      skipped++;
      continue;
    }
    // Before an actor slot "to" is a preposition, not the infinitive marker ("said US attempts to create").
    const infinitiveTo =
      beforeActor && t.norm === "to" && t.pos === "PART" && view.tokens[j + 1]?.pos === "VERB";
    for (const alt of alternatives) {
      if (infinitiveTo && alt.length === 1 && alt[0] === "to") continue;
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
