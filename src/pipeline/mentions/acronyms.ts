import type { ActorLexicon } from "../../lexicon/actors.js";
import type { Doc, Token } from "../doc.js";
import { type Built, codeFor } from "./compose.js";
import { capitalised } from "./units.js";

const ACRONYM = /^[A-Z][A-Z0-9&/.-]{1,9}$/;
const CONNECTORS = new Set(["of", "for", "the", "and", "on", "in", "de", "&"]);

/**
 * Acronyms the text defines: "the Ceasefire Monitoring Committee (CMC)". The long form becomes an
 * organisation mention if the lexicon did not know it, and every later use of the acronym a mention of
 * the same actor. Acronyms the lexicon knows need nothing here.
 */
export function defineAcronyms(doc: Doc, lex: ActorLexicon, built: Built[]): Built[] {
  const tokens = doc.tokens;
  const coveredBy = new Uint8Array(tokens.length);
  for (const b of built) coveredBy.fill(1, b.start, b.end);
  const endingAt = new Map(built.map((b) => [b.end, b]));
  const covered = (i: number) => coveredBy[i] === 1;
  const defined = new Map<string, Built>();
  let out = built;
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (tokens[i].norm !== "(" || tokens[i + 2].norm !== ")" || !ACRONYM.test(tokens[i + 1].text)) continue;
    if (covered(i + 1)) continue;
    const acronym = tokens[i + 1].text;
    let long = endingAt.get(i);
    // A mention that is only the tail of the capitalised name ("Commission" of "Lakeside Water
    // Commission") is not the long form: the whole name is.
    const capitalStart = capitalisedRunStart(doc, i, covered);
    if (
      !long ||
      (long.kind !== "name" && long.kind !== "agent") ||
      (capitalStart !== null && capitalStart < long.start)
    ) {
      const made = unknownOrganization(doc, lex, out, i, covered);
      if (!made) continue;
      long = made;
      out = [...out.filter((b) => b.end <= made.start || b.start >= made.end), made];
    }
    const mention: Built = {
      start: i + 1,
      end: i + 2,
      kind: "acronym",
      code: long.code,
      info: { ...long.info, expands: long.start },
    };
    out.push(mention);
    defined.set(acronym, long);
    i += 2;
  }
  if (defined.size === 0) return out;
  const taken = new Set<number>();
  for (const b of out) for (let i = b.start; i < b.end; i++) taken.add(i);
  for (let i = 0; i < tokens.length; i++) {
    const long = defined.get(tokens[i].text);
    if (!long || taken.has(i) || i < long.end) continue;
    out.push({
      start: i,
      end: i + 1,
      kind: "acronym",
      code: long.code,
      info: { ...long.info, expands: long.start },
    });
  }
  return out;
}

/**
 * "and" after a name the lexicon knows joins two actors, not two words of one name: "the Philippines and
 * the European Union (EU)" defines the Union only.
 */
function joinsKnownName(tokens: Token[], i: number, covered: (i: number) => boolean): boolean {
  return tokens[i].norm === "and" && i > 0 && covered(i - 1);
}

/** Where the capitalised words just before the bracket at `paren` begin, if there are two or more. */
function capitalisedRunStart(doc: Doc, paren: number, covered: (i: number) => boolean): number | null {
  const tokens = doc.tokens;
  let start: number | null = null;
  let words = 0;
  for (let i = paren - 1; i >= 0 && tokens[i].sentence === tokens[paren].sentence; i--) {
    const t = tokens[i];
    if (joinsKnownName(tokens, i, covered)) break;
    if (capitalised(t) && t.pos !== "DET") {
      start = i;
      words++;
    } else if (!(CONNECTORS.has(t.norm) || t.norm === "-" || t.norm === "'")) break;
  }
  return words >= 2 ? start : null;
}

/** The capitalised run that ends just before the bracket at `paren`, read as an organisation's name. */
function unknownOrganization(
  doc: Doc,
  lex: ActorLexicon,
  built: Built[],
  paren: number,
  covered: (i: number) => boolean,
): Built | null {
  const tokens = doc.tokens;
  const sentence = tokens[paren].sentence;
  let start = paren;
  let words = 0;
  for (let i = paren - 1; i >= 0 && tokens[i].sentence === sentence; i--) {
    const t: Token = tokens[i];
    if (joinsKnownName(tokens, i, covered)) break;
    if (capitalised(t) && t.pos !== "DET") {
      start = i;
      words++;
    } else if (CONNECTORS.has(t.norm) || t.norm === "-" || t.norm === "'") continue;
    else break;
  }
  if (words < 2) return null;
  const inside = built.filter((b) => b.start >= start && b.end <= paren);
  const country = inside.find((b) => b.info.country)?.info.country ?? null;
  const role = [...inside].reverse().find((b) => b.kind === "agent" || b.kind === "title")?.info.role ?? null;
  void lex;
  return {
    start,
    end: paren,
    kind: "name",
    code: codeFor(country, role),
    info: { orgName: doc.text.slice(tokens[start].start, tokens[paren - 1].end), country, role },
  };
}
