import type { EventLexicon } from "../../lexicon/events.js";
import type { FrameKind } from "../../lexicon/events-frames.js";
import type { VerbPattern } from "../../lexicon/events-pattern.js";
import type { Mention, Sentence } from "../doc.js";
import { infoOf } from "../mentions/info.js";
import { findFrameHead } from "./frames.js";
import { clauseEnd, matchAfter, type PatternMatch, passiveAgent } from "./match.js";
import { accidentCause, attackMeans, blastSubject } from "./means.js";
import { findSubject, type SubjectContext } from "./slots.js";
import { type VerbGroup, verbGroup } from "./verb-group.js";
import { type DocView, mentionEndingAt } from "./view.js";
import { baseForms, CONDITIONALS, hyphenatedEndingAt, NEGATORS, ngAt } from "./words.js";

/** An event found in a sentence, before it is split into source→target pairs. */
export interface Candidate {
  trigger: number;
  code: string;
  rule: string;
  sources: Mention[];
  targets: Mention[];
  /** Actors that act on each other ("A and B met"). */
  mutual: Mention[];
  reciprocal: boolean;
  negated: boolean;
  hypothetical: boolean;
  /** Tokens this event used as pattern words: they trigger nothing else. */
  consumed: number[];
  /** The frame head this event was re-coded under: its own generic event goes. */
  head: number | null;
  /** A passive with no agent: the victim is named, the doer is not ("soldiers were killed in X"). */
  agentless?: boolean;
  /** Where the trigger's clause ends (exclusive): what follows the trigger up to here is its object. */
  end: number;
  pattern: VerbPattern;
}

