import { foldKey } from "../../lexicon/actors/forms.js";
import type { ActorLexicon, Entry, Title } from "../../lexicon/actors.js";
import { personCode } from "../actors/coding.js";
import type { Doc, MentionKind, Token } from "../doc.js";
import type { MentionInfo } from "./info.js";
import { nameRun, surnameReading } from "./names.js";
import { agentOf, capitalised, entryOf, isPossessive, titleOf, type Unit } from "./units.js";

/** A mention found by the composer, before it becomes a Doc mention. */
export interface Built {
  start: number;
  /** One past the last token. */
  end: number;
  kind: MentionKind;
  code: string | null;
  info: MentionInfo;
  /** Further actors it stands for, by code (see Mention.alsoCodes). */
  alsoCodes?: string[];
}

/** What the composer remembers across sentences: who has been named in full so far. */
export interface ComposeState {
  /** Lexicon people named in full, so their bare surname may now be read as them. */
  namedPeople: Set<number>;
  /** Last name (folded) → full name, of people the lexicon does not know but the text named. */
  unknownSurnames: Map<string, string>;
}

/** Words before a place that make it only where something happens: "talks in Moscow". */
const LOCATIVE = new Set([
  "in",
  "at",
  "near",
  "outside",
  "inside",
  "into",
  "across",
  "around",
  "throughout",
  "to",
  "via",
  "toward",
  "towards",
  "through",
  "within",
  "from",
  "visit",
  "visited",
  "visiting",
  "visits",
  "between",
]);
/** Prepositions that attach a country to an agent after it: "police in Guinea", "rebels from Rwanda". */
const AGENT_SUFFIX = new Set(["of", "in", "from", "throughout", "across"]);
/** Generic heads that keep the role of the agent word before them: "rebel leaders" are rebels. */
const GENERIC_HEADS = new Set([
  "leader",
  "leaders",
  "official",
  "officials",
  "spokesman",
  "spokesmen",
  "spokeswoman",
  "spokesperson",
  "member",
  "members",
  "chief",
  "head",
  "group",
  "groups",
]);

/** The country (or IGO code) a unit stands for when it comes before a title or agent: "Russian", "Sudan's". */
function preOf(unit: Unit, lex: ActorLexicon | null): { country: string; org?: number } | null {
  for (const e of unit.entries) {
    if (e.type === "country" || e.type === "demonym") return { country: e.country };
    if (e.type === "metonym") return { country: e.code };
    if (e.type === "place") return { country: e.place.country };
    if (e.type === "org" && lex) {
      const org = lex.organizations[e.org];
      return { country: org.country ?? org.code, org: e.org };
    }
  }
  return null;
}

/**
 * Two roles of one noun phrase as one: "NGO~" then "GOV" is "NGO~GOV" (PETRARCH puts a prefix agent's
 * code before the actor's and every other agent's after it).
 */
export function joinRoles(first: string | null, second: string | null): string | null {
  if (!first || !second) return first ?? second;
  const split = (r: string) => (r.includes("~") ? r.split("~", 2) : ["", r]);
  const [p1, s1] = split(first);
  const [p2, s2] = split(second);
  const pre = p1 + p2;
  const suf = s1 + s2;
  return pre ? `${pre}~${suf}` : suf;
}

/**
 * The role of an agent run: the last agent word, unless it is generic ("rebel leaders" → REB); with
 * `join` (TABARI/PETRARCH dictionaries) every agent's code in turn ("Islamist media" → MUSMED).
 */
function agentRole(units: Unit[], from: number, to: number, join = false): string | null {
  let role: string | null = null;
  for (let k = from; k < to; k++) {
    const agent = agentOf(units[k]);
    if (!agent) continue;
    if (join) role = role !== null && role.includes(agent.role) ? role : joinRoles(role, agent.role);
    else if (role && GENERIC_HEADS.has(agent.form)) continue;
    else role = agent.role;
  }
  return role;
}

/**
 * Actor code + role. With TABARI/PETRARCH composition an organisation's code takes the agents too,
 * unless it holds the agent's code already ("GMWGOV" + "GOV" stays GMWGOV).
 */
function composeCode(lex: ActorLexicon, country: string | null, role: string | null): string | null {
  if (!lex.agentsJoin || !country || !role || /^[A-Z]{3}$/.test(country)) return codeFor(country, role);
  const tilde = role.indexOf("~");
  const pre = tilde >= 0 ? role.slice(0, tilde) : "";
  const suf = tilde >= 0 ? role.slice(tilde + 1) : role;
  const has = (part: string) => {
    for (let k = 0; k + part.length <= country.length; k += 3)
      if (country.slice(k, k + part.length) === part) return true;
    return false;
  };
  return `${pre && !has(pre) ? pre : ""}${country}${suf && !has(suf) ? suf : ""}`;
}

