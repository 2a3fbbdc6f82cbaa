/**
 * Checks the people lexicon (data/world/people.tsv, format in data/world/README-people.md) and prints
 * coverage counts. Exits 1 if any row is malformed, so a bad edit is caught before the actors engine
 * silently drops or miscodes a person.
 *
 *   npx tsx scripts/check-people.ts data/world/people.tsv
 *
 * Checks: 7 columns; non-empty name, code, country, office, from; YYYY-MM-DD dates that exist and
 * from <= to; code shape (ISO3 + 3-letter role chunks, or a known IGO/IMG code); country is ISO3 (via
 * world-countries, plus KSV for Kosovo); a country-prefixed code agrees with the country column;
 * aliases are not bare copies of the name; no duplicate rows; no overlapping tenures of one person
 * in one office.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

interface WorldCountry {
  cca3: string;
  unMember: boolean;
}

const require = createRequire(import.meta.url);
const countries = require("world-countries") as WorldCountry[];

/** world-countries has Kosovo as the user-assigned "UNK"; the project codes it KSV (Phoenix). */
const iso3 = new Set(countries.map((c) => (c.cca3 === "UNK" ? "KSV" : c.cca3)));
/** world-countries flags the Holy See as a UN member; it is an observer, so the 193 exclude it. */
const unMembers = new Set(countries.filter((c) => c.unMember && c.cca3 !== "VAT").map((c) => c.cca3));

/** CAMEO role codes (primary, secondary, tertiary, Phoenix- and PLOVER-only) a country code may carry. */
const roles = new Set(
  (
    "COP GOV INS JUD MIL OPP REB SEP SPY UAF PTY AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED " +
    "REF MOD RAD REL PPL PRM JRN SOC SET"
  ).split(" "),
);

/** Known-group suffixes a national code may end with, as Phoenix does (PSEREBHMS for Hamas). */
const groups = new Set("HMS FTA ISJ PFL DFL PLO PLF AAM HEZ TAL KDP MBR".split(" "));

/**
 * Codes for heads of IGOs, NGOs and transnational armed groups: the Phoenix full forms of the CAMEO
 * reference table, and the project's own codes where it has none (IGOAFRAU for the African Union,
 * IMGMUSISI for Islamic State), kept identical to data/world/organizations.tsv.
 */
const orgCodes = new Set(
  (
    "IGOUNO IGOWSTNAT IGOEUREEC IGOAFRAU IGOSEAASN IGOBUSIMF IGOUNODEVWBK IGOUNOHLHWHO IGOUNOREFHCR " +
    "IGOUNOWFP IGOUNOKID IGOUNOIAE IGOJUDICC IGOBUSOPC IGOBUSWTO IGOMEAARL IGOUNOHRIHCH IGOEURCOE " +
    "IGOEURSCE IGOOAS IGOMOSOIC IGOPGSGCC IGOWAFWAS IGOUNOJUDICJ IGOCOPITP IGOUNOILO IGOUNOFAO " +
    "IGOASADEVADB IGOEURDEVEBR IGOAFRDEVAFB IGOCWN IGOSAFDEVSAD IGOEAFDEVIAD IGOCASCIS IGOBUSBIS " +
    "IGOUNOREF IMGMUSALQ IMGMUSISI NGOHLHIRC NGOHRIAMN NGOHRIHRW"
  ).split(" "),
);

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const HEADER = ["name", "aliases", "code", "country", "office", "from", "to"];

function validDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

function codeProblem(code: string, country: string): string | null {
  if (orgCodes.has(code)) return null;
  if (!/^([A-Z]{3}){2,3}$/.test(code)) return `code "${code}" is not ISO3 + role(s) nor a known IGO code`;
  const prefix = code.slice(0, 3);
  if (prefix === "IGO" || prefix === "IMG" || prefix === "NGO") return `unknown organisation code "${code}"`;
  if (!iso3.has(prefix)) return `code "${code}" does not start with an ISO3 country`;
  if (prefix !== country) return `code "${code}" does not match country ${country}`;
  for (let i = 3; i < code.length; i += 3) {
    const chunk = code.slice(i, i + 3);
    if (!roles.has(chunk) && !(i > 3 && groups.has(chunk)))
      return `code "${code}" has unknown role "${chunk}"`;
  }
  return null;
}

interface Tenure {
  line: number;
  from: string;
  to: string;
}

