import { foldKey } from "../../lexicon/actors/forms.js";
import type { ActorLexicon, Person } from "../../lexicon/actors/types.js";
import type { Doc, Mention } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";
import { inOffice } from "../mentions/names.js";
import { personCode } from "./coding.js";
import { country } from "./direct.js";
import { addOffice, type Building, holds, type Registry } from "./registry.js";
import { soleCountryOf } from "./sole-country.js";

/** A person the lexicon does not code takes the country and role of a title in apposition to them. */
function codeFromTitle(
  reg: Registry,
  actor: Building,
  info: { country?: string | null; role?: string | null },
): void {
  if (actor.firm) return;
  // A lexicon person keeps the office the lexicon gives them on the date; one it has no office for
  // then ("Iran's deputy foreign minister" before the lexicon's tenure) takes the text's.
  if (actor.person !== undefined && personCode(reg.lex.people[actor.person], reg.doc.date).tenure) return;
  const head = actor.code.slice(0, 3);
  const country = info.country ?? (reg.isCountry(head) ? head : null);
  const role = info.role ?? (actor.code.length >= 6 ? actor.code.slice(3, 6) : null);
  if (country && role && reg.isCountry(country)) actor.code = `${country}${role}`;
  else if (country && !actor.code) actor.code = country;
}

/** How many sentences back "the two leaders" may look for the pair. */
const GROUP_REACH = 6;
/** How many sentences back a pronoun or title may look for its actor. */
const REACH = 3;
const SPEECH =
  /^(say|tell|add|announce|state|claim|warn|insist|deny|accuse|urge|call|report|confirm|reply|respond|argue|note|stress)$/;

/** Mentions already linked, in document order: what a pronoun, title or group may point back to. */
type History = { mention: Mention; actor: Building }[];

/**
 * "he", "his": the subject of the sentence so far, else of the sentences before (gender must agree).
 * "its", "their": the nearest fitting actor in the sentence, else the subject of the one before.
 * "it" only when it speaks ("it said"), so that "it is likely" links nothing.
 */
export function linkPronoun(reg: Registry, m: Mention, history: History): Building | null {
  const info = infoOf(m);
  const p = info.pronoun;
  if (!p) return null;
  const doc = reg.doc;
  const sentence = doc.tokens[m.tokenStart].sentence;
  const possessive = /^(his|her|its|their)$/.test(p.form);
  if (p.form === "it" && !speaks(doc, m)) return null;
  const fits = (a: Building): boolean => {
    if (p.refers === "person")
      return a.kind === "person" && !a.plural && (!p.gender || !a.gender || a.gender === p.gender);
    if (p.refers === "thing") return (a.kind === "country" || a.kind === "organization") && !a.plural;
    return a.kind === "group" || Boolean(a.plural);
  };
  if (p.plural) {
    const pair = coordinatedPair(reg, history, sentence, m);
    if (pair) return pair;
  }
  for (let s = sentence; s >= Math.max(0, sentence - REACH); s--) {
    const here = inSentence(doc, history, s, m.start).filter((h) => fits(h.actor));
    if (here.length === 0) continue;
    const pick = s === sentence && possessive && p.refers !== "person" ? here[here.length - 1] : here[0];
    if (p.gender && pick.actor.kind === "person") pick.actor.gender ??= p.gender;
    return pick.actor;
  }
  return null;
}

/**
 * The linked mentions of sentence s that start before `before`, in order. History is in document
 * order, so the search walks back from its end and stops at earlier sentences: linear in the window,
 * not in the article.
 */
function inSentence(doc: Doc, history: History, s: number, before: number): History {
  const out: History = [];
  for (let k = history.length - 1; k >= 0; k--) {
    const h = history[k];
    const hs = doc.tokens[h.mention.tokenStart].sentence;
    if (hs < s) break;
    if (hs === s && h.mention.start < before) out.push(h);
  }
  return out.reverse();
}

/** The history from sentence `from` on, in order (walking back from the end). */
function windowOf(doc: Doc, history: History, from: number): History {
  let k = history.length;
  while (k > 0 && doc.tokens[history[k - 1].mention.tokenStart].sentence >= from) k--;
  return history.slice(k);
}