/**
 * Reads the units of one sentence into mentions: phrases first ("Russian Foreign Minister Andrei
 * Kozyrev", "Russian troops", "the two leaders", "Mr Putin"), then single readings. Longest wins and
 * mentions never overlap.
 */
export function composeSentence(doc: Doc, lex: ActorLexicon, units: Unit[], state: ComposeState): Built[] {
  const tokens = doc.tokens;
  const out: Built[] = [];
  // A role phrase needs a title or agent word at or after its start: past the last one, none is tried.
  let lastHead = -1;
  for (let k = units.length - 1; k >= 0 && lastHead < 0; k--) {
    if (titleOf(units[k], "office", "rank") || agentOf(units[k])) lastHead = k;
  }
  let u = 0;
  while (u < units.length) {
    const got =
      groupPhrase(tokens, units, u) ??
      (u <= lastHead ? rolePhrase(doc, lex, units, u, state) : null) ??
      honorificName(doc, lex, units, u, state) ??
      single(doc, lex, units, u, state);
    if (!got) {
      u++;
      continue;
    }
    for (const b of got.built) out.push(b);
    for (const b of got.built) remember(b, tokens, state);
    u = got.next;
  }
  return out;
}

function remember(b: Built, tokens: Token[], state: ComposeState) {
  if (b.info.person !== undefined && !b.info.surnameOnly) state.namedPeople.add(b.info.person);
  if (b.info.personName && !b.info.surnameOnly) {
    const words = b.info.personName.split(/\s+/);
    if (words.length >= 2) state.unknownSurnames.set(foldKey(words[words.length - 1]), b.info.personName);
  }
  void tokens;
}

type Got = { built: Built[]; next: number } | null;

/** "the two leaders", "the two", "both countries". */
function groupPhrase(tokens: Token[], units: Unit[], u: number): Got {
  const t = tokens[units[u].start];
  if (units[u].entries.length > 0 || (t.norm !== "two" && t.norm !== "both")) return null;
  const prev = tokens[units[u].start - 1];
  if (t.norm === "two" && prev?.norm !== "the") return null;
  const next = units[u + 1];
  const nt = next ? tokens[next.start] : undefined;
  const nounish =
    next &&
    next.end === next.start + 1 &&
    nt &&
    (nt.pos === "NOUN" || nt.pos === "PROPN") &&
    /(s|men|people)$/.test(nt.norm);
  const head = next && (agentOf(next)?.plural || titleOf(next, "office") || nounish) ? next : null;
  if (!head && t.norm === "both") return null;
  // "the two" alone must be a subject or object, not "the two sides of" a number: a verb or a stop follows.
  if (!head && nt && !["AUX", "VERB", "PUNCT", "ADV"].includes(nt.pos)) return null;
  const word = head ? tokens[head.end - 1].norm : "";
  const of = /countr|nation|state|side|government|neighbou?r|capital|power/.test(word)
    ? "country"
    : /leader|president|minister|men|women|m[ae]n$|official|chief|head|premier/.test(word)
      ? "person"
      : "any";
  const start = prev?.norm === "the" ? units[u].start - 1 : units[u].start;
  const end = head ? head.end : units[u].end;
  return {
    built: [{ start, end, kind: "group", code: null, info: { group: { size: 2, of }, plural: true } }],
    next: head ? u + 2 : u + 1,
  };
}

/**
 * [former/ADJ]* [country or org ['s]]* [ADJ]* (title+ [name] | agent+) [of COUNTRY]:
 * "Russian Foreign Minister Andrei Kozyrev", "Lebanon's new President Elias Hrawi", "Russian troops",
 * "Hungarian and Romanian officials", "president of Armenia", "King Hassan of Morocco".
 */
