import worldCountriesModule, { type Country as WorldCountry } from "world-countries";
import { type DataBundle, LexiconError, tsvRows } from "../bundle.js";
import { demonymPlural, formKey } from "./forms.js";
import type { FormIndexBuilder } from "./index-builder.js";
import type { Country, Place } from "./types.js";

export const COUNTRIES_FILE = "world/countries.tsv";
export const PLACES_FILE = "world/places.tsv";

/** The package is CommonJS: Node hands its array over as the default export, some bundlers wrap it. */
const worldCountries: WorldCountry[] = Array.isArray(worldCountriesModule)
  ? worldCountriesModule
  : (worldCountriesModule as unknown as { default: WorldCountry[] }).default;

const KINDS = new Set(["name", "demonym", "metonym", "region", "not", "code"]);
/** Latin-script forms only: English news does not write "Россия". */
const LATIN = /^[\p{Script=Latin}\p{N}\s'’.,()&-]+$/u;

interface CountryData {
  countries: Map<string, Country>;
  places: Map<string, Place>;
}

/**
 * Countries from the world-countries package (names, official names, alternative spellings, English
 * demonyms, capitals), corrected and extended by data/world/countries.tsv, and the place gazetteer
 * data/world/places.tsv (built by scripts/build-places.ts).
 */
export function compileCountries(bundle: DataBundle, index: FormIndexBuilder): CountryData {
  const rows = tsvRows(bundle, COUNTRIES_FILE);
  const codeFix = new Map<string, string>();
  const dropped = new Set<string>();
  for (const { line, row } of rows) {
    if (!KINDS.has(row.kind)) {
      throw new LexiconError(
        COUNTRIES_FILE,
        line,
        `kind must be one of ${[...KINDS].join(", ")}, not "${row.kind}"`,
      );
    }
    if (!/^[A-Z]{3,9}$/.test(row.country)) {
      throw new LexiconError(
        COUNTRIES_FILE,
        line,
        `country must be a code in capitals, not "${row.country}"`,
      );
    }
    if (row.kind === "code") codeFix.set(row.country, row.forms.trim());
    if (row.kind === "not") for (const f of split(row.forms)) dropped.add(`${row.country}:${formKey(f)}`);
  }
  const codeOf = (iso3: string) => codeFix.get(iso3) ?? iso3;

  // Where world-countries gives one form to several countries ("Dutch", "Congolese"), the UN member
  // with the larger area keeps it.
  const ranked = [...worldCountries].sort(
    (a, b) => Number(b.unMember) - Number(a.unMember) || (b.area ?? 0) - (a.area ?? 0),
  );
  const taken = new Set<string>();
  const countries = new Map<string, Country>();
  const capitals = new Map<string, string>(); // folded capital name → country code
  const addForm = (country: string, kind: "country" | "demonym", form: string, people = false) => {
    const key = formKey(form);
    if (!LATIN.test(form) || dropped.has(`${country}:${key}`) || taken.has(`${kind}:${key}`)) return;
    taken.add(`${kind}:${key}`);
    if (kind === "country") index.add({ type: "country", form, country });
    else index.add({ type: "demonym", form, country, people });
  };

  // The project's own forms first, so they win a clash with a package form.
  for (const { row } of rows) {
    const code = codeOf(row.country);
    for (const form of split(row.forms)) {
      if (row.kind === "name") addForm(code, "country", form);
      else if (row.kind === "demonym") addDemonym(code, form, addForm);
      else if (row.kind === "metonym") index.add({ type: "metonym", form, code, country: code });
    }
  }
  for (const c of ranked) {
    const code = codeOf(c.cca3);
    countries.set(code, { code, name: c.name.common });
    addForm(code, "country", c.name.common);
    addForm(code, "country", c.name.official);
    for (const alt of c.altSpellings) if (alt !== c.cca2 && alt.length > 2) addForm(code, "country", alt);
    const eng = c.demonyms?.eng;
    if (eng)
      for (const d of new Set([...split(eng.m, /,| or /), ...split(eng.f, /,| or /)]))
        addDemonym(code, d, addForm);
    for (const capital of c.capital) capitals.set(formKey(capital), code);
  }
  for (const { row } of rows) {
    if (row.kind === "name" && !countries.has(codeOf(row.country)) && /^[A-Z]{3}$/.test(row.country)) {
      countries.set(codeOf(row.country), { code: codeOf(row.country), name: split(row.forms)[0] });
    }
  }

  const places = readPlaces(bundle, codeOf);
  // A city world-countries lists as a capital is one even where GeoNames does not say so.
  for (const [key, country] of capitals) {
    const known = places.get(key);
    if (known) known.capital = known.country === country ? true : known.capital;
  }
  // Regions, and seats of power that are not cities ("the Kremlin"), are places too: "talks in the Kremlin".
  for (const { row } of rows) {
    if (row.kind !== "region" && row.kind !== "metonym") continue;
    for (const form of split(row.forms)) {
      const key = formKey(form);
      if (row.kind === "metonym" && places.has(key)) continue;
      const country = row.kind === "metonym" && !/^[A-Z]{3}$/.test(row.country) ? null : codeOf(row.country);
      if (!country) continue;
      const place: Place = { name: form.replace(/^the /, ""), country, lat: null, lon: null, capital: false };
      // The project's own regions win over a GeoNames city of the same name ("Trinidad" is the island).
      if (row.kind === "region" || !places.has(key)) places.set(key, place);
    }
  }
  return { countries, places };
}

/**
 * world/places.tsv, read with a plain split: it is the largest data file and a generic TSV reader
 * costs more than the rest of the lexicon. Places are looked up by folded name (ActorLexicon.places),
 * not through the form index.
 */
function readPlaces(bundle: DataBundle, codeOf: (iso3: string) => string): Map<string, Place> {
  const places = new Map<string, Place>();
  const lines = (bundle[PLACES_FILE] ?? "").split("\n");
  let header = true;
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i];
    if (text === "" || text.charCodeAt(0) === 35 /* # */) continue;
    if (header) {
      header = false;
      continue;
    }
    const cells = text.split("\t");
    const lat = Number(cells[2]);
    const lon = Number(cells[3]);
    if (cells.length < 5 || !/^[A-Z]{3}$/.test(cells[1]) || Number.isNaN(lat) || Number.isNaN(lon)) {
      throw new LexiconError(
        PLACES_FILE,
        i + 1,
        "expected name, ISO3 country, lat, lon, population, capital",
      );
    }
    const name = cells[0];
    places.set(formKey(name), { name, country: codeOf(cells[1]), lat, lon, capital: cells[5] === "capital" });
  }
  return places;
}

function addDemonym(
  country: string,
  form: string,
  addForm: (country: string, kind: "country" | "demonym", form: string, people?: boolean) => void,
) {
  // A form ending in -s that is not a singular demonym ("Russians", "Britons") names people.
  const people = /[^s]s$/.test(form) && !/(ese|ss)$/.test(form);
  addForm(country, "demonym", form, people);
  if (!people) {
    const plural = demonymPlural(form);
    if (plural && !form.includes(" ")) addForm(country, "demonym", plural, true);
  }
}

function split(text: string | undefined, sep: RegExp | string = ";"): string[] {
  return (text ?? "")
    .split(sep)
    .map((s) => s.trim())
    .filter(Boolean);
}
