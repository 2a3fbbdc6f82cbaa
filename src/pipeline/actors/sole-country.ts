import type { ActorLexicon } from "../../lexicon/actors.js";
import type { Doc, Mention } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";

/** Kinds of mention that say which country a sentence is about. */
const COUNTRY_BEARING = new Set(["name", "demonym", "metonym", "place", "agent", "title", "acronym"]);

/**
 * An agent or title with no country of its own ("police", "the opposition", "the president") takes the
 * country of its sentence when the sentence names exactly one: "police fired on protesters in Nairobi"
 * makes Kenyan police and Kenyan protesters. With two countries or none it stays without.
 */
export function soleCountryCoding(doc: Doc, lex: ActorLexicon): void {
  const bySentence = new Map<number, Mention[]>();
  for (const m of doc.mentions) {
    const s = doc.tokens[m.tokenStart].sentence;
    const list = bySentence.get(s) ?? [];
    list.push(m);
    bySentence.set(s, list);
  }
  for (const list of bySentence.values()) {
    const countries = new Set<string>();
    for (const m of list) {
      const c = infoOf(m).country;
      if (c && COUNTRY_BEARING.has(m.kind) && lex.countries.has(c)) countries.add(c);
    }
    if (countries.size !== 1) continue;
    const [country] = countries;
    for (const m of list) {
      const info = infoOf(m);
      if (info.country || !info.role || (m.kind !== "agent" && m.kind !== "title")) continue;
      info.country = country;
      m.code = codeFor(country, info.role);
    }
  }
}