function rolePhrase(doc: Doc, lex: ActorLexicon, units: Unit[], u: number, state: ComposeState): Got {
  const tokens = doc.tokens;
  let k = u;
  let former = false;
  // Leading modifiers: "former", "ousted", "senior", "top" (at most three, and only before the rest).
  let mods = 0;
  while (k < units.length && mods < 3) {
    const t = tokens[units[k].start];
    if (titleOf(units[k], "former")) former = true;
    else if (!(units[k].entries.length === 0 && (t.pos === "ADJ" || (t.norm === "-" && former)))) break;
    k++;
    mods++;
  }
  // Country-bearing words before the head, possibly a pair: "Hungarian and Romanian officials".
  const pres: { country: string; org?: number; unit: number; end: number }[] = [];
  while (k < units.length) {
    const person = entryOf(units[k], "person");
    const pre = person ? personAsPre(doc, lex, units, k, person.person) : preOf(units[k], lex);
    // "pro-Russian separatists" are not Russian: a stance says nothing of where an actor belongs.
    if (!pre || stance(tokens, units[k].start)) break;
    let end = units[k].end;
    k++;
    if (k < units.length && isPossessive(tokens, units[k].start)) {
      end = units[k].end;
      k++;
    }
    pres.push({ ...pre, unit: k - 1, end });
    const sep = units[k] && tokens[units[k].start].norm;
    const nextPre = units[k + 1] && entryOf(units[k + 1], "demonym");
    if ((sep === "and" || sep === ",") && nextPre && entryOf(units[pres[pres.length - 1].unit], "demonym")) {
      k++;
      continue;
    }
    break;
  }
  // Adjectives and plain nouns between: "new", "junior", "peacekeeping" (two at most).
  // Capitalised words may stand there only in an organisation's name ("Kenya Medical Association").
  let mids = 0;
  let capitalMids = 0;
  while (k < units.length && mids < 5) {
    const t = tokens[units[k].start];
    const plain = units[k].entries.length === 0;
    if (titleOf(units[k], "former")) former = true;
    else if (mids > 0 && coordinatedModifier(tokens, units, k)) {
      // "its awful and evil minister": two modifiers joined by "and" are one.
      k += 2;
      mids += 2;
      continue;
    } else if (
      plain &&
      capitalised(t) &&
      /^(PROPN|ADJ|NOUN)$/.test(t.pos) &&
      !isPossessive(tokens, units[k].start)
    )
      capitalMids++;
    else if (
      !plain ||
      mids >= 2 ||
      !(t.pos === "ADJ" || (t.pos === "NOUN" && !capitalised(t)) || t.norm === "-")
    )
      break;
    k++;
    mids++;
  }
  let headStart = k;
  // Head: a run of titles, or a run of agent words.
  const titles: Title[] = [];
  while (k < units.length) {
    const title = titleOf(units[k], "office", "rank");
    if (
      !title ||
      (agentOf(units[k]) && titles.length === 0 && pres.length > 0 && !startsName(doc, units, k + 1))
    )
      break;
    titles.push(title);
    k++;
  }
  let agentEnd = headStart;
  if (titles.length === 0) {
    while (
      agentEnd < units.length &&
      (agentOf(units[agentEnd]) ||
        (agentEnd > headStart &&
          tokens[units[agentEnd].start].norm === "and" &&
          agentOf(units[agentEnd + 1])))
    )
      agentEnd++;
    if (agentEnd === headStart) return null;
    // "foreign ministry spokeswoman Maria Zakharova": role words before a title describe it, and the
    // phrase is a title (it names one person), linked like one.
    const last = titleOf(units[agentEnd - 1], "office");
    if (last && agentEnd - 1 > headStart) {
      titles.push(last);
      k = agentEnd;
    }
  }
  const headAgent = agentOf(units[agentEnd - 1]);
  const orgName =
    titles.length === 0 && headAgent?.orgHead === true && capitalised(tokens[units[agentEnd - 1].start]);
  const holder = titles.length === 0 ? roleHolderAt(doc, lex, units, agentEnd) : null;
  // Capitalised words before the role belong to it when a name follows ("First Deputy Prime Minister X").
  if (capitalMids > 0 && !orgName && !holder) return null;
  if (orgName && (capitalMids > 0 || pres.length > 0))
    return organizationName(doc, lex, units, u, pres, headStart - mids, agentEnd);
  if (pres.length === 0 && mods + mids > 0 && titles.length === 0 && !holder) {
    // "senior officials" with no country: the agent alone will do (handled by single()).
    return null;
  }
  if (pres.length === 0 && titles.length === 0 && mods + mids === 0 && !holder) return null;
  if (pres.length === 0 && titles.length > 0 && mods === 0 && mids === 0) {
    // A bare title: a name after it or "of COUNTRY" makes a phrase; otherwise single() reads it.
    if (!startsName(doc, units, k) && !ofCountry(lex, tokens, units, k)) return null;
  }
  const spanStart = units[u].start;
  const last = pres[pres.length - 1];
  const info: MentionInfo = { former, country: last?.country ?? null };
  if (last?.org !== undefined && !/^[A-Z]{3}$/.test(last.country)) info.country = last.country;
  let end: number;
  let next: number;
  let kind: MentionKind;
  const sharedRoles: Built[] = [];
  if (titles.length > 0) {
    const main = [...titles].reverse().find((t) => t.kind === "office") ?? titles[titles.length - 1];
    info.role = former ? "ELI" : main.role;
    info.office = main.office;
    info.gender = titles.find((t) => t.gender)?.gender ?? null;
    info.plural = titles.some((t) => t.plural);
    const name = personAfter(doc, lex, units, k, state);
    if (name) {
      Object.assign(info, name.info, {
        role: info.role,
        office: info.office,
        gender: info.gender ?? name.info.gender,
      });
      kind = name.info.surnameOnly ? "surname" : "name";
      end = units[name.next - 1].end;
      next = name.next;
    } else {
      kind = "title";
      end = units[k - 1].end;
      next = k;
    }
  } else {
    // "Danish media and government": each role of a list takes the country before it.
    const segments = agentSegments(tokens, units, headStart, agentEnd);
    if (segments.length > 1 && !holder && pres.length > 0) {
      const roles = segments.map(([from, to]) => agentRole(units, from, to, lex.agentsJoin));
      if (new Set(roles).size > 1) {
        for (let g = 0; g < segments.length - 1; g++) {
          const [from, to] = segments[g];
          const start =
            g === 0
              ? pres.length > 1
                ? units[pres[pres.length - 1].unit].start
                : units[u].start
              : units[from].start;
          const segInfo: MentionInfo = {
            former,
            country: info.country,
            role: roles[g],
            plural: agentOf(units[to - 1])?.plural ?? false,
          };
          sharedRoles.push({
            start,
            end: units[to - 1].end,
            kind: "agent",
            code: codeFor(info.country ?? null, roles[g]),
            info: segInfo,
          });
        }
        headStart = segments[segments.length - 1][0];
      }
    }
    info.role = agentRole(units, headStart, agentEnd, lex.agentsJoin);
    const head = agentOf(units[agentEnd - 1]);
    info.body = Boolean(head?.orgHead || head?.mass);
    info.plural = agentOf(units[agentEnd - 1])?.plural ?? false;
    kind = "agent";
    end = units[agentEnd - 1].end;
    next = agentEnd;
    if (holder) {
      // The role's holder names no other actor: a country before the role gives the code, as in
      // TABARI (the first actor of a noun phrase takes its agents); else the holder's own code does.
      info.country ??= holder.country;
      info.plural = false;
      info.body = false;
      end = units[agentEnd].end;
      next = agentEnd + 1;
      // Role words after the holder add to its role: "the MSF Freedonia diplomat".
      while (next < units.length && agentOf(units[next]) && !entryOf(units[next], "country")) {
        info.role = joinRoles(info.role ?? null, agentOf(units[next])?.role ?? null);
        info.plural = agentOf(units[next])?.plural ?? false;
        end = units[next].end;
        next++;
      }
    }
  }
  // "of Morocco", "in Guinea": a country after the head, when none came before.
  const suffix = ofCountry(lex, tokens, units, next);
  let ofTaken = false;
  if (suffix && (!info.country || kind === "title" || kind === "name")) {
    const word = tokens[units[next].start].norm;
    if (word === "of" || (kind === "agent" && AGENT_SUFFIX.has(word))) {
      if (!info.country) info.country = suffix.country;
      // "of Morocco" belongs to the name; "in Guinea" stays a place of its own (where it happened).
      if (word === "of") {
        end = units[next + 1].end;
        next += 2;
        ofTaken = true;
      }
    }
  }
  // A plain agent with no country is single()'s business (it may still take "in X" there).
  if (kind === "agent" && !info.country) return null;
  const built: Built[] = [];
  const listed = ofTaken && kind !== "name" ? sharedRoleList(doc, lex, units, next, info) : null;
  // "Hungarian and Romanian officials": every country but the last is a mention of its own.
  for (let p = 0; p < pres.length - 1; p++) {
    const pr = pres[p];
    built.push({
      start: units[pr.unit].start,
      end: units[pr.unit].end,
      kind: "agent",
      code: codeFor(pr.country, info.role ?? null),
      info: { country: pr.country, role: info.role, plural: true },
    });
  }
  const mainStart =
    sharedRoles.length > 0
      ? units[headStart].start
      : pres.length > 1
        ? units[pres[pres.length - 1].unit].start
        : spanStart;
  built.push(...sharedRoles);
  built.push({
    start: mainStart,
    end,
    kind,
    code: composeCode(lex, info.country ?? null, info.role ?? null),
    info,
  });
  if (listed) {
    built.push(...listed.built);
    next = listed.next;
  }
  return { built, next };
}

