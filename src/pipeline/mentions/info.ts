import type { Place, Pronoun } from "../../lexicon/actors.js";
import type { Mention } from "../doc.js";

/**
 * What the mentions stage learned about a mention beyond its code, for the actors stage: which person or
 * organisation it names, the office and country a title gave it, a pronoun's gender. Kept beside the
 * mention (not on it) because it is the two stages' private business, not part of the Doc's contract.
 */
export interface MentionInfo {
  /** A person of the lexicon (index into ActorLexicon.people). */
  person?: number;
  /** A person the lexicon does not know: the name as written, without title ("Adaeze Okonkwo"). */
  personName?: string;
  /** Only the surname was written ("Mr Putin", "Okonkwo"). */
  surnameOnly?: boolean;
  /** An organisation of the lexicon (index into ActorLexicon.organizations). */
  org?: number;
  /** An organisation the lexicon does not know, named in the text ("Nigerian Union of Teachers"). */
  orgName?: string;
  /** Country the text gives this mention ("Russian", "of Nigeria", "Sudan's"). */
  country?: string | null;
  /** Role the text gives it (from a title or an agent word). */
  role?: string | null;
  /** Canonical office of its title ("Foreign Minister"). */
  office?: string | null;
  /** A past office: "former President", "ousted leader". */
  former?: boolean;
  gender?: "m" | "f" | null;
  place?: Place;
  pronoun?: Pronoun;
  /** A country word that names a stance, not a belonging: "pro-Russian", "anti-American". */
  stance?: boolean;
  /** An agent that names a body ("the Chinese foreign ministry", "police"), not a person or people. */
  body?: boolean;
  /** Names more than one: "Russian troops", "officials", "the two leaders". */
  plural?: boolean;
  /** "the two leaders": how many, and of what. */
  group?: { size: number; of: "person" | "country" | "any" };
  /** An acronym defined in the text: the first token of the mention it abbreviates. */
  expands?: number;
}

const infos = new WeakMap<Mention, MentionInfo>();

export function setInfo(mention: Mention, info: MentionInfo): void {
  infos.set(mention, info);
}

export function infoOf(mention: Mention): MentionInfo {
  return infos.get(mention) ?? {};
}
