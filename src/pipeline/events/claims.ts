import type { EventLexicon } from "../../lexicon/events.js";
import type { VerbPattern } from "../../lexicon/events-pattern.js";
import type { Mention, Sentence } from "../doc.js";
import type { Candidate } from "./candidates.js";
import { findSubject, type SubjectContext } from "./slots.js";
import { verbGroup } from "./verb-group.js";
import { actorRefs, type DocView } from "./view.js";
import { baseForms } from "./words.js";

/**
 * What a political actor says another did: "X said (that) Y attacked Z" is also X accusing Y (CAMEO
 * 11), and "X claimed that it attacked Z" is X claiming responsibility (015). A claim or an allegation
 * ("claimed", "alleged") reports what is not established: the act claimed is kept, flagged
 * hypothetical. Words and codes are in frames.txt (`set allege`, `set sides`, `recode accuse`,
 * `recode responsibility`); the speaking verbs are the `report` heads there.
 */
export function claimCandidates(
  view: DocView,
  lex: EventLexicon,
  s: Sentence,
  candidates: Candidate[],
): Candidate[] {
  const frames = lex.frames;
  const allege = frames.sets?.get("allege");
  const out: Candidate[] = [];
  const tokens = view.tokens;
  for (let h = s.tokenStart; h < s.tokenEnd; h++) {
    const t = tokens[h];
    if (t.pos !== "VERB" && t.pos !== "ADJ") continue; // (before the word-form work below, for speed)
    const alleging =
      allege !== undefined && (allege.has(t.lemma) || baseForms(t.norm).some((b) => allege.has(b)));
    // "alleged that" is tagged an adjective at times; before "that" it is the verb.
    if (!(t.pos === "VERB" || (alleging && t.pos === "ADJ" && tokens[h + 1]?.norm === "that"))) continue;
    if (!alleging && frames.heads.get(t.lemma) !== "report") continue;
    const vg = verbGroup(tokens, h, s.tokenStart);
    if (vg.negated || vg.infinitive || vg.gerund) continue;
    const speaker = findSubject(view, vg.start, s.tokenStart, false, NO_CONTEXT);
    // The claim's content runs from the verb to the end of its sentence (or a semicolon).
    let end = h + 1;
    while (end < s.tokenEnd && tokens[end].text !== ";") end++;
    // A relative clause inside the content ("must return a helicopter that was seized") describes, it
    // does not claim: the content stops at the first relative pronoun after the complementizer.
    // ("..., and that Y ..." opens a second content clause: a conjunction "that" never ends it.)
    for (let k = h + 1, complementizer = true; k < end; k++) {
      const w = tokens[k].norm;
      if (w === "that" && (complementizer || tokens[k].pos === "SCONJ")) complementizer = false;
      else if (w === "that" || w === "which" || w === "who" || w === "whom" || w === "whose") end = k;
      else if (tokens[k].pos === "VERB" || tokens[k].pos === "AUX") complementizer = false;
    }
    for (const c of candidates) {
      if (c.trigger <= h || c.trigger >= end || c.negated || !conflictual(c.code)) continue;
      // "victims killed by ...": a passive participle after its noun describes the noun; it is not what
      // is said. ("troops attacked Ukraine" has its doer before the verb: that is said.)
      const before = tokens[c.trigger - 1];
      const describes =
        (before?.pos === "NOUN" || before?.pos === "PROPN") &&
        c.sources.every((m) => m.tokenStart > c.trigger);
      if (describes) continue;
      // Said to be going to happen, or only possible: not something anyone is accused of yet.
      if (c.hypothetical && !alleging) continue;
      if (alleging) c.hypothetical = true;
      if (speaker.length === 0 || c.sources.length === 0) continue;
      // "X said they attacked": a pronoun doer is, as far as a shallow reading can tell, the speaker's side.
      const own = c.sources.some((m) => m.kind === "pronoun") || sameSide(view, lex, speaker, c.sources);
      if (own) {
        const code = alleging && c.targets.length > 0 ? recoded(lex, "responsibility", c.code) : null;
        if (code) out.push(claim(h, code, "responsibility", speaker, c.targets, vg.modal));
      } else if (speaksForSide(view, lex, speaker)) {
        const code = recoded(lex, "accuse", c.code);
        if (code) out.push(claim(h, code, "accuse", speaker, c.sources, vg.modal));
      }
    }
  }
  return out;
}

const NO_CONTEXT: SubjectContext = { previousVerbSubject: () => [] };

function conflictual(code: string): boolean {
  return Number(code.slice(0, 2)) >= 17;
}

function recoded(lex: EventLexicon, name: string, code: string): string | null {
  for (const [prefix, to] of lex.frames.recodes?.get(name) ?? []) if (code.startsWith(prefix)) return to;
  return null;
}

/**
 * The same actor, or actors of the same country on the same side of it ("the US claimed its forces
 * struck ..."): a state's army and that country's rebels are not one side.
 */
function sameSide(view: DocView, lex: EventLexicon, a: Mention[], b: Mention[]): boolean {
  const left = a.flatMap((m) => actorRefs(view, m));
  const right = b.flatMap((m) => actorRefs(view, m));
  const against = lex.frames.sets?.get("against-the-state");
  const camp = (code: string) => (against?.has(code.slice(3, 6).toLowerCase()) ? "against" : "state");
  return left.some((x) =>
    right.some(
      (y) =>
        (x.actor !== null && x.actor === y.actor) ||
        (x.code.slice(0, 3) === y.code.slice(0, 3) &&
          x.code.slice(0, 3) !== "---" &&
          camp(x.code) === camp(y.code)),
    ),
  );
}

/** A state, an inter-governmental body, or a party to a conflict (not the press, not a bystander). */
function speaksForSide(view: DocView, lex: EventLexicon, speaker: Mention[]): boolean {
  const sides = lex.frames.sets?.get("sides");
  return speaker
    .flatMap((m) => actorRefs(view, m))
    .some((r) => {
      if (r.code.startsWith("---")) return false;
      if (r.code.startsWith("IGO")) return true;
      const role = r.code.slice(3, 6).toLowerCase();
      return role === "" || sides?.has(role) === true;
    });
}

function claim(
  trigger: number,
  code: string,
  kind: string,
  sources: Mention[],
  targets: Mention[],
  hypothetical: boolean,
): Candidate {
  const pattern: VerbPattern = { ...CLAIM, rule: `verbs/frames#claim.${kind}`, code };
  return {
    trigger,
    code,
    rule: pattern.rule,
    sources,
    targets,
    mutual: [],
    reciprocal: false,
    negated: false,
    hypothetical,
    consumed: [],
    head: null,
    end: trigger + 1,
    pattern,
  };
}

const CLAIM: VerbPattern = {
  rule: "verbs/frames#claim",
  code: "112",
  trigger: "verb",
  lemmas: [],
  subject: "source",
  before: [],
  after: [],
  reciprocal: false,
  targetRequired: true,
  intent: false,
  specificity: 0,
};
