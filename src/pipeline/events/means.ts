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
