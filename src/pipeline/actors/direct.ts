import { foldKey } from "../../lexicon/actors/forms.js";
import type { Mention } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";
import { personCode } from "./coding.js";
import { addOffice, type Building, type Registry } from "./registry.js";
import { mentionsBySentence } from "./sole-country.js";

/**
 * Links a mention that names its actor itself (a name, acronym, surname, demonym, metonym, agent or
 * place) and returns the actor; titles, pronouns and groups need the context and are left to link.ts.
 */
export function linkDirect(
  reg: Registry,
  m: Mention,
  mentionAt: (token: number) => Mention | undefined,
): Building | null {
  const lex = reg.lex;
  const info = infoOf(m);
  if (info.expands !== undefined) {
    const long = mentionAt(info.expands);
    const actor = long && reg.ofMention.get(long);
    if (actor) return attach(reg, m, actor);
  }
  if (info.person !== undefined) {
    const person = lex.people[info.person];
    const actor = reg.ensure(`p:${person.id}`, () => {
      const { code, tenure } = personCode(person, reg.doc.date);
      return {
        name: person.name,
        kind: "person",
        code,
        person: person.id,
        offices: new Set(tenure ? [canonicalOffice(reg, tenure.office)] : []),
      };
    });
    return attach(reg, m, textCoded(reg, actor, m));
  }
  if (info.personName) {
    const name = info.personName;
    let actor: Building | undefined;
    if (info.surnameOnly) actor = unknownBySurname(reg, name);
    else actor = unknownByEnding(reg, name);
    actor ??= reg.ensure(`u:${foldKey(name)}`, () => ({ name, kind: "person", code: "" }));
    return attach(reg, m, textCoded(reg, actor, m));
  }
  if (info.org !== undefined) {
    const org = lex.organizations[info.org];
    const kind = org.kind === "armed" ? "group" : "organization";
    // Many countries have a "Democratic Party" or a "Labour Party": in a sentence about one other
    // country, the party is that country's.
    const elsewhere = org.kind === "party" && org.country ? otherSoleCountry(reg, m, org.country) : null;
    if (elsewhere) {
      const code = `${elsewhere}PTY`;
      return attach(
        reg,
        m,
        reg.ensure(`o:${org.id}:${elsewhere}`, () => ({ name: org.name, kind, code, firm: true })),
      );
    }
    return attach(
      reg,
      m,
      reg.ensure(`o:${org.id}`, () => ({ name: org.name, kind, code: org.code, firm: true })),
    );
  }
  if (info.orgName) {
    const name = info.orgName;
    // "the Civil Defense Authority" after "Saudi Arabia's Civil Defense Authority": the same body.
    const longer = [...reg.byKey.values()].find(
      (b) => b.key.startsWith("uo:") && ` ${foldKey(b.name)}`.endsWith(` ${foldKey(name)}`),
    );
    if (longer) return attach(reg, m, longer);
    return attach(
      reg,
      m,
      reg.ensure(`uo:${foldKey(name)}`, () => ({
        name,
        kind: "organization",
        code: m.code ?? "",
        firm: true,
      })),
    );
  }
  switch (m.kind) {
    case "name":
    case "demonym":
      if (info.country) return attach(reg, m, country(reg, info.country));
      return null;
    case "metonym": {
      const code = info.country ?? "";
      if (reg.isCountry(code)) return attach(reg, m, country(reg, code));
      const org = lex.organizations.find((o) => o.code === code);
      if (org)
        return attach(
          reg,
          m,
          reg.ensure(`o:${org.id}`, () => ({
            name: org.name,
            kind: "organization",
            code: org.code,
            firm: true,
          })),
        );
      return null;
    }
    case "agent": {
      const code = m.code ?? codeFor(null, info.role ?? null) ?? "";
      if (!code) return null;
      // "officials" are a group, "the ministry" an organisation, "a diplomat" a person.
      const kind = info.plural ? "group" : info.body ? "organization" : "person";
      return attach(
        reg,
        m,
        // One actor per code and head word: "Chinese officials" and "officials" (in a Chinese sentence)
        // are one, "Chinese banks" another.
        reg.ensure(`g:${code}:${reg.doc.tokens[m.tokenEnd - 1].lemma}`, () => ({
          name: m.text,
          kind,
          code,
          plural: info.plural,
          firm: true,
        })),
      );
    }
    case "place": {
      const place = info.place;
      if (!place) return null;
      return attach(
        reg,
        m,
        reg.ensure(`pl:${foldKey(place.name)}`, () => ({
          name: place.name,
          kind: "place",
          code: place.country,
        })),
      );
    }
    default:
      return null;
  }
}