/** The runs of agent words between "and"s: "media and government" → [media], [government]. */
function agentSegments(tokens: Token[], units: Unit[], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let start = from;
  for (let k = from; k < to; k++) {
    if (tokens[units[k].start].norm !== "and" || agentOf(units[k])) continue;
    out.push([start, k]);
    start = k + 1;
  }
  out.push([start, to]);
  return out.filter(([a, b]) => b > a);
}

/**
 * ", B and C" after "the ambassadors of A": the role is shared by every country of the list, each a
 * mention of its own (country + role). A member that opens a phrase of its own ("China's envoy") ends it.
 */
function sharedRoleList(doc: Doc, lex: ActorLexicon, units: Unit[], k: number, info: MentionInfo): Got {
  const { members, next } = countryList(lex, doc.tokens, units, k, true);
  const built: Built[] = members.map(({ unit, country }) => ({
    start: units[unit].start,
    end: units[unit].end,
    kind: "agent",
    code: codeFor(country, info.role ?? null),
    info: { country, role: info.role, plural: info.plural },
  }));
  return built.length > 0 ? { built, next } : null;
}

/**
 * "in A, B and C" at unit k: the codes, with the role, of the countries after the first (the first is
 * the mention's own).
 */
function listedCodes(lex: ActorLexicon, tokens: Token[], units: Unit[], k: number, role: string): string[] {
  const codes = countryList(lex, tokens, units, k + 2, false).members.map((m) => codeFor(m.country, role));
  return codes.filter((code): code is string => !!code);
}

