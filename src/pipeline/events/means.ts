import type { EventLexicon } from "../../lexicon/events.js";
import type { Mention } from "../doc.js";
import type { DocView } from "./view.js";
import { ngAt } from "./words.js";

/** Prepositions that introduce the attack a passive victim suffered: "killed in an Israeli strike". */
const MEANS_PREPOSITIONS = new Set(["in", "by", "during", "under"]);

/**
 * The attacker named by the attack itself after a passive verb of harm: "were killed in Israeli tank
 * shelling", "wounded by a Russian missile strike" → the actor inside that noun group, and the attack's
 * own code (CAMEO codes the means: shelling is fighting with artillery, 194, not a physical assault).
 * The attack word is a noun or gerund the lexicon codes as conflict (roots 18-20) on its own.
 */
export function attackMeans(
  view: DocView,
  lex: EventLexicon,
  from: number,
  end: number,
): { agent: Mention[]; code: string; word: number } | null {
  const tokens = view.tokens;
  for (let j = from; j < end && j - from <= 4; j++) {
    if (!MEANS_PREPOSITIONS.has(tokens[j].norm)) continue;
    let agent: Mention | undefined;
    let k = j + 1;
    for (; k < end && (ngAt(tokens, k) || view.mentionAt[k] || tokens[k].pos === "VERB"); k++) {
      const m = view.mentionAt[k];
      if (m) {
        agent ??= m;
        k = m.tokenEnd - 1;
        continue;
      }
      const code = conflictCode(lex, tokens[k].norm, tokens[k].lemma);
      if (code && agent) return { agent: [agent], code, word: k };
      if (tokens[k].pos === "VERB") break;
    }
    return null;
  }
  return null;
}

/** The code of a word the lexicon knows as an attack on its own (a noun, or a verb used as a gerund). */
function conflictCode(lex: EventLexicon, norm: string, lemma: string): string | null {
  const patterns =
    lex.nouns.get(norm) ?? lex.nouns.get(lemma) ?? (norm.endsWith("ing") ? lex.verbs.get(lemma) : undefined);
  // The plainest of its conflict patterns: what the word means with no other words around it.
  let best: { code: string; specificity: number } | null = null;
  for (const p of patterns ?? []) {
    const root = Number(p.code.slice(0, 2));
    if (root < 18 || root > 20) continue;
    if (!best || p.specificity < best.specificity) best = { code: p.code, specificity: p.specificity };
  }
  return best?.code ?? null;
}

/**
 * "killed in a car crash", "died in the earthquake": harm whose cause is an accident or a disaster is
 * no political event. The cause is a noun group after in/by/during whose head is in `set accidents`
 * (frames.txt).
 */
export function accidentCause(view: DocView, lex: EventLexicon, from: number, end: number): boolean {
  const accidents = lex.frames.sets?.get("accidents");
  if (!accidents) return false;
  const tokens = view.tokens;
  for (let j = from; j < end && j - from <= 4; j++) {
    if (!MEANS_PREPOSITIONS.has(tokens[j].norm)) continue;
    for (let k = j + 1; k < end && (ngAt(tokens, k) || view.mentionAt[k]); k++) {
      if (accidents.has(tokens[k].norm) || accidents.has(tokens[k].lemma)) return true;
    }
    return false;
  }
  return false;
}

/**
 * "A car bomb in Baghdad killed three engineers", "a roadside bombing near X wounded two soldiers": the
 * clause's subject is a device or an attack with no one named behind it. The doer is unknown, as in an
 * agentless passive. True when the first noun group of the clause, before the verb at `vgStart` with
 * only its own modifiers and places between, ends in such a word (`set blasts` in frames.txt, or a
 * noun the lexicon codes as conflict on its own) and holds no actor.
 */
export function blastSubject(
  view: DocView,
  lex: EventLexicon,
  clauseStart: number,
  vgStart: number,
): boolean {
  const tokens = view.tokens;
  const blasts = lex.frames.sets?.get("blasts");
  let k = clauseStart;
  let head = -1;
  for (; k < vgStart && ngAt(tokens, k); k++) {
    if (view.mentionAt[k]) return false;
    if (tokens[k].pos === "NOUN") head = k;
  }
  if (head < 0) return false;
  const t = tokens[head];
  if (!(blasts?.has(t.norm) || blasts?.has(t.lemma) || conflictCode(lex, t.norm, t.lemma))) return false;
  // Between the subject and its verb: where and when ("near the town of X on Sunday"), nothing else.
  for (; k < vgStart; k++) {
    const u = tokens[k];
    const m = view.mentionAt[k];
    if (m) {
      // A country after a preposition is where it went off ("in Mali"); any other actor may be the doer.
      const actor = m.actor ? view.actorsById.get(m.actor) : undefined;
      if (tokens[m.tokenStart - 1]?.pos !== "ADP" || actor?.kind !== "country") return false;
      k = m.tokenEnd - 1;
      continue;
    }
    if (!(ngAt(tokens, k) || u.pos === "ADP" || view.placeAt[k])) return false;
  }
  return true;
}
