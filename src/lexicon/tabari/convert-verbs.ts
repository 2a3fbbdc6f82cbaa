import { type PatternElement, specificityOf, type VerbPattern } from "../events-pattern.js";
import type { EventCode, PatternItem, Synset, VerbDictionary, VerbEntry, VerbPatternEntry } from "./types.js";

/** The null code as Dyad carries it: a pattern with it matches and yields no event. */
export const NULL_CODE = "---";

/**
 * Converts a PETRARCH verb dictionary into Dyad's compiled `VerbPattern`s. Each verb's bare code
 * becomes a default pattern (subject → object); each `- pattern [code]` line becomes one pattern for
 * the family's single-word verbs and one for each multi-word verb (and one per variant: multi-word
 * synset phrases before the verb, the implied target before or after the words). Patterns Dyad can
 * hold only in part are counted in `approximated`: an actor slot among the words before the verb
 * (its position is lost), or more variants than are kept.
 */
export function convertVerbs(
  dict: VerbDictionary,
  file: string,
): { patterns: VerbPattern[]; reverseCodes: Map<string, string>; approximated: number } {
  const patterns: VerbPattern[] = [];
  // A paired code ("032:033"): the target does the second back to the source; "031:031" is done
  // both ways alike.
  const reverseCodes = new Map<string, string>();
  const add = (pattern: VerbPattern, code: EventCode) => {
    patterns.push(pattern);
    if (code.code !== null && code.reverse !== null) {
      reverseCodes.set(pattern.rule, code.reverse);
    }
  };
  let approximated = 0;
  for (const family of dict.families) {
    const single = family.verbs.filter((v) => v.phrase.length === 1);
    const multi = family.verbs.filter((v) => v.phrase.length > 1);
    const rule = (what: string) =>
      `petrarch/${file}#${family.name.toLowerCase().replace(/\s+/g, "_")}.${what}`;
    // The verbs a pattern line applies to, with their lookup keys: computed once per family and
    // shared by its patterns (a large family has hundreds of forms and hundreds of patterns).
    const groups: [string[], string[][][], PatternElement[]][] = [];
    if (single.length > 0) groups.push([[...new Set(single.flatMap(keysOf))], [], []]);
    for (const v of multi) {
      groups.push([keysOf(v), verbBefore(v), verbAfter(v)]);
      // "wire tap": the tagger may make the first word the verb; then the rest, inflected, follows it.
      if (v.head > 0) groups.push([[v.phrase[0]], [], [{ kind: "words", alternatives: restForms(v) }]]);
    }
    for (const v of family.verbs) {
      const code = v.code ?? family.code;
      const bare = make(
        rule(`${v.phrase.join("_")}:${v.line}`),
        code,
        keysOf(v),
        verbBefore(v),
        [...verbAfter(v), { kind: "target" }],
        "source",
      );
      // The bare verb yields to any pattern of its family that matches.
      bare.specificity = 0;
      add(bare, code);
      if (v.head > 0) {
        const first = make(
          rule(`${v.phrase.join("_")}:${v.line}`),
          code,
          [v.phrase[0]],
          [],
          [{ kind: "words", alternatives: restForms(v) }, { kind: "target" }],
          "source",
        );
        first.specificity = 0;
        add(first, code);
      }
    }
    for (const p of family.patterns) {
      const converted = convertPattern(p, dict.synsets);
      if (converted.approximated) approximated++;
      for (const [keys, pre, post] of groups) {
        for (const before of converted.befores) {
          for (const after of converted.afters) {
            const made = make(
              rule(`${p.line}`),
              p.code,
              keys,
              [...before.words, ...pre],
              [...post, ...after],
              converted.subject,
            );
            if (before.gaps.some(Boolean)) made.beforeGaps = [...before.gaps, ...pre.map(() => false)];
            add(made, p.code);
          }
        }
      }
    }
  }
  return { patterns, reverseCodes, approximated };
}

function make(
  rule: string,
  code: EventCode,
  lemmas: string[],
  before: string[][][],
  after: PatternElement[],
  subject: VerbPattern["subject"],
): VerbPattern {
  // Flags Dyad's own patterns may gain later are left unset (false) here: hence the assertion.
  return {
    // PETRARCH patterns never require a target: an empty actor slot yields a one-sided event.
    targetRequired: false,
    rule,
    code: code.code ?? NULL_CODE,
    trigger: "verb",
    lemmas,
    subject,
    before,
    after,
    reciprocal: code.code !== null && code.reverse === code.code,
    // PETRARCH patterns spell out intentions, refusals and appeals themselves: no frame re-codes them.
    intent: true,
    specificity: specificityOf(before, after) + 5,
    looseObject: true,
  } as VerbPattern;
}

/** The words the verb is looked up by: every form of its inflecting word. */
function keysOf(v: VerbEntry): string[] {
  const keys = new Set<string>();
  for (const f of v.forms) if (f.length === v.phrase.length) keys.add(f[v.head]);
  keys.add(v.phrase[v.head]);
  return [...keys];
}

/** "tap", "taps", "tapped" of "wire tap": every form of the words after the first. */
function restForms(v: VerbEntry): string[][] {
  return v.forms.filter((f) => f.length === v.phrase.length).map((f) => f.slice(1));
}