/**
 * The countries of a list continued at unit `from` (", B and C", "and B"): each member's unit and country,
 * and the unit after the list. `ownPhraseEnds`: a member that opens a phrase of its own ("China's
 * envoy", "Chinese officials") ends the list before it.
 */
function countryList(
  lex: ActorLexicon,
  tokens: Token[],
  units: Unit[],
  from: number,
  ownPhraseEnds: boolean,
): { members: { unit: number; country: string }[]; next: number } {
  const members: { unit: number; country: string }[] = [];
  let next = from;
  for (;;) {
    const sep = units[next] && units[next].entries.length === 0 ? tokens[units[next].start].norm : "";
    if (sep !== "," && sep !== "and") break;
    let j = next + 1;
    if (sep === "," && units[j] && tokens[units[j].start].norm === "and") j++;
    const member = units[j];
    const pre = member && !entryOf(member, "person") && !entryOf(member, "agent") ? preOf(member, lex) : null;
    if (!pre || !/^[A-Z]{3}$/.test(pre.country)) break;
    const after = units[j + 1];
    if (
      ownPhraseEnds &&
      after &&
      (isPossessive(tokens, after.start) || agentOf(after) || titleOf(after, "office"))
    )
      break;
    // A comma continues the list only if an "and" closes it.
    if (sep === "," && !listCloses(tokens, units, j + 1)) break;
    members.push({ unit: j, country: pre.country });
    next = j + 1;
    if (sep === "and" || tokens[units[j - 1].start].norm === "and") break;
  }
  return { members, next };
}

/** Whether the list from unit k goes on with "and" before it ends: ", B and C". */
function listCloses(tokens: Token[], units: Unit[], k: number): boolean {
  for (let j = k; j < units.length && j < k + 12; j++) {
    const w = tokens[units[j].start].norm;
    if (w === "and") return true;
    if (w !== "," && units[j].entries.length === 0) return false;
  }
  return false;
}

/**
 * A name the dictionary codes on its own (a country or organisation entry, as PETRARCH dictionaries
 * list people with a bare country code) standing right after role words: "Prime Minister Romendacil".
 * It is the holder of the role, not a second actor. Not a capitalised run that goes on ("Minister
 * Georgia Gould" names a person whose first name is a country).
 */
function roleHolderAt(doc: Doc, lex: ActorLexicon, units: Unit[], k: number): { country: string } | null {
  const unit = units[k];
  if (!unit || !capitalised(doc.tokens[unit.start]) || entryOf(unit, "demonym")) return null;
  const after = units[k + 1];
  if (after && after.entries.length === 0 && capitalised(doc.tokens[after.start])) return null;
  const country = entryOf(unit, "country");
  if (country) return { country: country.country };
  const org = entryOf(unit, "org");
  if (org) return { country: lex.organizations[org.org].code };
  return null;
}

/** "awful and evil": "and" (or a comma) at k joins the modifier before it to a plain lower-case word. */
const FUNCTION_TAGS = new Set(["DET", "PRON", "ADP", "PUNCT", "CCONJ", "SCONJ", "AUX", "PART", "NUM", "SYM"]);

function coordinatedModifier(tokens: Token[], units: Unit[], k: number): boolean {
  const t = tokens[units[k].start];
  const prev = tokens[units[k].start - 1];
  const next = units[k + 1];
  if ((t.norm !== "and" && t.norm !== ",") || prev?.pos !== "ADJ") return false;
  if (!next || next.entries.length > 0 || next.end - next.start !== 1) return false;
  const word = tokens[next.start];
  if (capitalised(word)) return false;
  // Only a content word can be joined: not "the" ("shelled the town overnight, the governor said").
  if (FUNCTION_TAGS.has(word.pos)) return false;
  // After a comma, the pair must open the phrase ("its awful, evil minister"), not follow a noun
  // ("the town overnight, senior officials said": the comma ends the object).
  const before = tokens[units[k].start - 2];
  if (t.norm === "," && (before?.pos === "NOUN" || before?.pos === "PROPN")) return false;
  // The word after the joined pair must still be part of the phrase: a modifier or the head itself.
  const head = units[k + 2];
  return (
    word.pos === "ADJ" ||
    (head !== undefined && (agentOf(head) !== undefined || titleOf(head, "office") !== undefined))
  );
}