/** Finds every verb and noun event in one sentence. */
export function sentenceCandidates(view: DocView, lex: EventLexicon, s: Sentence): Candidate[] {
  const tokens = view.tokens;
  const subjects = new Map<number, Mention[]>();
  const ctx: SubjectContext = {
    previousVerbSubject: (before) => {
      for (let k = before - 1; k >= s.tokenStart; k--) {
        if (tokens[k].pos !== "VERB" || tokens[k - 1]?.text === "-") continue; // "government-held"
        const vg = verbGroup(tokens, k, s.tokenStart);
        if (vg.infinitive || vg.gerund) continue; // "defended the right to fire ... and insisted": not "fire"
        const known = subjects.get(k);
        if (known) return known;
        return subjectOf(view, vg, s, ctx);
      }
      return [];
    },
  };
  const out: Candidate[] = [];
  const consumed = new Set<number>();
  const conditional = conditionalFrom(view, s);
  const question = tokens[s.tokenEnd - 1]?.text === "?";

  // "test-fired", "sit-in": a trigger spelled with a hyphen, split by the tokenizer, is found at its last
  // part; its other parts trigger nothing of their own.
  const hyphenated = hyphenatedTriggers(view, lex, s);
  for (const h of hyphenated.values()) for (let k = h.first; k < h.last; k++) consumed.add(k);

  // Verbs first: their pattern words ("impose SANCTIONS on") must not trigger noun events again.
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    const compound = hyphenated.get(i);
    const asVerb = compound?.verbs !== undefined && compoundActsAsVerb(view, compound.first, i);
    if (consumed.has(i) || !(asVerb || actsAsVerb(view, lex, i, s))) continue;
    // Imported dictionaries list the forms themselves ("left" apart from "leave"): the form wins there.
    const patterns = asVerb
      ? compound?.verbs
      : lex.formsFirst
        ? (lex.verbs.get(t.norm) ?? lex.verbs.get(t.lemma))
        : (lex.verbs.get(t.lemma) ?? lex.verbs.get(t.norm) ?? fromBaseForms(lex, t.norm));
    let vg = verbGroup(tokens, i, s.tokenStart, asVerb ? compound?.first : i);
    // "soldiers killed in Ukraine": a bare participle after its noun, before a preposition, is passive
    // (not "the minister resigned on Sunday": a verb with no object cannot be passive).
    // (Worked out only for the shape it matters to: most verbs are not a bare -ed before a preposition.)
    const passivable =
      lex.passiveNeedsBy ||
      (reducedPassiveShape(view, i, vg) &&
        patterns !== undefined &&
        canBePassive(patterns) &&
        !activeAfterAdjunct(view, patterns, i, s));
    if (
      !lex.passiveNeedsBy &&
      passivable &&
      t.norm !== t.lemma &&
      victimShaped(mentionEndingAt(view, i - 1))
    ) {
      vg = { ...vg, passive: true };
    }
    // PETRARCH's coder reads a verb as passive only when "by" follows it in its clause, and its
    // dictionaries are written for that: without a "by" agent the subject stays the source.
    if (lex.passiveNeedsBy && vg.passive && !byAfter(view, i, clauseEnd(view, i + 1, s.tokenEnd))) {
      vg = { ...vg, passive: false };
    }
    const subject = subjectOf(view, vg, s, ctx);
    subjects.set(i, subject);
    const end = clauseEnd(view, i + 1, s.tokenEnd);
    const best = patterns ? bestMatch(view, patterns, i, end, vg.passive) : null;
    // "were killed in a plane crash": harm from an accident is no event.
    if (
      best &&
      (vg.passive || tokens[i + 1]?.norm === "by") &&
      Number(best.pattern.code.slice(0, 2)) >= 18 &&
      accidentCause(view, lex, i + 1, end)
    )
      continue;
    if (!best) {
      // "The US declared that China must drop its barriers": whatever is demanded, it is a demand.
      const demand = vg.obligation ? obligationCandidate(view, lex, i, vg, subject, end, s, ctx) : null;
      if (demand) out.push(demand);
      continue;
    }
    const c = verbCandidate(view, lex, best, i, vg, subject, end, passivable);
    // "A car bomb in Baghdad killed three engineers": the doer is as unknown as in a passive.
    if (subject.length === 0 && !vg.passive && Number(c.code.slice(0, 2)) >= 18)
      c.agentless = c.sources.length === 0 && blastSubject(view, lex, s.tokenStart, vg.start);
    c.hypothetical ||= conditional(i) || question;
    // "charging its neighbour with supporting dissidents", "accused of attacking": a gerund after a
    // preposition is what another event is about, not an event reported as such.
    if (vg.gerund && vg.start === vg.head && tokens[i - 1]?.pos === "ADP") c.hypothetical = true;
    applyFrame(view, lex, c, vg, subject, s, ctx);
    for (const k of c.consumed) consumed.add(k);
    out.push(c);
  }
  const nouns: Candidate[] = [];

  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = tokens[i];
    if (consumed.has(i)) continue;
    const h = hyphenated.get(i);
    // A split hyphenated word read as a verb above ("test-fired a missile") is no noun event too.
    if (h?.verbs && compoundActsAsVerb(view, h.first, i)) continue;
    // A word the lexicon lists only as a verb ("a counter-attack"): its last part may still be a noun event.
    const compound = h?.nouns;
    if (!compound && !(t.pos === "NOUN" || t.pos === "PROPN" || t.pos === "VERB")) continue;
    const patterns =
      compound ?? lex.nouns.get(t.norm) ?? (t.lemma !== t.norm ? lex.nouns.get(t.lemma) : undefined);
    if (!patterns || (!compound && t.pos === "VERB" && lex.verbs.has(t.lemma))) continue;
    const end = clauseEnd(view, i + 1, s.tokenEnd);
    const best = bestMatch(view, patterns, i, end, false);
    if (!best) continue;
    const c = nounCandidate(view, lex, best, i, s, end, ctx);
    if (!c) continue;
    c.hypothetical ||= conditional(i) || question;
    nouns.push(c);
  }
  // A frame head re-coded an embedded event: the head's own generic event goes.
  const heads = new Set([...out, ...nouns].map((c) => c.head));
  // A bare noun event inside what a coded verb reports on ("denounced Serbia's suppression",
  // "hasn't endorsed Russia's invasion") is the topic of that event, not an event of its own.
  const nounHead = (c: Candidate) => c.head !== null && tokens[c.head].pos === "NOUN";
  // The same for an event requested or offered by a noun there ("rejected a request to interrogate").
  const insideVerb = (c: Candidate) =>
    out.some(
      (v) =>
        v !== c &&
        v.trigger < c.trigger &&
        c.trigger < v.end &&
        v.sources.length + v.targets.length + v.mutual.length > 0,
    );
  // A noun event in a prepositional phrase of another event's clause ("over their ties with Israel",
  // "the war against Iraq") is context, when the sentence has coded a verb event with actors.
  const inTopicalPhrase = (c: Candidate) => {
    let k = c.trigger - 1;
    while (k >= s.tokenStart && (ngAt(tokens, k) || view.mentionAt[k])) k--;
    return c.head === null && k >= s.tokenStart && TOPICAL_PREPOSITIONS.has(tokens[k].norm) && insideVerb(c);
  };
  const topical = (c: Candidate) =>
    inTopicalPhrase(c) || nounHead(c)
      ? insideVerb(c)
      : c.head === null && c.targets.length === 0 && c.mutual.length < 2 && insideVerb(c);
  return [
    ...out.filter((c) => !heads.has(c.trigger) && !(nounHead(c) && topical(c))),
    ...nouns.filter((c) => !heads.has(c.trigger) && !topical(c)),
  ];
}

/**
 * Whether a bare participle after a noun modifies that noun: the noun group before it holds no actor,
 * and a verb earlier in the sentence is the clause's own ("vetoed a resolution censuring ...").
 */
function reducedRelative(view: DocView, vg: VerbGroup, s: Sentence): boolean {
  const tokens = view.tokens;
  const form = tokens[vg.head].norm;
  if (!(form.endsWith("ing") || (form.endsWith("ed") && form !== tokens[vg.head].lemma))) return false;
  let k = vg.start - 1;
  while (k >= s.tokenStart && ngAt(tokens, k)) {
    if (view.mentionAt[k]) return false;
    k--;
  }
  for (; k >= s.tokenStart; k--) if (tokens[k].pos === "VERB") return true;
  return false;
}

/**
 * Whether the actor before a bare "-ed" verb may be what the verb was done to ("soldiers killed in",
 * "Kharkiv shelled on Monday"). A state or an organisation named as such is the doer: "Russia attacked
 * on Monday", "Hamas struck at dawn".
 */
