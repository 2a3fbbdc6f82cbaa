import { FormIndexBuilder } from "../actors/index-builder.js";
import {
  type ActorLexicon,
  type Agent,
  type Entry,
  matchIndexes,
  type Organization,
  type OrgKind,
  type Person,
  type Tenure,
} from "../actors.js";
import type { ActorEntry, AgentEntry, DatedCode } from "./types.js";

/**
 * Converts PETRARCH actors and agents into Dyad's actor lexicon, in place of the names, places and
 * role words of `base` (Dyad's own):
 * - an actor with date restrictions becomes a person whose tenures are the restrictions, in file
 *   order, then the default code with no dates (the actors stage picks the one the article date
 *   falls in, as PETRARCH does);
 * - an actor with a bare three-letter code becomes a country, any other code an organisation that
 *   carries it whole ("USAGOV", "IGOUNO");
 * - agents become role words whose role is the agent code ("GOV", "GOVFRM"; a prefix agent keeps its
 *   "~": "NGO~").
 * Forms are written in lower case so that they match any capitalisation, as in PETRARCH. The null
 * code "---" is no code; a compound code ("AAA/BBB") gives the first code, the others ride along as
 * `alsoCodes` (date-restricted compound codes keep only the first).
 */
export function convertActors(
  actors: ActorEntry[],
  agents: AgentEntry[],
  base: ActorLexicon,
): { lexicon: ActorLexicon; approximated: number } {
  const index = new FormIndexBuilder();
  const people: Person[] = [];
  const organizations: Organization[] = [];
  const countries: ActorLexicon["countries"] = new Map();
  let approximated = 0;
  for (const a of actors) {
    const codes: DatedCode[] = [];
    for (const c of a.codes) {
      const code = firstCode(c.code);
      if (code !== null) codes.push({ code, from: c.from, to: c.to });
    }
    if (codes.length < a.codes.length || (a.codes.length > 1 && a.codes.some((c) => c.code.includes("/"))))
      approximated++;
    if (codes.length === 0) continue;
    const forms = a.phrases.map(formOf);
    const name = displayName(a.phrases[0]);
    const dated = codes.some((c) => c.from !== null || c.to !== null);
    if (dated) {
      const id = people.length;
      const ordered = [...codes.filter((c) => c.from || c.to), ...codes.filter((c) => !c.from && !c.to)];
      people.push({ id, name, tenures: ordered.map(tenureOf), surnames: [] });
      for (const form of forms) index.add({ type: "person", form, person: id });
    } else {
      // "[FRO/BIL/SAM]": the name stands for each of the codes.
      const also = a.codes.length === 1 ? otherCodes(a.codes[0].code) : [];
      const more = also.length > 0 ? { alsoCodes: also } : {};
      if (/^[A-Z]{3}$/.test(codes[0].code)) {
        const code = codes[0].code;
        if (!countries.has(code)) countries.set(code, { code, name });
        for (const form of forms) index.add({ type: "country", form, country: code, ...more });
      } else {
        const id = organizations.length;
        const code = codes[0].code.toUpperCase();
        organizations.push({ id, name, code, country: null, kind: orgKind(code) });
        for (const form of forms) index.add({ type: "org", form, org: id, acronym: false, ...more });
      }
    }
  }
  for (const g of agents) {
    if (g.gaps.some(Boolean)) approximated++;
    const form = g.words.join(" ");
    // A prefix agent ("NGO~") keeps its "~": its code goes before the actor's ("NGOFRA"), see codeFor.
    const role = g.prefix ? `${g.code.toUpperCase()}~` : g.code.toUpperCase();
    const entry: Entry = {
      type: "agent",
      form,
      // Flags Dyad's own agents carry and PETRARCH's lack (equipment, mass nouns, ...) stay unset.
      agent: { form, role, plural: g.plural, orgHead: false } as Agent,
    };
    index.add(entry);
  }
  const lexicon: ActorLexicon = {
    // Language knowledge Dyad adds beside names (given names' genders, ...) stays Dyad's own.
    ...base,
    forms: index.forms,
    ...matchIndexes(index.forms.keys()),
    surnames: new Map(),
    people,
    organizations,
    countries,
    places: new Map(),
    offices: new Map(),
    agentsJoin: true,
  };
  return { lexicon, approximated };
}

/**
 * A phrase as a Dyad form. PETRARCH writes every name in capitals and matches any case; Dyad's forms
 * in lower case do the same, except a short single word ("US", "UN", "EU"), which stays in capitals so
 * that it matches only as an acronym and not the word "us".
 */
function formOf(phrase: string[]): string {
  const form = phrase.join(" ");
  return phrase.length === 1 && /^[a-z]{2,3}$/.test(form) ? form.toUpperCase() : form;
}

/** "united states" → "United States": PETRARCH names are in capitals, a display name need not be. */
function displayName(phrase: string[]): string {
  return phrase.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
}

/** The codes after the first of a compound code ("FRO/BIL/SAM" → BIL, SAM), null codes left out. */
function otherCodes(code: string): string[] {
  return code
    .split("/")
    .slice(1)
    .filter((c) => c !== "" && c !== "---" && c !== "+++" && c !== "###")
    .map((c) => c.toUpperCase());
}

function firstCode(code: string): string | null {
  const first = code.split("/")[0];
  return first === "---" || first === "+++" || first === "###" || first === "" ? null : first;
}

/**
 * A restriction as a tenure. Dyad's tenures run from `from` up to, not including, `to`, and one with
 * no `from` is the undated default; PETRARCH's bounds are inclusive and "<date" has no start. So the
 * end moves one day on, and an open start becomes the earliest date.
 */
function tenureOf(c: DatedCode): Tenure {
  const country = /^[A-Z]{3}/.test(c.code) ? c.code.slice(0, 3) : null;
  const from = c.from ? iso(c.from) : c.to ? "0001-01-01" : "";
  return { code: c.code, country, office: "", from, to: c.to ? dayAfter(c.to) : "" };
}

function iso(d: string): string {
  return `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)}`;
}

function dayAfter(d: string): string {
  const t = new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(4, 6)) - 1, Number(d.slice(6, 8)) + 1));
  return t.toISOString().slice(0, 10);
}

function orgKind(code: string): OrgKind {
  if (code.startsWith("IGO")) return "igo";
  if (code.startsWith("NGO") || code.startsWith("NGM")) return "ngo";
  if (/^(IMG|...(REB|INS|MIL))/.test(code)) return "armed";
  if (/MED$/.test(code)) return "media";
  if (/EDU$/.test(code)) return "edu";
  if (/BUS$/.test(code)) return "business";
  return "gov";
}