/** Whether the word at token i follows "pro-" or "anti-" ("pro-Russian", "anti-American"). */
function stance(tokens: Token[], i: number): boolean {
  return (
    i >= 2 &&
    tokens[i - 1].norm === "-" &&
    tokens[i - 1].start === tokens[i - 2].end &&
    /^(pro|anti)$/.test(tokens[i - 2].norm)
  );
}

/** "Kenya Medical Association", "Cumhuriyet University", "Nigerian Union of Teachers": a named body. */
function organizationName(
  doc: Doc,
  lex: ActorLexicon,
  units: Unit[],
  u: number,
  pres: { country: string; unit: number; end: number }[],
  nameStart: number,
  headEnd: number,
): Got {
  const tokens = doc.tokens;
  let end = headEnd;
  let role = agentRole(units, nameStart, headEnd);
  // "of Teachers", "of Nairobi": a capitalised complement is part of the name.
  if (
    units[end] &&
    tokens[units[end].start].norm === "of" &&
    units[end + 1] &&
    capitalised(tokens[units[end + 1].start])
  ) {
    const complement = units[end + 1];
    role = agentOf(complement)?.role ?? role;
    const pre = preOf(complement, lex);
    if (pre && pres.length === 0) pres = [{ country: pre.country, unit: end + 1, end: complement.end }];
    end += 2;
  }
  const country = pres.length > 0 ? pres[pres.length - 1].country : null;
  const start = units[Math.min(u, nameStart)].start;
  const orgName = doc.text.slice(tokens[start].start, tokens[units[end - 1].end - 1].end);
  const info: MentionInfo = { orgName, country, role };
  return {
    built: [{ start, end: units[end - 1].end, kind: "name", code: codeFor(country, role), info }],
    next: end,
  };
}

/** A person's country as a modifier: "the Trump administration", "Putin's spokesman". */
function personAsPre(
  doc: Doc,
  lex: ActorLexicon,
  units: Unit[],
  k: number,
  person: number,
): { country: string } | null {
  const after = isPossessive(doc.tokens, units[k].end) ? units[k + 2] : units[k + 1];
  if (!after || !(agentOf(after) || titleOf(after, "office"))) return null;
  const code = personCode(lex.people[person], doc.date).code;
  const country = code.slice(0, 3);
  return lex.countries.has(country) ? { country } : null;
}

const INTERNATIONAL = new Set(["NGO", "IGO", "IMG", "MNC", "NGM", "INT", "UIS"]);

/**
 * Country + role. With no country known, TABARI and PETRARCH's "---" stands in for it ("---REB"); with
 * neither, there is no code.
 */
export function codeFor(country: string | null, role: string | null): string | null {
  // A role with a part that goes before the actor's code (PETRARCH's prefix agents, "NGO~"): "NGO~GOV"
  // is NGO + country + GOV.
  const tilde = role?.indexOf("~") ?? -1;
  if (role && tilde >= 0) return `${role.slice(0, tilde)}${country ?? ""}${role.slice(tilde + 1)}` || null;
  // CAMEO's international generics (an NGO, a multinational) stand where a country would.
  if (!country) return role ? (INTERNATIONAL.has(role) ? role : `---${role}`) : null;
  if (!/^[A-Z]{3}$/.test(country)) return country; // an IGO code says it all
  return country + (role ?? "");
}

function startsName(doc: Doc, units: Unit[], k: number): boolean {
  const unit = units[k];
  if (!unit) return false;
  return entryOf(unit, "person") !== undefined || nameRun(doc, units, k) !== null;
}

function ofCountry(lex: ActorLexicon, tokens: Token[], units: Unit[], k: number): { country: string } | null {
  const unit = units[k];
  if (!unit || unit.entries.length > 0) return null;
  const word = tokens[unit.start].norm;
  if (!AGENT_SUFFIX.has(word)) return null;
  const next = units[k + 1];
  if (!next) return null;
  const pre = preOf(next, lex);
  if (!pre || entryOf(next, "person") || entryOf(next, "agent")) return null;
  return pre;
}