function victimShaped(m: Mention | undefined): boolean {
  if (m === undefined) return false;
  if (m.kind !== "name" && m.kind !== "acronym" && m.kind !== "metonym") return true;
  const info = infoOf(m);
  const person = info.person !== undefined || info.personName !== undefined;
  return (
    person ||
    info.place !== undefined ||
    (info.country == null && info.org === undefined && info.orgName === undefined)
  );
}

const REDUCED_PASSIVE_PREPOSITIONS = new Set(["in", "by", "at", "during", "near", "on", "after", "over"]);

/** A bare "-ed" verb with no auxiliary, right before a preposition that may open a passive's adjunct. */
function reducedPassiveShape(view: DocView, i: number, vg: VerbGroup): boolean {
  const next = view.tokens[i + 1];
  return (
    !vg.passive &&
    vg.start === vg.head &&
    view.tokens[i].norm.endsWith("ed") &&
    next?.pos === "ADP" &&
    REDUCED_PASSIVE_PREPOSITIONS.has(next.norm)
  );
}

/**
 * Signs that a bare "-ed" verb before a preposition is active after all: the preposition is the verb's
 * own particle in one of its patterns ("handed over the keys"), or the adjunct it opens is followed by
 * the verb's complement ("threatened on Monday to leave", "charged on Friday that ...").
 */
function activeAfterAdjunct(view: DocView, patterns: VerbPattern[], i: number, s: Sentence): boolean {
  const tokens = view.tokens;
  const next = tokens[i + 1];
  if (next === undefined) return false;
  for (const p of patterns) {
    const first = p.after[0];
    if (first?.kind === "words" && first.alternatives.some((a) => a[0] === next.norm)) return true;
  }
  let k = i + 2;
  while (k < s.tokenEnd && (ngAt(tokens, k) || view.mentionAt[k])) k++;
  const after = tokens[k];
  if (after === undefined || k >= s.tokenEnd) return false;
  return (after.norm === "to" && tokens[k + 1]?.pos === "VERB") || after.norm === "that";
}

/**
 * Whether a verb can be read as a passive by its patterns: one of them takes a direct object (a target
 * right after the verb: "killed", "arrested"), and none says the verb's subjects act on each other with
 * no object ("A and B negotiated", "A and B met"): such verbs report what the subject did, not suffered.
 */
function canBePassive(patterns: VerbPattern[]): boolean {
  let known = CAN_BE_PASSIVE.get(patterns);
  if (known === undefined) {
    known = takesObject(patterns);
    CAN_BE_PASSIVE.set(patterns, known);
  }
  return known;
}
const CAN_BE_PASSIVE = new WeakMap<VerbPattern[], boolean>();

function takesObject(patterns: VerbPattern[]): boolean {
  let direct = false;
  for (const p of patterns) {
    if (p.trigger !== "verb") continue;
    const first = p.after[0];
    if (p.reciprocal && (first === undefined || first.kind === "words")) return false;
    if (first?.kind === "target" && p.subject !== "target") direct = true;
  }
  return direct;
}

const DETERMINERS = /^(its|his|her|their|our|your|my|the|a|an|'s|')$/;

/**
 * Whether token i is a verb here, correcting the tagger where news syntax is clear: "its help" is a
 * noun although tagged VERB; "Russia attacks Ukraine" is a verb although tagged NOUN.
 */
function actsAsVerb(view: DocView, lex: EventLexicon, i: number, s: Sentence): boolean {
  const t = view.tokens[i];
  const prev = view.tokens[i - 1];
  // "army-backed", "government-held": a participle glued to a noun is part of an adjective.
  if (prev?.text === "-" && !prev.spaceAfter && i > s.tokenStart) return false;
  if (t.pos === "VERB") return !(i > s.tokenStart && prev.pos !== "VERB" && DETERMINERS.test(prev.norm));
  // "considering imposing sanctions": a gerund after a verb, tagged as an adjective.
  if (t.pos === "ADJ" && t.norm.endsWith("ing") && prev?.pos === "VERB") return true;
  // "must free the sailors", "to free them": a base form after a modal or "to", tagged as an adjective.
  const following = view.tokens[i + 1];
  if (
    t.pos === "ADJ" &&
    (prev?.pos === "AUX" || prev?.norm === "to") &&
    (following?.pos === "DET" || view.mentionAt[i + 1] !== undefined) &&
    lex.verbs.has(t.lemma)
  ) {
    return true;
  }
  if (t.pos !== "NOUN" || i === s.tokenStart) return false;
  const next = view.tokens[i + 1];
  if (mentionEndingAt(view, i - 1) === undefined || next === undefined || i + 1 >= s.tokenEnd) return false;
  const verbOnly = lex.verbs.has(t.lemma) && !lex.nouns.has(t.norm) && !lex.nouns.has(t.lemma);
  if (view.mentionAt[i + 1] !== undefined || next.pos === "DET") return t.norm.endsWith("s") || verbOnly;
  // "Syrian forces clash with ...": a word the lexicon knows only as a verb, before a preposition.
  return next.pos === "ADP" && verbOnly;
}

interface HyphenatedTrigger {
  first: number;
  last: number;
  verbs?: VerbPattern[];
  nouns?: VerbPattern[];
}