/** "wire tap": the words before the inflecting one must stand right before the verb. */
function verbBefore(v: VerbEntry): string[][][] {
  return v.phrase.slice(0, v.head).map((w) => [[w]]);
}

/** "break down": the particle after the verb. */
function verbAfter(v: VerbEntry): PatternElement[] {
  const rest = v.phrase.slice(v.head + 1);
  return rest.length > 0 ? [{ kind: "words", alternatives: [rest] }] : [];
}

/** At most this many variants of one pattern are made from multi-word alternatives before the verb. */
const MAX_VARIANTS = 32;

/** The words before the verb (nearest last) and, after each, whether other words may stand there. */
interface BeforeVariant {
  words: string[][][];
  gaps: boolean[];
}

interface Converted {
  subject: VerbPattern["subject"];
  /** Variants of the words before the verb. */
  befores: BeforeVariant[];
  /** Variants of what follows the verb. */
  afters: PatternElement[][];
  approximated: boolean;
}

function convertPattern(p: VerbPatternEntry, synsets: Map<string, Synset>): Converted {
  let approximated = false;
  // Before the verb: the actor slot nearest the verb is the subject. Every word before the verb must
  // appear in order; a space after it in the pattern lets other words stand between (a gap), a `_`
  // does not, and an actor slot or `^` after it always leaves one.
  let subject: VerbPattern["subject"] = null;
  for (let i = p.before.length - 1; i >= 0 && subject === null; i--) {
    const kind = p.before[i].element.kind;
    if (kind === "source") subject = "source";
    else if (kind === "target") subject = "target";
    else if (kind === "compound") subject = "both";
  }
  // Dyad's `before` holds one word per element: the single-word alternatives of an item stay one
  // element, and each multi-word alternative ("did n't") makes a variant of the pattern of its own.
  let befores: BeforeVariant[] = [{ words: [], gaps: [] }];
  p.before.forEach((item, i) => {
    const kind = item.element.kind;
    if (kind !== "word" && kind !== "synset") {
      if (kind === "skip") approximated = true;
      if (i < p.before.length - 1) approximated = true;
      for (const b of befores) if (b.gaps.length > 0) b.gaps[b.gaps.length - 1] = true;
      return;
    }
    const gap = i === p.before.length - 1 ? !p.joinedToVerb : !item.joined;
    const alts = alternatives(item, synsets);
    const single = alts.filter((a) => a.length === 1);
    const options: BeforeVariant[] = [];
    if (single.length > 0) options.push({ words: [single], gaps: [gap] });
    for (const a of alts) {
      if (a.length > 1)
        options.push({ words: a.map((w) => [[w]]), gaps: a.map((_, k) => k === a.length - 1 && gap) });
    }
    const next: BeforeVariant[] = [];
    for (const b of befores) {
      for (const o of options) next.push({ words: [...b.words, ...o.words], gaps: [...b.gaps, ...o.gaps] });
    }
    befores = next.slice(0, MAX_VARIANTS);
    if (next.length > MAX_VARIANTS) approximated = true;
  });
  // No slot before the verb: its subject is the source, unless the source is named after it.
  if (subject === null) subject = p.after.some((i) => i.element.kind === "source") ? "target" : "source";
  // After the verb: `_`-joined words become one multi-word element.
  const after: PatternElement[] = [];
  // The words element still open to a `_`-joined item, if any. Synset phrases are shared, not copied.
  let open = false;
  for (const item of p.after) {
    const k = item.element.kind;
    if (k === "source" || k === "target" || k === "compound") {
      open = false;
      // A compound slot after the verb is the target, the source being the subject ("agreed with A
      // and B": X→A, X→B); before the verb it holds both sides ("A and B agreed": A→B, B→A), as
      // PETRARCH's coder reads %.
      after.push({ kind: k === "compound" ? (subject === "both" ? "both" : "target") : k });
      continue;
    }
    if (k === "skip") {
      open = false;
      after.push({ kind: "skip" });
      continue;
    }
    const alts = alternatives(item, synsets);
    const last = after[after.length - 1];
    if (open && last?.kind === "words") {
      const joined: string[][] = [];
      for (const a of last.alternatives) for (const b of alts) joined.push([...a, ...b]);
      after[after.length - 1] = { kind: "words", alternatives: joined };
    } else after.push({ kind: "words", alternatives: alts });
    open = item.joined;
  }
  // PETRARCH takes the first actor after the verb as the target when the pattern names none, wherever
  // the pattern's words are: before them ("allowed that X isn't a pleasant place") or after them
  // ("called for sanctions against X"). Dyad's patterns are ordered, so each order is a variant.
  const afters: PatternElement[][] = [after];
  if (subject === "source" && !after.some((e) => e.kind === "target" || e.kind === "both")) {
    afters[0] = [...after, { kind: "target" }];
    if (after.length > 0) afters.push([{ kind: "target" }, ...after]);
  }
  return { subject, befores, afters, approximated };
}

function alternatives(item: PatternItem, synsets: Map<string, Synset>): string[][] {
  const e = item.element;
  if (e.kind === "word") return [[e.word]];
  if (e.kind === "synset") return synsets.get(e.name)?.phrases ?? [];
  return [];
}
