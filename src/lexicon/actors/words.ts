import { type DataBundle, LexiconError, tsvRows } from "../bundle.js";
import { formKey, pluralOf } from "./forms.js";
import type { FormIndexBuilder } from "./index-builder.js";
import type { Pronoun, Title, TitleKind } from "./types.js";

export const AGENTS_FILE = "en/agents.tsv";
export const TITLES_FILE = "en/titles.tsv";
export const PRONOUNS_FILE = "en/pronouns.tsv";

const ROLE = /^[A-Z]{3}$/;
const TITLE_KINDS = new Set<TitleKind>(["office", "honorific", "rank", "former"]);

/** Role words (en/agents.tsv), singular and plural. */
export function compileAgents(bundle: DataBundle, index: FormIndexBuilder): void {
  for (const { line, row } of tsvRows(bundle, AGENTS_FILE)) {
    if (!row.form || !ROLE.test(row.role)) {
      throw new LexiconError(AGENTS_FILE, line, `a row needs a form and a three-letter role ("${row.role}")`);
    }
    const orgHead = row.head === "org";
    const thing = row.head === "thing";
    const collective = row.head === "group";
    // A word with no plural that ends like one ("authorities", "servicemen") names a group.
    const pluralOnly = row.plural === "-" && /([^s]s|men)$/.test(row.form);
    index.add({
      type: "agent",
      form: row.form,
      agent: {
        form: row.form,
        role: row.role,
        plural: pluralOnly || collective,
        orgHead,
        thing,
        collective,
        mass: row.plural === "-" && !pluralOnly,
      },
    });
    if (row.plural === "-") continue;
    const plural = row.plural || pluralOf(row.form);
    index.add({
      type: "agent",
      form: plural,
      agent: { form: plural, role: row.role, plural: true, orgHead, thing, collective: false, mass: false },
    });
  }
}

/** Titles and honorifics (en/titles.tsv); returns the canonical office of every title form. */
export function compileTitles(bundle: DataBundle, index: FormIndexBuilder): Map<string, string> {
  const offices = new Map<string, string>();
  for (const { line, row } of tsvRows(bundle, TITLES_FILE)) {
    if (!row.form || !TITLE_KINDS.has(row.kind as TitleKind)) {
      throw new LexiconError(TITLES_FILE, line, `kind must be one of ${[...TITLE_KINDS].join(", ")}`);
    }
    const title: Title = {
      form: row.form,
      kind: row.kind as TitleKind,
      role: ROLE.test(row.role) ? row.role : null,
      office: row.office && row.office !== "-" ? row.office : null,
      gender: row.gender === "m" || row.gender === "f" ? row.gender : null,
      plural: false,
    };
    index.add({ type: "title", form: row.form, title });
    if (title.kind === "office" || title.kind === "rank") {
      const plural = pluralOf(row.form);
      index.add({ type: "title", form: plural, title: { ...title, form: plural, plural: true } });
    }
    if (title.office) offices.set(formKey(row.form), title.office);
  }
  return offices;
}

/** Third-person pronouns (en/pronouns.tsv). */
export function compilePronouns(bundle: DataBundle, index: FormIndexBuilder): void {
  for (const { line, row } of tsvRows(bundle, PRONOUNS_FILE)) {
    if (!row.form || !["sg", "pl"].includes(row.number) || !["person", "thing", "any"].includes(row.refers)) {
      throw new LexiconError(PRONOUNS_FILE, line, "expected form, gender (m|f|-), number (sg|pl), refers");
    }
    const pronoun: Pronoun = {
      form: row.form,
      gender: row.gender === "m" || row.gender === "f" ? row.gender : null,
      plural: row.number === "pl",
      refers: row.refers as Pronoun["refers"],
    };
    index.add({ type: "pronoun", form: row.form, pronoun });
  }
}

export const GIVEN_NAMES_FILE = "en/given-names.tsv";

/** Given names with a clear gender (en/given-names.tsv), for linking "she" and "he". */
export function compileGivenNames(bundle: DataBundle): Map<string, "m" | "f"> {
  const names = new Map<string, "m" | "f">();
  for (const { line, row } of tsvRows(bundle, GIVEN_NAMES_FILE)) {
    if (row.gender !== "m" && row.gender !== "f") {
      throw new LexiconError(GIVEN_NAMES_FILE, line, `gender must be f or m, not "${row.gender}"`);
    }
    for (const name of row.names.split(";")) if (name.trim()) names.set(name.trim(), row.gender);
  }
  return names;
}