/** The split hyphenated words of a sentence that the lexicon lists as verbs or nouns, by last token. */
function hyphenatedTriggers(view: DocView, lex: EventLexicon, s: Sentence): Map<number, HyphenatedTrigger> {
  const found = new Map<number, HyphenatedTrigger>();
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    const h = hyphenatedEndingAt(view.tokens, i, s.tokenStart);
    if (!h) continue;
    const verbs = lex.verbs.get(h.lemma) ?? lex.verbs.get(h.form) ?? fromBaseForms(lex, h.form);
    const nouns = lex.nouns.get(h.form) ?? lex.nouns.get(h.lemma);
    if (verbs || nouns) found.set(i, { first: h.first, last: i, verbs, nouns });
  }
  return found;
}

/**
 * Whether a split hyphenated verb acts as the verb here: its last part is tagged as a verb, or it stands
 * right after an actor, an auxiliary or "to" ("Iran test-fired", "will test-fire"); not after a
 * determiner ("the test-fired missile").
 */
function compoundActsAsVerb(view: DocView, first: number, last: number): boolean {
  if (view.tokens[first - 1]?.pos === "DET") return false;
  if (view.tokens[last].pos === "VERB") return true;
  // "did not test-fire", "will soon test-fire": past negators and adverbs to what governs the verb.
  let k = first - 1;
  while (k >= 0 && (view.tokens[k].pos === "ADV" || NEGATORS.has(view.tokens[k].norm))) k--;
  const before = view.tokens[k];
  return (
    before?.pos === "AUX" ||
    before?.pos === "AUX" ||
    (before?.pos === "PART" && before.norm === "to") ||
    mentionEndingAt(view, k) !== undefined
  );
}

function fromBaseForms(lex: EventLexicon, form: string): VerbPattern[] | undefined {
  for (const b of baseForms(form)) {
    const found = lex.verbs.get(b);
    if (found) return found;
  }
  return undefined;
}

const PERSONAL = new Set(["he", "she", "it", "they", "we", "i"]);

/**
 * The subject of a verb group, with two repairs a shallow search needs: a participle after a comma
 * (", killing eight") takes the main clause's subject, and an unresolved pronoun in a reported clause
 * ("Hungary said it will support") takes the reporter's.
 */
function subjectOf(view: DocView, vg: VerbGroup, s: Sentence, ctx: SubjectContext): Mention[] {
  const tokens = view.tokens;
  const before = tokens[vg.start - 1];
  if (vg.gerund && before?.text === ",") {
    const main = ctx.previousVerbSubject(vg.start - 1);
    if (main.length > 0) return main;
  }
  // A participle right after a plain noun modifies it ("a resolution censuring", "detainees held"):
  // its subject is that noun, not an actor further left.
  if (
    vg.start === vg.head &&
    before &&
    (before.pos === "NOUN" || before.pos === "PROPN") &&
    reducedRelative(view, vg, s)
  ) {
    return [];
  }
  const subject = findSubject(view, vg.start, s.tokenStart, vg.infinitive, ctx);
  if (subject.length > 0) return subject;
  // The unresolved pronoun in subject position: right before the verb group, or before the head
  // that governs an infinitive ("it is willing to withdraw").
  let p = vg.start - 1;
  while (
    p > s.tokenStart &&
    p >= vg.start - 6 &&
    !(tokens[p].pos === "PRON" && PERSONAL.has(tokens[p].norm))
  ) {
    const t = tokens[p];
    if (
      !(
        t.pos === "AUX" ||
        t.pos === "ADV" ||
        t.pos === "PART" ||
        t.pos === "ADJ" ||
        (vg.infinitive && t.pos === "VERB")
      )
    )
      break;
    p--;
  }
  const pronoun = tokens[p];
  if (pronoun?.pos !== "PRON" || !PERSONAL.has(pronoun.norm) || view.mentionAt[p]) return subject;
  return pronounSubject(view, p, s, ctx);
}

/** Who an unresolved subject pronoun at p stands for: the first clause's subject after "but"/"and", else the reporter. */
function pronounSubject(view: DocView, p: number, s: Sentence, ctx: SubjectContext): Mention[] {
  const tokens = view.tokens;
  // "China has not endorsed it, but it has expanded trade": the pronoun is the first clause's subject.
  const conj = tokens[p - 1];
  if (conj && (conj.norm === "but" || conj.norm === "and")) return ctx.previousVerbSubject(p - 1);
  // "Japan said on Tuesday (that) it had halted aid": the pronoun is the reporter.
  const passable = new Set(["ADP", "NOUN", "PROPN", "NUM", "DET", "ADV"]);
  for (let k = p - 1; k >= s.tokenStart && p - k <= 7; k--) {
    const t = tokens[k];
    if (t.pos === "VERB") return ctx.previousVerbSubject(k + 1);
    if (view.mentionAt[k] || !(t.norm === "that" || passable.has(t.pos))) break;
  }
  return [];
}

/** The rule of a demand read from "must" in a reported clause, whatever is demanded. */
const REPORTED_OBLIGATION: VerbPattern = {
  rule: "verbs/frames#report.must",
  code: "100",
  trigger: "verb",
  lemmas: [],
  subject: "target",
  before: [],
  after: [],
  reciprocal: false,
  targetRequired: false,
  intent: false,
  specificity: 0,
};

