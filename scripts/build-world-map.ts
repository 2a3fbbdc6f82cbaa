/**
 * Builds web/public/world.json, the dashboard's offline world map, from the country outlines of the
 * world-countries package (data/*.geo.json, ODbL): each country's rings are simplified (Douglas-Peucker,
 * 0.12 degrees), specks under a tenth of a square degree dropped, and written as SVG path data in an
 * equirectangular frame (x = longitude + 180, y = 90 - latitude, one unit a degree), with the country's
 * centre for events that name only a country. Antarctica is left out: no news happens on the map there.
 *
 *   npx tsx scripts/build-world-map.ts
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

type Point = [number, number];
type Ring = Point[];
interface Geometry {
  type: "Polygon" | "MultiPolygon";
  coordinates: Ring[] | Ring[][];
}
interface WorldCountry {
  cca3: string;
  name: { common: string };
  latlng: [number, number];
}

const TOLERANCE = 0.12;
const MIN_AREA = 0.1;
const OUT = new URL("../web/public/world.json", import.meta.url);

const require = createRequire(import.meta.url);
const countries = require("world-countries") as WorldCountry[];
const dataDir = join(dirname(require.resolve("world-countries/package.json")), "data");

function perpendicular(p: Point, a: Point, b: Point): number {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  if (length === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / length;
}

function simplify(points: Ring, tolerance: number): Ring {
  if (points.length < 3) return points;
  let index = 0;
  let max = 0;
  for (let i = 1; i < points.length - 1; i++) {
    const d = perpendicular(points[i], points[0], points[points.length - 1]);
    if (d > max) [index, max] = [i, d];
  }
  if (max <= tolerance) return [points[0], points[points.length - 1]];
  return [
    ...simplify(points.slice(0, index + 1), tolerance).slice(0, -1),
    ...simplify(points.slice(index), tolerance),
  ];
}

function area(ring: Ring): number {
  let sum = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x1, y1] = ring[i];
    const [x2, y2] = ring[(i + 1) % ring.length];
    sum += x1 * y2 - x2 * y1;
  }
  return Math.abs(sum / 2);
}

const round = (x: number) => Math.round(x * 10) / 10;

function ringPath(ring: Ring): string | null {
  if (area(ring) < MIN_AREA) return null;
  const points = simplify(ring, TOLERANCE).map(([lon, lat]) => [round(lon + 180), round(90 - lat)]);
  const unique = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  if (unique.length < 4) return null;
  return `M${unique.map((p) => p.join(" ")).join("L")}Z`;
}

const out: { id: string; name: string; centre: [number, number]; path: string }[] = [];
for (const c of countries) {
  if (c.cca3 === "ATA") continue;
  let geometry: Geometry | undefined;
  try {
    geometry = JSON.parse(readFileSync(join(dataDir, `${c.cca3.toLowerCase()}.geo.json`), "utf8")).features[0]
      ?.geometry;
  } catch {
    geometry = undefined;
  }
  // Kosovo's file has no outline; small islands vanish below MIN_AREA: both keep their centre.
  const polygons = (
    !geometry ? [] : geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates
  ) as Ring[][];
  // Outer rings only: lakes and enclaves are below what a dashboard map shows.
  const path = polygons
    .map((rings) => ringPath(rings[0]))
    .filter(Boolean)
    .join("");
  const [lat, lon] = c.latlng;
  out.push({ id: c.cca3, name: c.name.common, centre: [round(lon), round(lat)], path });
}
out.sort((a, b) => a.id.localeCompare(b.id));
writeFileSync(
  OUT,
  `${JSON.stringify({
    about:
      "Country outlines simplified from the world-countries package (ODbL 1.0, github.com/mledoze/countries) by scripts/build-world-map.ts; equirectangular, x = lon + 180, y = 90 - lat.",
    countries: out,
  })}\n`,
);
console.log(`world.json: ${out.length} countries, ${Math.round(JSON.stringify(out).length / 1024)} KB`);