function speaks(doc: Doc, m: Mention): boolean {
  for (let i = m.tokenEnd; i < Math.min(doc.tokens.length, m.tokenEnd + 3); i++) {
    const t = doc.tokens[i];
    if (t.pos === "ADV" || t.pos === "AUX") continue;
    return t.pos === "VERB" && SPEECH.test(t.lemma);
  }
  return false;
}

/** "Russia and China ... their": two actors joined by "and" in this sentence or the one before. */
function coordinatedPair(
  reg: Registry,
  history: History,
  sentence: number,
  before: Mention,
): Building | null {
  const doc = reg.doc;
  for (let s = sentence; s >= Math.max(0, sentence - 1); s--) {
    const here = inSentence(doc, history, s, before.start);
    for (let k = 0; k + 1 < here.length; k++) {
      const a = here[k];
      const b = here[k + 1];
      const between = doc.text.slice(a.mention.end, b.mention.start).trim();
      if (between === "and" && a.actor !== b.actor && a.actor.kind !== "place" && b.actor.kind !== "place") {
        return group(reg, [a.actor, b.actor]);
      }
    }
  }
  return null;
}

/** "the two leaders": the two latest people (or countries) named; "the two" after "A and B": A and B. */
export function linkGroup(reg: Registry, m: Mention, history: History): Building | null {
  const info = infoOf(m);
  if (!info.group) return null;
  const sentence = reg.doc.tokens[m.tokenStart].sentence;
  if (info.group.of === "any") {
    const pair = coordinatedPair(reg, history, sentence, m);
    if (pair) return pair;
  }
  // The pair is the most talked-about two of that kind named in the last few sentences (a spokesman
  // named in passing is not one of "the two leaders"), in order of first mention.
  if (info.group.of === "country") return countryPair(reg, history, sentence, info.group.size);
  const want = "person";
  const recent = new Map<Building, number>();
  for (const h of windowOf(reg.doc, history, sentence - GROUP_REACH)) {
    if (h.actor.kind !== want || h.actor.plural) continue;
    recent.set(h.actor, (recent.get(h.actor) ?? 0) + 1);
  }
  const ranked = [...recent]
    .filter(([, n]) => n > 0)
    .map(([a]) => a)
    .sort((a, b) => b.mentions.length - a.mentions.length)
    .slice(0, info.group.size);
  if (ranked.length < 2) return null;
  const first = (a: Building) => Math.min(...a.mentions.map((x) => x.start));
  return group(
    reg,
    ranked.sort((a, b) => first(a) - first(b)),
  );
}

/**
 * "the two countries": the two countries most talked about in the last few sentences, counting the
 * people and bodies of each ("Mr Trump" counts for the United States).
 */
function countryPair(reg: Registry, history: History, sentence: number, size: number): Building | null {
  const score = new Map<string, number>();
  const firstSeen = new Map<string, number>();
  for (const h of windowOf(reg.doc, history, sentence - GROUP_REACH)) {
    if (h.actor.plural) continue;
    const c = h.actor.code.slice(0, 3);
    if (!reg.isCountry(c) || h.actor.kind === "place") continue;
    score.set(c, (score.get(c) ?? 0) + 1);
    if (!firstSeen.has(c)) firstSeen.set(c, h.mention.start);
  }
  const top = [...score]
    .sort((a, b) => b[1] - a[1])
    .slice(0, size)
    .map(([c]) => c);
  if (top.length < 2) return null;
  top.sort((a, b) => (firstSeen.get(a) ?? 0) - (firstSeen.get(b) ?? 0));
  return group(
    reg,
    top.map((c) => country(reg, c)),
  );
}

function group(reg: Registry, members: Building[]): Building {
  const key = `grp:${members
    .map((a) => a.key)
    .sort()
    .join("+")}`;
  const codes = new Set(members.map((a) => a.code));
  return reg.ensure(key, () => ({
    name: members.map((a) => a.name).join(" and "),
    kind: "group",
    // One code when the members share it; otherwise the first member's, with the members listed.
    code: codes.size === 1 ? members[0].code : members[0].code,
    plural: true,
    members: members.map((a) => a.key),
  }));
}