function obligationCandidate(
  view: DocView,
  lex: EventLexicon,
  i: number,
  vg: VerbGroup,
  subject: Mention[],
  end: number,
  s: Sentence,
  ctx: SubjectContext,
): Candidate | null {
  const head = findFrameHead(view, lex.frames, vg, subject[0]?.tokenStart ?? null, s.tokenStart, ctx);
  if (!head || (head.kind !== "report" && head.kind !== "demand") || head.subject.length === 0) return null;
  return {
    trigger: i,
    code: REPORTED_OBLIGATION.code,
    rule: REPORTED_OBLIGATION.rule,
    sources: head.subject,
    targets: subject,
    mutual: [],
    reciprocal: false,
    negated: vg.negated || (head.vg?.negated ?? false),
    hypothetical: head.vg?.modal ?? false,
    consumed: [],
    head: head.token,
    end,
    pattern: REPORTED_OBLIGATION,
  };
}

/** The most specific pattern that matches; ties go to the one that found more actors. */
function bestMatch(
  view: DocView,
  patterns: VerbPattern[],
  trigger: number,
  end: number,
  passive: boolean,
): PatternMatch | null {
  let best: PatternMatch | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  // Common verbs carry dozens of patterns, most of them needing a word the clause does not have:
  // the clause's words, gathered once, rule those out before any matching.
  const present = patterns.length > 2 ? clauseWords(view, trigger + 1, end) : null;
  const open = present ? openPatterns(patterns, present) : null;
  for (let i = 0; i < patterns.length; i++) {
    const p = patterns[i];
    if (open && (open.first[i] === 0 || !restPresent(open.rest[i], present as Set<string>))) continue;
    if (!beforeMatches(view, p, trigger)) continue;
    const m = matchAfter(view, p, trigger + 1, end, passive);
    if (!m) continue;
    // A trailing actor slot left empty says nothing more than a pattern without it: "A and B negotiated"
    // is the reciprocal "$ *", not "$ * +" with no one negotiated.
    const empty = emptyTrailingSlot(m) ? 11 : 0;
    const score = p.specificity * 10 - empty + m.sources.length + m.targets.length + m.both.length;
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  return best;
}

/** Whether the pattern ends in an actor slot that the match left empty (a trailing slot is optional). */
function emptyTrailingSlot(m: PatternMatch): boolean {
  const last = m.pattern.after[m.pattern.after.length - 1];
  if (last === undefined || last.kind === "words" || last.kind === "skip") return false;
  if (last.kind === "target")
    return m.targets.length === 0 && !(m.passiveSubjectIsTarget && m.pattern.after.length === 1);
  return (last.kind === "source" ? m.sources : m.both).length === 0;
}

/** The forms and lemmas of the tokens in [from, end). */
function clauseWords(view: DocView, from: number, end: number): Set<string> {
  const words = new Set<string>();
  for (let j = from; j < end; j++) {
    const t = view.tokens[j];
    words.add(t.norm);
    words.add(t.lemma);
  }
  return words;
}

/**
 * Which of a verb's patterns may match, by the clause's words: `first[i]` is 1 for a pattern whose first
 * literal word is there (or that has none); `rest[i]` are the first words its later literal words need.
 * One index lookup per clause word, not a scan per pattern.
 */
function openPatterns(
  patterns: VerbPattern[],
  present: Set<string>,
): { first: Uint8Array; rest: Set<string>[][] } {
  const index = patternIndex(patterns);
  const first = index.free.slice();
  for (const w of present) {
    const list = index.byFirstWord.get(w);
    if (list) for (const i of list) first[i] = 1;
  }
  return { first, rest: index.rest };
}

interface PatternIndex {
  /** 1 for the patterns with no literal word after the trigger, or that look anywhere (imported ones). */
  free: Uint8Array;
  /** For each word that can begin a pattern's first literal words: the patterns (by position). */
  byFirstWord: Map<string, number[]>;
  /** For each pattern, the words that can begin each of its later literal words. */
  rest: Set<string>[][];
}

function patternIndex(patterns: VerbPattern[]): PatternIndex {
  let index = PATTERN_INDEXES.get(patterns);
  if (index) return index;
  index = { free: new Uint8Array(patterns.length), byFirstWord: new Map(), rest: [] };
  for (const [i, p] of patterns.entries()) {
    const words = p.looseObject
      ? []
      : p.after.flatMap((el) => (el.kind === "words" ? [el.alternatives] : []));
    index.rest.push(words.slice(1).map((alternatives) => new Set(alternatives.map((a) => a[0]))));
    if (words.length === 0) {
      index.free[i] = 1;
      continue;
    }
    for (const w of new Set(words[0].map((a) => a[0]))) {
      const list = index.byFirstWord.get(w);
      if (list) list.push(i);
      else index.byFirstWord.set(w, [i]);
    }
  }
  PATTERN_INDEXES.set(patterns, index);
  return index;
}
const PATTERN_INDEXES = new WeakMap<VerbPattern[], PatternIndex>();

/** Whether each later run of literal words can begin somewhere in the clause. */
function restPresent(rest: Set<string>[], present: Set<string>): boolean {
  for (const firsts of rest) {
    // Word sets make some alternatives lists long: walk the smaller of the two sets.
    if (!(firsts.size <= present.size ? meets(firsts, present) : meets(present, firsts))) return false;
  }
  return true;
}

function meets(small: Set<string>, large: Set<string>): boolean {
  for (const w of small) if (large.has(w)) return true;
  return false;
}

/** Whether word `b` of the pattern's words before the verb is token `j`. */
function fitsBefore(view: DocView, p: VerbPattern, b: number, j: number): boolean {
  const t = view.tokens[j];
  if (t === undefined) return false;
  for (const a of p.before[b]) if (a.length === 1 && (a[0] === t.norm || a[0] === t.lemma)) return true;
  return false;
}

function beforeMatches(view: DocView, p: VerbPattern, trigger: number): boolean {
  if (p.before.length === 0) return true;
  const sentence = view.tokens[trigger].sentence;
  let j = trigger - 1;
  for (let b = p.before.length - 1; b >= 0; b--) {
    // A gap after this word (PETRARCH's space): other words of the sentence may stand between.
    if (p.beforeGaps?.[b]) {
      while (j >= 0 && view.tokens[j].sentence === sentence && !fitsBefore(view, p, b, j)) j--;
    }
    if (!fitsBefore(view, p, b, j)) return false;
    j--;
  }
  return true;
}

/** Whether "by" stands after the verb at i, before the end of its clause. */
function byAfter(view: DocView, i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) if (view.tokens[j].norm === "by") return true;
  return false;
}

