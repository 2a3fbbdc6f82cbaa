import type { ActorLexicon } from "../../lexicon/actors.js";
import type { Doc, Mention, Token } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";

/** Words after an agent that tie it to what follows: "dissidents from ...", "militants loyal to ...". */
const TIES = new Map<string, string | null>([
  ["from", null],
  ["of", null],
  ["in", null],
  ["inside", null],
  ["loyal", "to"],
  ["belonging", "to"],
]);

/** How many words (articles, numbers, adjectives, lower-case nouns) may stand between the tie and the country. */
const REACH = 4;

/**
 * An agent with no country of its own takes one from its own noun phrase, where the text gives it a
 * little further off than the mentions stage looks: "dissidents from military-ruled Myanmar", "doctors
 * from two American aid groups", "militants loyal to Iraq's ...", "Vietnamese-led forces". Runs before
 * the sentence's sole country is considered: what the phrase says beats what the sentence suggests.
 */
export function agentCountryFromPhrase(doc: Doc, lex: ActorLexicon): void {
  const at = new Map<number, Mention>(doc.mentions.map((m) => [m.tokenStart, m]));
  const endingAt = new Map<number, Mention>(doc.mentions.map((m) => [m.tokenEnd - 1, m]));
  for (const m of doc.mentions) {
    if (m.kind !== "agent") continue;
    const info = infoOf(m);
    if (info.country || !info.role) continue;
    const country = ledBy(doc.tokens, endingAt, m, lex) ?? tiedAfter(doc.tokens, at, m, lex);
    if (!country) continue;
    info.country = country;
    m.code = codeFor(country, info.role);
  }
}

/** The country a mention stands for or belongs to, if it names one ("Myanmar", "American", "Iraq's army"). */
function countryOf(m: Mention, lex: ActorLexicon): string | null {
  const info = infoOf(m);
  if (info.stance) return null;
  // A country, its people or capital, a place in it, or a body of it ("Somalia's former rulers").
  if (m.kind === "pronoun" || m.kind === "group" || m.kind === "surname") return null;
  const c = info.country ?? info.place?.country ?? m.code?.slice(0, 3) ?? null;
  return c && lex.countries.has(c) ? c : null;
}

/** "Vietnamese-led forces", "a Saudi-led coalition": the country that leads it. */
function ledBy(
  tokens: Token[],
  endingAt: Map<number, Mention>,
  m: Mention,
  lex: ActorLexicon,
): string | null {
  const led = tokens[m.tokenStart - 1];
  const dash = tokens[m.tokenStart - 2];
  if (led?.norm !== "led" || dash?.text !== "-" || dash.spaceAfter) return null;
  const leader = endingAt.get(m.tokenStart - 3);
  return leader ? countryOf(leader, lex) : null;
}

function tiedAfter(tokens: Token[], at: Map<number, Mention>, m: Mention, lex: ActorLexicon): string | null {
  const sentence = tokens[m.tokenStart].sentence;
  let k = m.tokenEnd;
  const tie = tokens[k];
  if (!tie || !TIES.has(tie.norm)) return null;
  const then = TIES.get(tie.norm);
  k++;
  if (then) {
    if (tokens[k]?.norm !== then) return null;
    k++;
  }
  for (let n = 0; n <= REACH && k < tokens.length && tokens[k].sentence === sentence; n++, k++) {
    const found = at.get(k);
    if (found) return countryOf(found, lex);
    const t = tokens[k];
    // "military-ruled", "two", "the", "aid": words of the same noun phrase; anything else ends it.
    const inPhrase =
      t.pos === "DET" ||
      t.pos === "NUM" ||
      t.pos === "ADJ" ||
      (t.pos === "NOUN" && t.text === t.norm) ||
      (t.text === "-" && !t.spaceAfter) ||
      (t.pos === "VERB" && tokens[k - 1]?.text === "-");
    if (!inPhrase) return null;
  }
  return null;
}

/**
 * "ethnic Albanians in Serbia", "ethnic Russians in Ukraine": an ethnic group is coded by the country it
 * lives in, as CAMEO coders do, not by the nation it is named after, when the sentence names exactly one
 * other country. Otherwise the name's own country stands.
 */
export function ethnicGroupCountry(doc: Doc, lex: ActorLexicon): void {
  for (const m of doc.mentions) {
    if (m.kind !== "demonym" && m.kind !== "agent") continue;
    if (doc.tokens[m.tokenStart - 1]?.norm !== "ethnic" && doc.tokens[m.tokenStart]?.norm !== "ethnic")
      continue;
    const info = infoOf(m);
    const own = info.country;
    if (!own) continue;
    const sentence = doc.tokens[m.tokenStart].sentence;
    const others = new Set<string>();
    for (const o of doc.mentions) {
      if (o === m || doc.tokens[o.tokenStart].sentence !== sentence) continue;
      const c = countryOf(o, lex);
      if (c && c !== own) others.add(c);
    }
    if (others.size !== 1) continue;
    const [home] = others;
    info.country = home;
    m.code = codeFor(home, info.role ?? null);
  }
}
