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
  // A capital acting ("Moscow said") is its government, although its actor is the country.
  let code = (m.kind === "metonym" && m.code) || actor?.code || m.code;
  if (!code || code === "---") return null;
  // A role with no country ("the mayor" → GOV, "---GOV") takes the country of "of <place>" after it,
  // or of the possessor before it ("Nicaragua's government").
  const role = code.startsWith("---") ? code.slice(3) : code;
  if (ROLES.has(role)) {
    const country = countryAfterOf(view, m) ?? countryBefore(view, m);
    if (country) code = country + role;
  }
  return { mention: m, actor: m.actor, code };
}

const ROLES = new Set([
  "GOV",
  "MIL",
  "REB",
  "OPP",
  "CVL",
  "COP",
  "JUD",
  "LEG",
  "BUS",
  "MED",
  "EDU",
  "HLH",
  "REL",
  "LAB",
  "AGR",
  "REF",
  "SPY",
  "CRM",
  "UAF",
  "PTY",
  "ELI",
]);

/** "Nicaragua's Sandinista government": the country of an actor named just before, in the same noun group. */
function countryBefore(view: DocView, m: Mention): string | null {
  const tokens = view.tokens;
  for (let j = m.tokenStart - 1; j >= 0 && m.tokenStart - j <= 4; j--) {
    const other = view.mentionAt[j] ?? view.placeAt[j];
    if (other) {
      const actor = other.actor ? view.actorsById.get(other.actor) : undefined;
      return actor?.country ?? null;
    }
    const t = tokens[j];
    if (!(t.pos === "ADJ" || t.pos === "PROPN" || t.pos === "NOUN" || t.norm === "'s" || t.norm === "'"))
      return null;
  }
  return null;
}

/** "the mayor of the West Bank city of Nablus" → the country of the first place or country after "of". */
function countryAfterOf(view: DocView, m: Mention): string | null {
  const tokens = view.tokens;
  if (tokens[m.tokenEnd]?.norm !== "of") return null;
  for (let j = m.tokenEnd + 1; j < tokens.length && j - m.tokenEnd <= 8; j++) {
    const other = view.mentionAt[j] ?? view.placeAt[j];
    if (other) {
      const actor = other.actor ? view.actorsById.get(other.actor) : undefined;
      const country = actor?.country ?? (other.code && /^[A-Z]{3}$/.test(other.code) ? other.code : null);
      return country;
    }
    const t = tokens[j];
    if (
      !(
        t.pos === "DET" ||
        t.pos === "ADJ" ||
        t.pos === "NOUN" ||
        t.pos === "PROPN" ||
        t.norm === "of" ||
        t.text === "-"
      )
    ) {
      return null;
    }
  }
  return null;
}

const PEOPLE = /\b(leaders?|presidents?|ministers?|heads?|men|women|premiers?|chancellors?)\b/i;
const STATES = /\b(countr(y|ies)|nations?|states?|governments?|sides?|capitals?|neighbou?rs?|powers?)\b/i;

/**
 * The actors a mention stands for. "The two leaders", "both countries", "the two sides" stand for the
 * last two distinct actors of that kind named before them (within a few sentences); any other mention
 * for its own actor.
 */
export function actorRefs(view: DocView, m: Mention): ActorRef[] {
  const own = actorRef(view, m);
  // A mention that stands for several actors by code: one reference each (no actor of their own).
  if (m.alsoCodes)
    return [...(own ? [own] : []), ...m.alsoCodes.map((code) => ({ mention: m, actor: null, code }))];
  if (m.kind !== "group" || !/\b(two|both)\b/i.test(m.text)) return own ? [own] : [];
  const sentence = view.tokens[m.tokenStart]?.sentence ?? 0;
  const wanted = PEOPLE.test(m.text) ? "person" : STATES.test(m.text) ? "country" : null;
  const found: ActorRef[] = [];
  const seen = new Set<string>();
  const mentions = view.doc.mentions;
  for (let k = mentions.length - 1; k >= 0 && found.length < 2; k--) {
    const other = mentions[k];
    if (other.start >= m.start || other.kind === "group" || other.kind === "pronoun" || !other.actor)
      continue;
    if (sentence - (view.tokens[other.tokenStart]?.sentence ?? 0) > 3) break;
    const actor = view.actorsById.get(other.actor);
    if (!actor || seen.has(actor.id) || actor.kind === "place") continue;
    if (wanted && actor.kind !== wanted) continue;
    const ref = actorRef(view, other);
    if (!ref || found.some((f) => f.code === ref.code)) continue;
    seen.add(actor.id);
    found.push({ ...ref, mention: m });
  }
  return found.length === 2 ? found.reverse() : own ? [own] : [];
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