function verbCandidate(
  view: DocView,
  lex: EventLexicon,
  m: PatternMatch,
  i: number,
  vg: VerbGroup,
  subject: Mention[],
  end: number,
  passivable: boolean,
): Candidate {
  const p = m.pattern;
  const c: Candidate = {
    trigger: i,
    code: p.code,
    rule: p.rule,
    sources: [...m.sources],
    targets: [...m.targets],
    mutual: [...m.both],
    reciprocal: p.reciprocal,
    negated: vg.negated,
    hypothetical: vg.modal,
    consumed: [...m.consumed],
    head: null,
    end,
    pattern: p,
  };
  // "soldiers killed in Ukraine": a bare participle followed by a preposition is a reduced passive.
  const reduced = passivable && reducedPassiveShape(view, i, vg) && m.targets.length === 0;
  const passive = vg.passive || reduced;
  const agent = passive && p.subject !== "target" ? passiveAgent(view, i + 1, end) : [];
  // "were killed in Israeli shelling": the attack names the attacker, and its code is the event's.
  const means =
    passive && agent.length === 0 && m.sources.length === 0 && Number(p.code.slice(0, 2)) >= 18
      ? attackMeans(view, lex, i + 1, end)
      : null;
  if (means) {
    agent.push(...means.agent);
    c.code = means.code;
    c.rule = `${c.rule}+means`;
    c.consumed.push(means.word);
  }
  // Passive: the grammatical subject is the target when the pattern's object slot is what was
  // skipped ("Ukraine was attacked by Russia"), or when a "by" agent names the doer.
  if (passive && p.subject !== "target" && (m.passiveSubjectIsTarget || agent.length > 0)) {
    c.targets.unshift(...subject);
    c.sources.unshift(...agent);
    c.agentless = c.sources.length === 0;
  } else if (p.subject === "target") c.targets.unshift(...subject);
  else if (p.subject === "both") c.mutual.unshift(...subject);
  else c.sources.unshift(...subject);
  // CAMEO codes announced future cooperation as intent ("will meet" → 036), other futures as hypothetical.
  if (vg.future) c.hypothetical = true;
  return c;
}

/**
 * A head word re-codes the embedded event: intent and future cooperation → 03x, threats → 13x,
 * refusals → 12x, appeals → 02x, demands → 10x; plans make it hypothetical, "failed to" negated.
 */