/**
 * "the foreign minister", "Taiwan's Vice Foreign Minister", "the president": the person named before
 * with that office (and country, if the title gives one), else the lexicon's holder of that office in
 * that country on the article's date, else an actor of its own coded from the title.
 */
export function linkTitle(
  reg: Registry,
  m: Mention,
  history: History,
  next: Mention | undefined,
  linkNext: () => Building | null,
): Building {
  const info = infoOf(m);
  const office = info.office ?? null;
  const country = info.country ?? null;
  const text = reg.doc.text;
  // "Hamid Rashidi, a senior lecturer": the title describes the person just named.
  const prev = history[history.length - 1];
  if (
    prev?.actor.kind === "person" &&
    !info.plural &&
    /^\s*,\s*(an?|the)?\s*$/i.test(text.slice(prev.mention.end, m.start))
  ) {
    addOffice(prev.actor, office);
    codeFromTitle(reg, prev.actor, info);
    return prev.actor;
  }
  // "The foreign minister, Sergei Lavrov,": the title announces the person named next.
  if (next?.kind === "name" && !info.plural && /^\s*,?\s*$/.test(text.slice(m.end, next.start))) {
    const named = linkNext();
    if (named?.kind === "person") {
      addOffice(named, office);
      codeFromTitle(reg, named, info);
      return named;
    }
  }
  if (!info.plural && office) {
    for (let k = history.length - 1; k >= 0; k--) {
      const a = history[k].actor;
      // "the Chinese leader": any head of government of that country named before.
      const generic = office === "Leader" && a.code.endsWith("GOV");
      if (a.kind !== "person" || (!holds(a, office) && !generic)) continue;
      // An unnamed title-holder is this one only if the text is the same ("chief minister of Bihar"
      // is not "chief minister of Gujarat").
      if (a.key.startsWith("t:") && foldKey(a.name) !== foldKey(m.text.replace(/^the\s+/i, ""))) continue;
      if (country && a.code.slice(0, 3) !== country) continue;
      return a;
    }
    if (country) {
      const holders = officeHolders(reg.lex, country, office).filter((p) => inOffice(p, reg.doc.date));
      if (holders.length === 1) {
        const person = holders[0];
        return reg.ensure(`p:${person.id}`, () => ({
          name: person.name,
          kind: "person",
          code: personCode(person, reg.doc.date).code,
          person: person.id,
          offices: new Set([office]),
        }));
      }
    }
  }
  // Not linked: coded from the title, with the sentence's country when it names only one.
  const sole = country ? null : soleCountryOf(reg.doc, reg.lex, reg.doc.tokens[m.tokenStart].sentence);
  const code = sole && info.role ? `${sole}${info.role}` : (m.code ?? codeFor(null, info.role ?? null) ?? "");
  const name = m.text.replace(/^the\s+/i, "");
  return reg.ensure(`t:${foldKey(name)}:${code}`, () => ({
    name,
    kind: info.plural ? "group" : "person",
    code,
    offices: new Set(office ? [office] : []),
    plural: info.plural,
    firm: true,
  }));
}

/**
 * Everyone who ever held `office` for `country`, in lexicon order. Indexed once per lexicon: a title
 * with a country and no name would otherwise scan every person's tenures.
 */
function officeHolders(lex: ActorLexicon, country: string, office: string): Person[] {
  let index = HOLDERS.get(lex);
  if (!index) {
    index = new Map();
    for (const p of lex.people) {
      const keys = new Set<string>();
      for (const t of p.tenures) keys.add(`${t.country}|${lex.offices.get(foldKey(t.office))}`);
      for (const key of keys) {
        const list = index.get(key);
        if (list) list.push(p);
        else index.set(key, [p]);
      }
    }
    HOLDERS.set(lex, index);
  }
  return index.get(`${country}|${office}`) ?? [];
}
const HOLDERS = new WeakMap<ActorLexicon, Map<string, Person[]>>();