function attach(reg: Registry, m: Mention, actor: Building): Building {
  reg.link(m, actor);
  const info = infoOf(m);
  if (actor.kind === "person") {
    // The text's word (an honorific) first, then the given name: "Dr Helen Marsh" is "she".
    actor.gender ??= info.gender ?? reg.lex.givenNames.get(actor.name.split(/\s+/)[0]) ?? null;
  }
  return actor;
}

/** The one country other than `own` that the mention's sentence names, if exactly one. */
function otherSoleCountry(reg: Registry, m: Mention, own: string): string | null {
  const found = new Set<string>();
  for (const other of mentionsBySentence(reg.doc).get(reg.doc.tokens[m.tokenStart].sentence) ?? []) {
    const info = infoOf(other);
    if (other === m || info.org !== undefined || info.stance || !info.country) continue;
    if (reg.isCountry(info.country)) found.add(info.country);
  }
  const [only] = found;
  return found.size === 1 && only !== own ? only : null;
}

export function country(reg: Registry, code: string): Building {
  return reg.ensure(`c:${code}`, () => ({
    name: reg.lex.countries.get(code)?.name ?? code,
    kind: "country",
    code,
    firm: true,
  }));
}

/** A person's code as the text gives it: "former President X" is ELI, "Russian Foreign Minister" RUSGOV. */
function textCoded(reg: Registry, actor: Building, m: Mention): Building {
  const info = infoOf(m);
  addOffice(actor, info.office);
  if (!info.role && !info.country) return actor;
  if (actor.firm && !info.former) return actor;
  const person = actor.person !== undefined ? reg.lex.people[actor.person] : undefined;
  const known = person ? personCode(person, reg.doc.date) : null;
  // A lexicon person in office on the date keeps the lexicon's code unless the text says "former".
  if (known?.tenure && !info.former) return actor;
  const country = info.country ?? (actor.code ? actor.code.slice(0, 3) : null) ?? null;
  const baseCountry = country && (reg.isCountry(country) || !/^[A-Z]{3}$/.test(country)) ? country : null;
  const fallback = known?.code ? known.code.slice(0, 3) : null;
  const c = baseCountry ?? (fallback && reg.isCountry(fallback) ? fallback : null);
  const role = info.former ? "ELI" : (info.role ?? null);
  const code = codeFor(c, role);
  if (code) {
    actor.code = code;
    actor.firm = Boolean(info.country && info.role) || Boolean(info.former);
  }
  return actor;
}

/** "Bagheri Kani" after "Ali Bagheri Kani": a shorter full name that ends a longer one named before. */
function unknownByEnding(reg: Registry, name: string): Building | undefined {
  const key = ` ${foldKey(name)}`;
  for (const b of reg.byKey.values()) {
    if (b.kind === "person" && /^[up]:/.test(b.key) && ` ${foldKey(b.name)}`.endsWith(key)) return b;
  }
  return undefined;
}

function unknownBySurname(reg: Registry, surname: string): Building | undefined {
  const key = foldKey(surname);
  for (const b of reg.byKey.values()) {
    if (b.kind !== "person" || !b.key.startsWith("u:")) continue;
    const words = foldKey(b.name).split(" ");
    if (words[words.length - 1] === key) return b;
  }
  return undefined;
}

function canonicalOffice(reg: Registry, office: string): string {
  // An acting or interim president is a president for "the president".
  const plain = office.replace(/^(Acting|Interim|Caretaker|Transitional) /, "");
  return reg.lex.offices.get(foldKey(plain)) ?? plain;
}