function applyFrame(
  view: DocView,
  lex: EventLexicon,
  c: Candidate,
  vg: VerbGroup,
  subject: Mention[],
  s: Sentence,
  ctx: SubjectContext,
): void {
  const pattern = c.pattern;
  const head = findFrameHead(view, lex.frames, vg, subject[0]?.tokenStart ?? null, s.tokenStart, ctx);
  const cooperative = Number(c.code.slice(0, 2)) <= 8;
  if (!head) {
    // "staged protests to demand reforms", "sent troops to help": a purpose is not (yet) an event.
    // ("decided to allow", "resorted to throwing" are complements of a verb: they happened.)
    if (vg.infinitive) {
      let k = vg.start - 1;
      while (k >= s.tokenStart && view.tokens[k].pos === "ADV") k--;
      const governor = view.tokens[k];
      if (!governor || !(governor.pos === "VERB" || governor.pos === "ADJ" || governor.pos === "AUX")) {
        c.hypothetical = true;
      }
      return;
    }
    if (refusal(lex, c, vg.future && vg.negated && cooperative)) return;
    if (vg.future && cooperative && !pattern?.intent && recode(lex, c, "intent", false)) {
      c.hypothetical = vg.modal;
      // "A and B will meet": still each other; "A will meet B": one way.
      c.reciprocal = c.reciprocal && c.targets.length === 0;
    } else if (vg.future && !cooperative && !vg.negated && recode(lex, c, "threat", true)) {
      // "NATO will strike": an announced conflictual act is a threat (CAMEO 13).
      c.hypothetical = vg.modal;
      c.reciprocal = false;
    }
    return;
  }
  // "wants Putin to attack": an intention about someone else's act is a request of them.
  if (head.kind === "intent" && head.object.length > 0) head.kind = "appeal";
  const headVg = head.vg;
  const headFlags = { negated: headVg?.negated ?? false, hypothetical: headVg?.modal ?? false };
  const holder = head.subject.length > 0 ? head.subject : c.sources;
  switch (head.kind) {
    case "intent":
      // "is not willing to meet": a stated unwillingness is a refusal.
      if (headFlags.negated && cooperative && recode(lex, c, "refuse", true)) {
        c.sources = holder;
        c.hypothetical = headFlags.hypothetical;
        c.negated = false;
        c.reciprocal = false;
        c.head = head.token;
        return;
      }
      if (cooperative && !pattern?.intent && recode(lex, c, "intent", true)) {
        c.sources = holder;
        c.hypothetical = headFlags.hypothetical;
      } else if (!cooperative && !vg.negated && recode(lex, c, "threat", true)) {
        // "plans to impose restrictions", "vowed to strike": an intended conflictual act is a threat.
        c.sources = holder;
        c.hypothetical = headFlags.hypothetical;
      } else c.hypothetical = true;
      break;
    case "threat":
      if (!cooperative && recode(lex, c, "threat", true)) {
        c.sources = holder;
        if (head.object.length > 0 && c.targets.length === 0) c.targets = head.object;
        c.hypothetical = headFlags.hypothetical;
      } else c.hypothetical = true;
      break;
    case "refuse":
      if (cooperative && recode(lex, c, "refuse", true)) {
        c.sources = holder;
        c.hypothetical = headFlags.hypothetical;
        c.negated = false;
      } else c.negated = true;
      break;
    case "appeal":
    case "demand": {
      // Asked for cooperation: the matching 02x/10x code; asked for anything else: a plain appeal or demand.
      const asked = cooperative ? recode(lex, c, head.kind, true) : false;
      if (!asked) {
        c.code = head.kind === "appeal" ? "020" : "100";
        c.rule = `${c.rule}+${head.kind}`;
      }
      c.sources = head.subject;
      if (head.object.length > 0) c.targets = head.object;
      c.hypothetical = headFlags.hypothetical;
      c.negated = false;
      break;
    }
    case "plan":
      c.hypothetical = true;
      return;
    case "negate":
      c.negated = true;
      return;
    case "announce":
    case "report":
      // "X said Iraq must release them": a reported obligation is a demand of the reporter.
      if (vg.obligation && head.subject.length > 0) {
        if (!(cooperative && recode(lex, c, "demand", true))) {
          c.code = "100";
          c.rule = `${c.rule}+demand`;
        }
        c.targets = c.sources;
        c.sources = head.subject;
        c.hypothetical = headFlags.hypothetical;
        c.reciprocal = false;
        c.head = head.token;
        return;
      }
      // "X said it would not support Y": a cooperation announced as not going to happen is a refusal.
      if (refusal(lex, c, (vg.wouldOnly || vg.future) && vg.negated && cooperative)) return;
      // "The US announced it would prohibit aid": an announced decision is the act itself.
      if ((vg.wouldOnly || vg.future) && !cooperative && head.kind === "announce") {
        c.hypothetical = false;
        return;
      }
      // "The farmers said they would blockade Paris": a reported conflictual future is a threat.
      if ((vg.wouldOnly || vg.future) && !cooperative && !vg.negated && recode(lex, c, "threat", true)) {
        c.hypothetical = false;
        c.reciprocal = false;
        return;
      }
      // "X said Russia and China would extend support": the reported future of cooperation is intent.
      if ((vg.wouldOnly || vg.future) && cooperative && !pattern?.intent && recode(lex, c, "intent", false)) {
        c.hypothetical = false;
        c.reciprocal = c.sources.length + c.mutual.length > 1 && c.targets.length === 0;
      }
      return;
  }
  c.negated ||= headFlags.negated;
  // A stated intention, threat, refusal or request runs one way: from who states it.
  if (c.rule.includes("+")) c.reciprocal = false;
  c.head = head.token;
}

/**
 * "will not meet", "said it would not support": cooperation stated as not going to happen is a refusal
 * (CAMEO 12), an event of its own, not a negated one. A past non-event ("has not endorsed") stays negated.
 */
function refusal(lex: EventLexicon, c: Candidate, applies: boolean): boolean {
  if (!applies || !recode(lex, c, "refuse", true)) return false;
  c.negated = false;
  c.hypothetical = false;
  c.reciprocal = false;
  return true;
}

function recode(
  lex: EventLexicon,
  c: Candidate,
  kind: "intent" | "threat" | "refuse" | "appeal" | "demand",
  tag: boolean,
): boolean {
  for (const [prefix, to] of lex.frames.maps.get(kind) ?? []) {
    if (c.code.startsWith(prefix)) {
      c.code = to;
      c.rule = tag ? `${c.rule}+${kind}` : `${c.rule}+future`;
      return true;
    }
  }
  return false;
}