function main(): number {
  const path = process.argv[2];
  if (!path) {
    console.error("usage: npx tsx scripts/check-people.ts data/world/people.tsv");
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    console.error(`check-people: cannot read ${path}`);
    return 2;
  }

  const errors: string[] = [];
  const err = (line: number, msg: string) => errors.push(`${path}:${line}: ${msg}`);
  const seenRows = new Map<string, number>();
  const tenures = new Map<string, Tenure[]>();
  const people = new Set<string>();
  const countriesCovered = new Set<string>();
  const headsCovered = new Set<string>();
  const codes = new Map<string, number>();
  let rows = 0;
  let headerSeen = false;

  const lines = text.split(/\r?\n/);
  lines.forEach((raw, i) => {
    const n = i + 1;
    if (raw === "" || raw.startsWith("#")) return;
    const f = raw.split("\t");
    if (!headerSeen) {
      headerSeen = true;
      if (f.join("\t") !== HEADER.join("\t")) err(n, `header must be: ${HEADER.join(" | ")}`);
      return;
    }
    rows++;
    if (f.length !== 7) {
      err(n, `expected 7 tab-separated columns, found ${f.length}`);
      return;
    }
    const [name, aliases, code, country, office, from, to] = f;
    for (const [label, v] of [
      ["name", name],
      ["code", code],
      ["country", country],
      ["office", office],
      ["from", from],
    ]) {
      if (v.trim() === "") err(n, `empty ${label}`);
    }
    if (f.some((v) => v !== v.trim())) err(n, "a field has leading or trailing spaces");
    if (!iso3.has(country)) err(n, `country "${country}" is not ISO 3166-1 alpha-3`);
    const cp = codeProblem(code, country);
    if (cp) err(n, cp);
    if (from && !validDate(from)) err(n, `from "${from}" is not a valid YYYY-MM-DD date`);
    if (to && !validDate(to)) err(n, `to "${to}" is not a valid YYYY-MM-DD date`);
    if (validDate(from) && validDate(to) && from > to) err(n, `from ${from} is after to ${to}`);
    for (const a of aliases ? aliases.split(";") : []) {
      if (a.trim() === "") err(n, "empty alias (stray ';')");
      else if (a === name) err(n, `alias "${a}" repeats the name`);
    }

    const dup = seenRows.get(raw);
    if (dup) err(n, `duplicate of line ${dup}`);
    else seenRows.set(raw, n);

    const key = `${name}\t${code}\t${office}`;
    const list = tenures.get(key) ?? [];
    for (const t of list) {
      const aEnd = to || "9999-12-31";
      const bEnd = t.to || "9999-12-31";
      // Touching ends (one term ends the day the next starts) are not an overlap.
      if (from < bEnd && t.from < aEnd) err(n, `overlaps line ${t.line} (${name}, ${office})`);
    }
    list.push({ line: n, from, to });
    tenures.set(key, list);

    people.add(name);
    countriesCovered.add(country);
    codes.set(code, (codes.get(code) ?? 0) + 1);
    if (code === `${country}GOV` && isHeadOffice(office)) headsCovered.add(country);
  });
  if (!headerSeen) err(1, "no header line");

  const missing = [...unMembers].filter((c) => !headsCovered.has(c)).sort();
  console.log(`rows: ${rows}`);
  console.log(`distinct people: ${people.size}`);
  console.log(`countries covered: ${countriesCovered.size}`);
  console.log(
    `UN members with a head of state or government row: ${unMembers.size - missing.length}/${unMembers.size}`,
  );
  if (missing.length) console.log(`  missing: ${missing.join(" ")}`);
  console.log(`distinct codes: ${codes.size}`);
  for (const e of errors) console.error(e);
  console.log(errors.length ? `${errors.length} error(s)` : "no errors");
  return errors.length ? 1 : 0;
}

/** Offices that make a row count as head of state or government coverage. */
const HEAD_OFFICE =
  /\b(President|Prime Minister|Premier|Chancellor|Taoiseach|King|Queen|Emir|Sultan|Grand Duke|Prince|Co-Prince|Regent|Pope|Supreme Leader|Leader|Head of (State|Government)|Chief Executive|Chairman|Chairwoman|Secretary of State for Foreign Affairs)\b/;
/** Titles that contain a head-of-state word but are sub-national, deputy, advisory or non-executive offices. */
const NOT_HEAD_OFFICE =
  /Vice|Deputy|Opposition|Party|Crown|Bank|Bundesbank|Reserve|Exchequer|Region|Republika|Chechen|Tigray|Scotland|Catalonia|Bavaria|Mayor|Governor|European|United Nations|UN |Kurdistan|Duma|Parliament|Assembly|Senate|CPPCC|Expediency|Security Council|Central Military|Adviser|Envoy|Ambassador/;

function isHeadOffice(office: string): boolean {
  return HEAD_OFFICE.test(office) && !NOT_HEAD_OFFICE.test(office);
}

process.exitCode = main();
