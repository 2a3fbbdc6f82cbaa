import type { Actor } from "../../analysis.js";
import type { Doc, Mention } from "../doc.js";

const indexes = new WeakMap<Doc, { mentions: Mention[]; byToken: Int32Array }>();

/** token index → index into doc.mentions (-1 when no mention covers the token); built once per Doc. */
export function mentionIndex(doc: Doc): Int32Array {
  const cached = indexes.get(doc);
  if (cached && cached.mentions === doc.mentions && cached.byToken.length === doc.tokens.length)
    return cached.byToken;
  const byToken = new Int32Array(doc.tokens.length).fill(-1);
  doc.mentions.forEach((m, k) => {
    for (let i = m.tokenStart; i < m.tokenEnd; i++) byToken[i] = k;
  });
  indexes.set(doc, { mentions: doc.mentions, byToken });
  return byToken;
}

/** The mention that covers token `tokenIndex`, if any. */
export function mentionAt(doc: Doc, tokenIndex: number): Mention | undefined {
  const k = mentionIndex(doc)[tokenIndex];
  return k === undefined || k < 0 ? undefined : doc.mentions[k];
}

/** The actor a mention is linked to, if any. */
export function actorOf(doc: Doc, mention: Mention | undefined): Actor | undefined {
  if (!mention?.actor) return undefined;
  return doc.actors.find((a) => a.id === mention.actor);
}

/**
 * The code a mention carries where it stands: a metonym acting ("Moscow said") is its government
 * (RUSGOV) although its actor is the country; otherwise the actor's code.
 */
export function codeAt(doc: Doc, mention: Mention): string | null {
  if (mention.kind === "metonym" && mention.code) return mention.code;
  return actorOf(doc, mention)?.code ?? mention.code;
}