/** The person named after a title: a lexicon person, a surname, or an unknown capitalised name. */
function personAfter(
  doc: Doc,
  lex: ActorLexicon,
  units: Unit[],
  k: number,
  state: ComposeState,
): { info: MentionInfo; next: number } | null {
  const unit = units[k];
  if (!unit) return null;
  const person = entryOf(unit, "person");
  if (person) return { info: { person: person.person }, next: k + 1 };
  const run = nameRun(doc, units, k);
  if (!run) return null;
  const words = run.words;
  if (words.length === 1) {
    const reading = surnameReading(doc, lex, words[0], state, true);
    return { info: { ...reading, surnameOnly: true }, next: run.next };
  }
  return { info: { personName: words.join(" ") }, next: run.next };
}

/** "Mr Putin", "Mrs Okonkwo", "Dr Foot": an honorific and a surname (or a full name). */
function honorificName(doc: Doc, lex: ActorLexicon, units: Unit[], u: number, state: ComposeState): Got {
  const honorific = titleOf(units[u], "honorific");
  if (!honorific) return null;
  const named = personAfter(doc, lex, units, u + 1, state);
  if (!named) return null;
  const info: MentionInfo = { ...named.info, gender: honorific.gender };
  const kind: MentionKind = info.surnameOnly ? "surname" : "name";
  return {
    built: [{ start: units[u].start, end: units[named.next - 1].end, kind, code: null, info }],
    next: named.next,
  };
}

/** A mention made of one unit (declared here, not inside `single`, which runs for every unit). */
function one(
  unit: Unit,
  u: number,
  kind: MentionKind,
  code: string | null,
  info: MentionInfo,
  end = unit.end,
  next = u + 1,
): Got {
  return { built: [{ start: unit.start, end, kind, code, info }], next };
}

/** The reading with the further codes its dictionary entry gives it, if any. */
function withCodes(got: Got, alsoCodes: string[] | undefined): Got {
  if (got && alsoCodes && alsoCodes.length > 0) got.built[0].alsoCodes = alsoCodes;
  return got;
}

/** A verb of saying next to an unknown name: "said Adaeze Okonkwo". */
function speaks(tok: Token | undefined): boolean {
  return tok !== undefined && tok.pos === "VERB" && SPEECH_LEMMA.test(tok.lemma);
}
const SPEECH_LEMMA = /^(say|tell|add|state|claim|insist|warn|announce)$/;

/** One unit read on its own. */
function single(doc: Doc, lex: ActorLexicon, units: Unit[], u: number, state: ComposeState): Got {
  const tokens = doc.tokens;
  const unit = units[u];
  if (unit.entries.length === 0) return bareName(doc, lex, units, u, state);
  const person = entryOf(unit, "person");
  const org = entryOf(unit, "org");
  const country = entryOf(unit, "country");
  const prev = tokens[unit.start - 1];
  const locative = prev !== undefined && LOCATIVE.has(prev.norm);
  if (person && !(country && !capitalisedRun(tokens, unit)))
    return one(unit, u, "name", null, { person: person.person });
  if (org) {
    const o = lex.organizations[org.org];
    return withCodes(
      one(unit, u, org.acronym ? "acronym" : "name", o.code, { org: org.org, country: o.country }),
      org.alsoCodes,
    );
  }
  if (country)
    return withCodes(one(unit, u, "name", country.country, { country: country.country }), country.alsoCodes);
  const demonym = entryOf(unit, "demonym");
  if (demonym) {
    const info: MentionInfo = {
      country: demonym.country,
      plural: demonym.people,
      stance: stance(tokens, unit.start),
    };
    return one(unit, u, "demonym", demonym.country, info);
  }
  const metonym = entryOf(unit, "metonym");
  const place = entryOf(unit, "place");
  if (metonym || place?.place.capital) {
    const placeInfo = place?.place ?? lex.places.get(foldKey(metonym!.form.replace(/^the /i, "")));
    if (locative && placeInfo)
      return one(unit, u, "place", placeInfo.country, { place: placeInfo, country: placeInfo.country });
    const code = metonym ? metonym.code : place!.place.country;
    const govCode = /^[A-Z]{3}$/.test(code) ? `${code}GOV` : code;
    return one(unit, u, "metonym", govCode, { country: code, role: "GOV", place: placeInfo });
  }
  if (place) {
    // "Junius Ho": a one-word place right after a capitalised name word ends a person's name.
    const before = u > 0 ? units[u - 1] : undefined;
    const single = unit.end - unit.start === 1;
    if (
      single &&
      before &&
      before.entries.length === 0 &&
      capitalised(tokens[before.start]) &&
      tokens[before.start].pos === "PROPN" &&
      tokens[before.end - 1].end < tokens[unit.start].start
    ) {
      return null;
    }
    // "David Gray", "Victoria Nuland": a one-word place before a capitalised name word is a first name.
    const after = units[u + 1];
    if (
      unit.end - unit.start === 1 &&
      after &&
      after.entries.length === 0 &&
      capitalised(tokens[after.start]) &&
      tokens[after.start].pos === "PROPN"
    ) {
      return bareName(doc, lex, units, u, state, true);
    }
    return one(unit, u, "place", place.place.country, { place: place.place, country: place.place.country });
  }
  const pronoun = entryOf(unit, "pronoun");
  if (pronoun)
    return one(unit, u, "pronoun", null, {
      pronoun: pronoun.pronoun,
      gender: pronoun.pronoun.gender,
      plural: pronoun.pronoun.plural,
    });
  const title = titleOf(unit, "office");
  if (title) {
    return one(unit, u, "title", codeFor(null, title.role), {
      role: title.role,
      office: title.office,
      gender: title.gender,
      plural: title.plural,
    });
  }
  const agent = agentOf(unit);
  if (agent) {
    const info: MentionInfo = {
      role: agent.role,
      plural: agent.plural,
      country: null,
      body: agent.orgHead || agent.mass,
    };
    const suffix = ofCountry(lex, tokens, units, u + 1);
    if (suffix) {
      info.country = suffix.country;
      const of = tokens[units[u + 1].start].norm === "of";
      const code = composeCode(lex, suffix.country, agent.role);
      if (!of)
        return withCodes(
          one(unit, u, "agent", code, info),
          listedCodes(lex, tokens, units, u + 1, agent.role),
        );
      const got = one(unit, u, "agent", code, info, units[u + 2].end, u + 3);
      const listed = sharedRoleList(doc, lex, units, u + 3, info);
      return listed && got ? { built: [...got.built, ...listed.built], next: listed.next } : got;
    }
    // "lawmakers and officials in A and B": the place after the last role word is every one's.
    let k = u + 1;
    while (units[k] && /^(and|,)$/.test(tokens[units[k].start].norm) && agentOf(units[k + 1])) k += 2;
    const shared = k > u + 1 ? ofCountry(lex, tokens, units, k) : null;
    if (shared && tokens[units[k].start].norm !== "of") {
      info.country = shared.country;
      const code = composeCode(lex, shared.country, agent.role);
      return withCodes(one(unit, u, "agent", code, info), listedCodes(lex, tokens, units, k, agent.role));
    }
    if (agent.thing) return null;
    return one(unit, u, "agent", codeFor(null, agent.role), info);
  }
  return null;
}

