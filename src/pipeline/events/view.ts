import type { Actor } from "../../analysis.js";
import type { Doc, Mention, Token } from "../doc.js";

/**
 * What the events coder needs to know about a document, indexed once: the tokens, and for each token
 * the actor mention covering it. Built in one linear pass over the mentions.
 */
export interface DocView {
  doc: Doc;
  tokens: Token[];
  /** token index → the mention covering it (actor-bearing mentions only) */
  mentionAt: (Mention | undefined)[];
  /** token index → place mentions (only where something happens) */
  placeAt: (Mention | undefined)[];
  actorsById: Map<string, Actor>;
}

/** An actor slot filled from a mention. */
export interface ActorRef {
  mention: Mention;
  actor: string | null;
  code: string;
}

export function buildView(doc: Doc): DocView {
  const n = doc.tokens.length;
  const mentionAt: (Mention | undefined)[] = new Array(n);
  const placeAt: (Mention | undefined)[] = new Array(n);
  const actorsById = new Map(doc.actors.map((a) => [a.id, a]));
  for (const m of doc.mentions) {
    const actor = m.actor ? actorsById.get(m.actor) : undefined;
    const isPlace = m.kind === "place" || actor?.kind === "place";
    const target = isPlace ? placeAt : mentionAt;
    if (!isPlace && !m.code && !actor) continue;
    for (let i = m.tokenStart; i < m.tokenEnd && i < n; i++) {
      // Longest mention wins where two overlap.
      const prev = target[i];
      if (!prev || prev.tokenEnd - prev.tokenStart < m.tokenEnd - m.tokenStart) target[i] = m;
    }
  }
  return { doc, tokens: doc.tokens, mentionAt, placeAt, actorsById };
}

export function actorRef(view: DocView, m: Mention): ActorRef | null {
  const actor = m.actor ? view.actorsById.get(m.actor) : undefined;
  const code = actor?.code || m.code;
  if (!code) return null;
  return { mention: m, actor: m.actor, code };
}

/** The actor mention that ends at token i (its last token is i), if any. */
export function mentionEndingAt(view: DocView, i: number): Mention | undefined {
  const m = view.mentionAt[i];
  return m && m.tokenEnd - 1 === i ? m : undefined;
}

export function mentionStartingAt(view: DocView, i: number): Mention | undefined {
  const m = view.mentionAt[i];
  return m && m.tokenStart === i ? m : undefined;
}
