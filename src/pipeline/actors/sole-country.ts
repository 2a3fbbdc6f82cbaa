import type { ActorLexicon } from "../../lexicon/actors.js";
import type { Doc, Mention } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";
import { personCode } from "./coding.js";

/** Kinds of mention that say which country a sentence is about. */
const COUNTRY_BEARING = new Set(["name", "demonym", "metonym", "place", "agent", "title", "acronym"]);

const bySentenceCache = new WeakMap<Mention[], Map<number, Mention[]>>();

/** The mentions of each sentence (computed once per mention list). */
export function mentionsBySentence(doc: Doc): Map<number, Mention[]> {
  let map = bySentenceCache.get(doc.mentions);
  if (!map) {
    map = new Map();
    for (const m of doc.mentions) {
      const s = doc.tokens[m.tokenStart].sentence;
      const list = map.get(s);
      if (list) list.push(m);
      else map.set(s, [m]);
    }
    bySentenceCache.set(doc.mentions, map);
  }
  return map;
}

/** The one country a sentence names, if it names exactly one. */
export function soleCountryOf(doc: Doc, lex: ActorLexicon, sentence: number): string | null {
  const countries = new Set<string>();
  for (const m of mentionsBySentence(doc).get(sentence) ?? []) {
    const info = infoOf(m);
    const c = info.country;
    // An organisation in the sentence ("told the BBC", "EU ambassadors") makes it ambiguous: it counts
    // as another party, never as the country.
    if (info.stance) continue;
    if (info.org !== undefined) countries.add(`org:${info.org}`);
    else if (c && COUNTRY_BEARING.has(m.kind) && lex.countries.has(c)) countries.add(c);
    else if (c && !lex.countries.has(c)) countries.add(c);
    else if (!c && info.person !== undefined) {
      // A person the lexicon knows ("Obama") belongs to a country too: "Congress asked Obama to help
      // Iran" names two, so Congress takes neither.
      const code = personCode(lex.people[info.person], doc.date).code;
      const own = code.slice(0, 3);
      if (code) countries.add(lex.countries.has(own) ? own : `code:${code}`);
    }
  }
  const [only] = countries;
  return countries.size === 1 && lex.countries.has(only) ? only : null;
}

/**
 * An agent with no country of its own ("police", "the opposition") takes the country of its sentence
 * when the sentence names exactly one: "police fired on protesters in Nairobi" makes Kenyan police and
 * Kenyan protesters. With two countries or none it stays without. (A title alone is first linked to
 * the person who holds it; see link.ts.)
 */
export function soleCountryCoding(doc: Doc, lex: ActorLexicon): void {
  for (const [s, list] of mentionsBySentence(doc)) {
    const country = soleCountryOf(doc, lex, s);
    if (!country) continue;
    for (const m of list) {
      if (m.kind !== "agent") continue;
      const info = infoOf(m);
      if (info.country || !info.role) continue;
      info.country = country;
      m.code = codeFor(country, info.role);
    }
  }
}