function capitalisedRun(tokens: Token[], unit: Unit): boolean {
  for (let i = unit.start; i < unit.end; i++)
    if (/\p{L}/u.test(tokens[i].text) && !capitalised(tokens[i])) return false;
  return true;
}

/** A plain token: a known person's bare surname, or an unknown person named by the text before. */
function bareName(
  doc: Doc,
  lex: ActorLexicon,
  units: Unit[],
  u: number,
  state: ComposeState,
  firstIsPlace = false,
): Got {
  const t = doc.tokens[units[u].start];
  if (!capitalised(t) || t.pos !== "PROPN") return null;
  const run = nameRun(doc, units, u, firstIsPlace);
  if (!run) return null;
  if (run.words.length === 1) {
    const reading = surnameReading(doc, lex, run.words[0], state, false);
    if (!reading) return null;
    return {
      built: [
        {
          start: units[u].start,
          end: units[run.next - 1].end,
          kind: "surname",
          code: null,
          info: { ...reading, surnameOnly: true },
        },
      ],
      next: run.next,
    };
  }
  // An unknown full name counts when the text says who it is: "Adaeze Okonkwo, the interior minister",
  // or when it speaks: "said Adaeze Okonkwo".
  const after = doc.tokens[units[run.next - 1].end];
  const before = doc.tokens[units[u].start - 1];
  if (before && LOCATIVE.has(before.norm)) return null;
  const appositive = after?.norm === "," && apposition(doc, units, run.next + 1);
  if (!appositive && !speaks(before) && !speaks(after)) return null;
  return {
    built: [
      {
        start: units[u].start,
        end: units[run.next - 1].end,
        kind: "name",
        code: null,
        info: { personName: run.words.join(" ") },
      },
    ],
    next: run.next,
  };
}

/** Whether the units from k open an apposition that names a role: ", a senior official", ", the minister". */
function apposition(doc: Doc, units: Unit[], k: number): boolean {
  const opener = units[k] && doc.tokens[units[k].start];
  if (
    !opener ||
    !(/^(a|an|the|who)$/.test(opener.norm) || titleOf(units[k], "office", "rank") || preOf(units[k], null))
  )
    return false;
  for (let j = k; j < Math.min(units.length, k + 6); j++) {
    const t = doc.tokens[units[j].start];
    if (t.norm === "," || t.norm === ".") return false;
    if (titleOf(units[j], "office", "rank") || agentOf(units[j])) return true;
  }
  return false;
}

export type { Entry };
