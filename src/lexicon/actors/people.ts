import { type DataBundle, LexiconError } from "../bundle.js";
import { fastTsv } from "./fast-tsv.js";
import { foldKey } from "./forms.js";
import type { FormIndexBuilder } from "./index-builder.js";
import type { Person, Tenure } from "./types.js";

export const PEOPLE_FILE = "world/people.tsv";
const COLUMNS = ["name", "aliases", "code", "country", "office", "from", "to"] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Where news puts the family name first ("Mr Xi" for Xi Jinping, "Mr Kim" for Kim Jong Un). */
const FAMILY_NAME_FIRST = new Set(["CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "KHM"]);
/** Name particles that a bare surname may drop: "al-Assad" is also "Assad". */
const PARTICLE = /^(al|el|ad|as|ash|at|ar|an|az|bin|ben|ibn|abu|de|da|di|du|van|von|der|le|la)-/i;

export interface PeopleData {
  people: Person[];
  surnames: Map<string, number[]>;
}

/**
 * data/world/people.tsv: one row per tenure (see notes/people-format.md). Rows with the same name make
 * one person. Full names and aliases go into the form index; surnames into their own index, which the
 * mentions stage uses only with an honorific or title, or after the full name.
 */
export function compilePeople(
  bundle: DataBundle,
  index: FormIndexBuilder,
  warnings: string[],
  givenNames: ReadonlyMap<string, unknown> = new Map(),
): PeopleData {
  const byName = new Map<string, Person>();
  const aliasesOf = new Map<number, Set<string>>();
  const people: Person[] = [];
  for (const { line, cells } of fastTsv(bundle, PEOPLE_FILE, COLUMNS)) {
    const [name, aliases, code, country, office, from, to] = cells;
    if (!name || !code) {
      warnings.push(`${PEOPLE_FILE}:${line}: a row needs a name and a code; skipped`);
      continue;
    }
    if ((from && !DATE.test(from)) || (to && !DATE.test(to))) {
      throw new LexiconError(PEOPLE_FILE, line, `dates must be YYYY-MM-DD, not "${from}" / "${to}"`);
    }
    let person = byName.get(name);
    if (!person) {
      person = { id: people.length, name, tenures: [], surnames: [] };
      byName.set(name, person);
      people.push(person);
      aliasesOf.set(person.id, new Set());
    }
    const tenure: Tenure = { code, country: /^[A-Z]{3}$/.test(country) ? country : null, office, from, to };
    person.tenures.push(tenure);
    for (const alias of aliases.split(";")) if (alias.trim()) aliasesOf.get(person.id)!.add(alias.trim());
  }

  const surnames = new Map<string, number[]>();
  for (const person of people) {
    index.add({ type: "person", form: person.name, person: person.id });
    for (const alias of aliasesOf.get(person.id)!)
      index.add({ type: "person", form: alias, person: person.id });
    const country = person.tenures.find((t) => t.country)?.country ?? "";
    const keys = new Set<string>();
    for (const form of [person.name, ...aliasesOf.get(person.id)!]) {
      for (const s of surnameForms(form, country, givenNames)) keys.add(s);
    }
    person.surnames = [...keys];
    for (const key of keys) {
      const list = surnames.get(key) ?? [];
      if (!list.includes(person.id)) list.push(person.id);
      surnames.set(key, list);
    }
  }
  return { people, surnames };
}

/**
 * The forms a bare surname of this full name may take in text, folded. Where the family name comes first
 * (China, Korea, ...) a name that opens with a Western given name is in Western order ("John Lee").
 */
export function surnameForms(
  fullName: string,
  country: string,
  givenNames: ReadonlyMap<string, unknown> = new Map(),
): string[] {
  const words = fullName
    .replace(/\(.*?\)/g, "")
    .trim()
    .split(/\s+/);
  if (words.length < 2) return [];
  // Regnal names ("Charles III", "Abdullah II") have no surname.
  if (/^[IVX]+$/.test(words[words.length - 1])) return [];
  const familyFirst = FAMILY_NAME_FIRST.has(country) && !givenNames.has(words[0]);
  let surname = familyFirst ? words[0] : words[words.length - 1];
  if (/^(jr\.?|sr\.?)$/i.test(surname)) surname = words[words.length - 2];
  const out = [foldKey(surname)];
  if (PARTICLE.test(surname)) out.push(foldKey(surname.replace(PARTICLE, "")));
  // Two-word family names after a particle-less first name: "da Silva", "bin Salman" are kept whole.
  const particle = words.length >= 3 ? words[words.length - 2] : "";
  if (/^(da|de|di|van|von|bin|ibn|al|el|le|la|du)$/i.test(particle)) {
    out.push(foldKey(`${particle} ${words[words.length - 1]}`));
  }
  return out;
}