/**
 * A noun event: its source is the possessor or modifier in its noun group ("Russia's invasion",
 * "the Russian invasion", "his talks with"), else the subject of the light verb that governs it
 * ("Britain imposed sanctions on Iran"), else "by <actor>" after it.
 */
function nounCandidate(
  view: DocView,
  lex: EventLexicon,
  m: PatternMatch,
  i: number,
  s: Sentence,
  end: number,
  ctx: SubjectContext,
): Candidate | null {
  const tokens = view.tokens;
  const p = m.pattern;
  let own: Mention[] = [];
  let negated = false;
  let hypothetical = false;
  let j = i - 1;
  while (j >= s.tokenStart && (ngAt(tokens, j) || view.mentionAt[j])) {
    const mention = view.mentionAt[j];
    if (mention) {
      own = [mention];
      break;
    }
    j--;
  }
  let head: number | null = null;
  let frame: FrameKind | undefined;
  if (own.length === 0) {
    // Skip back over the noun group to its governing verb: "imposed new sanctions", "carried out an
    // attack", "agreed to a ceasefire".
    let k = i - 1;
    while (k >= s.tokenStart && ngAt(tokens, k)) k--;
    if (
      k > s.tokenStart &&
      (tokens[k].pos === "ADP" || tokens[k].norm === "to") &&
      tokens[k - 1]?.pos === "VERB"
    )
      k--;
    const verb = k >= s.tokenStart && tokens[k].pos === "VERB" ? tokens[k] : null;
    frame = verb ? (lex.frames.heads.get(verb.lemma) ?? undefined) : undefined;
    const reframes =
      frame === "intent" ||
      frame === "refuse" ||
      frame === "appeal" ||
      frame === "demand" ||
      frame === "threat";
    if (verb && (lex.frames.light.has(verb.lemma) || reframes)) {
      const vg = verbGroup(tokens, k, s.tokenStart);
      own = findSubject(view, vg.start, s.tokenStart, vg.infinitive, ctx);
      negated = vg.negated;
      hypothetical = vg.modal || vg.future;
      if (reframes) head = k;
    }
  }
  if (own.length === 0) own = passiveAgent(view, i + 1, end);
  if (own.length === 0 && p.subject === "source") {
    // An adjunct of the clause ("..., in his talks with Xi", "during a visit to Beijing"): the event
    // belongs to the clause's subject.
    let k = i - 1;
    while (k >= s.tokenStart && ngAt(tokens, k)) k--;
    if (k >= s.tokenStart && ADJUNCT_PREPOSITIONS.has(tokens[k].norm)) {
      for (let v = k - 1; v >= s.tokenStart; v--) {
        if (tokens[v].pos !== "VERB") continue;
        own = ctx.previousVerbSubject(v + 1);
        break;
      }
    }
  }
  const c: Candidate = {
    trigger: i,
    code: p.code,
    rule: p.rule,
    sources: [...m.sources],
    targets: [...m.targets],
    mutual: [...m.both],
    reciprocal: p.reciprocal,
    negated,
    hypothetical,
    consumed: [...m.consumed],
    head: null,
    end,
    pattern: p,
  };
  if (p.subject === "target") c.targets.unshift(...own);
  else if (p.subject === "both") c.mutual.unshift(...own);
  else if (p.subject === "source" || c.sources.length === 0) c.sources.unshift(...own);
  if (c.sources.length === 0 && c.mutual.length < 2) return null;
  // "agreed to a ceasefire", "refused talks", "demanded a truce": the head re-codes the noun's event.
  if (
    head !== null &&
    frame &&
    frame !== "plan" &&
    frame !== "negate" &&
    frame !== "report" &&
    frame !== "announce"
  ) {
    const cooperative = Number(c.code.slice(0, 2)) <= 8;
    const kind =
      frame === "threat" ? (cooperative ? null : "threat") : cooperative && !p.intent ? frame : null;
    if (kind && recode(lex, c, kind, true)) {
      c.head = head;
      // "A and B agreed to a truce" stays mutual; "A offered talks" runs one way.
      c.reciprocal = p.reciprocal && c.targets.length === 0;
      if (c.mutual.length > 0) {
        c.sources = c.mutual;
        c.mutual = [];
      }
    }
  }
  return c;
}

const TOPICAL_PREPOSITIONS = new Set([
  "over",
  "of",
  "against",
  "for",
  "to",
  "following",
  "since",
  "about",
  "on",
  "into",
  "amid",
]);

const ADJUNCT_PREPOSITIONS = new Set(["in", "during", "at", "after", "before", "on", "following", "ahead"]);

/** A predicate: is token i inside a conditional clause ("if", "unless" before it, same clause)? */
function conditionalFrom(view: DocView, s: Sentence): (i: number) => boolean {
  let open = -1;
  const inside: boolean[] = [];
  for (let i = s.tokenStart; i < s.tokenEnd; i++) {
    const t = view.tokens[i];
    if (CONDITIONALS.has(t.norm)) open = i;
    else if (open >= 0 && (t.text === "," || t.text === ";")) open = -1;
    inside[i - s.tokenStart] = open >= 0 && open < i;
  }
  return (i) => inside[i - s.tokenStart] ?? false;
}
