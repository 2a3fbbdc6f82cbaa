import { ApiError, api, type Place } from "../api.js";
import { goldsteinColor, QUADS } from "../colors.js";
import { h, notice, s, signed } from "../dom.js";
import { withTooltip } from "../tooltip.js";

interface WorldCountry {
  id: string;
  name: string;
  /** [lon, lat] */
  centre: [number, number];
  /** SVG path in the frame x = lon + 180, y = 90 - lat. */
  path: string;
}

let world: Promise<WorldCountry[]> | null = null;

/** The shipped outlines (web/public/world.json): the map needs no network beyond this server. */
function loadWorld(): Promise<WorldCountry[]> {
  world ??= fetch("world.json")
    .then((r) => r.json())
    .then((j: { countries: WorldCountry[] }) => j.countries);
  return world;
}

const TOP = 6; // latitude 84N
const HEIGHT = 148; // down to latitude 58S

/**
 * Map: where events happen, as circles sized by the number of events at each place and coloured by their
 * mean Goldstein value, on an equirectangular world map. Places known only by country sit at its centre.
 */
export async function mapView(root: HTMLElement, _params: URLSearchParams): Promise<void> {
  root.append(
    h(
      "div.view-head",
      {},
      h(
        "div",
        {},
        h("h2", {}, "Map"),
        h(
          "p.intro",
          {},
          "Where events happen: each circle is a place named in the sentence of an event, sized by its events and coloured by their mean Goldstein value.",
        ),
      ),
    ),
  );
  let places: Place[];
  let countries: WorldCountry[];
  try {
    [places, countries] = await Promise.all([api.places().then((r) => r.items), loadWorld()]);
  } catch (e) {
    root.appendChild(
      notice(
        e instanceof ApiError ? e.message : `The map could not be loaded: ${(e as Error).message}`,
        "error",
      ),
    );
    return;
  }
  const centres = new Map(countries.map((c) => [c.id, c.centre]));
  const located = places
    .map((p) => {
      const at =
        p.lat !== null && p.lon !== null ? [p.lon, p.lat] : p.country ? centres.get(p.country) : undefined;
      return at ? { ...p, x: at[0] + 180, y: 90 - at[1] } : null;
    })
    .filter((p): p is Place & { x: number; y: number } => p !== null)
    .sort((a, b) => b.events - a.events);
  const active = new Set(located.map((p) => p.country).filter(Boolean));

  const svg = s("svg", {
    viewBox: `0 ${TOP} 360 ${HEIGHT}`,
    class: "world",
    role: "img",
    "aria-label": "World map of event locations",
  });
  const graticule = s("g", { class: "graticule" });
  for (let lon = -150; lon <= 150; lon += 30)
    graticule.appendChild(s("line", { x1: lon + 180, x2: lon + 180, y1: TOP, y2: TOP + HEIGHT }));
  for (let lat = -60; lat <= 80; lat += 20)
    graticule.appendChild(s("line", { x1: 0, x2: 360, y1: 90 - lat, y2: 90 - lat }));
  svg.appendChild(graticule);
  const land = s("g");
  for (const c of countries) {
    if (!c.path) continue;
    const el = s("path", { d: c.path, class: `land${active.has(c.id) ? " active" : ""}` });
    withTooltip(el, () => [c.name]);
    land.appendChild(el);
  }
  svg.appendChild(land);
  const max = Math.max(1, ...located.map((p) => p.events));
  const dots = s("g");
  // largest first, so small places stay visible on top
  for (const p of located) {
    const dot = s("circle", {
      cx: p.x.toFixed(2),
      cy: p.y.toFixed(2),
      r: (0.9 + 3.6 * Math.sqrt(p.events / max)).toFixed(2),
      fill: goldsteinColor(p.goldsteinMean),
      class: "place",
      "data-place": p.name,
    });
    withTooltip(dot, () => [
      h("b", {}, `${p.name}${p.country ? ` (${p.country})` : ""}`),
      h(
        "div",
        {},
        `${p.events} event${p.events === 1 ? "" : "s"} · mean Goldstein ${signed(p.goldsteinMean)}`,
      ),
      h("div.muted", {}, QUADS.map((q) => `${q.name}: ${p[`quad${q.quad}` as "quad1"]}`).join(" · ")),
      p.lat === null ? h("div.muted", {}, "placed at the country's centre") : "",
    ]);
    dots.appendChild(dot);
  }
  svg.appendChild(dots);

  root.appendChild(
    h(
      "div.split",
      {},
      h(
        "section.card",
        {},
        svg,
        h(
          "div.scale",
          {},
          "conflict",
          h("span.bar"),
          "cooperation",
          h("span.spacer"),
          `${located.length} places`,
        ),
        h(
          "div.attribution",
          {},
          "Country outlines simplified from the world-countries data set (ODbL); no map tiles, no network.",
        ),
      ),
      h(
        "aside.card",
        {},
        h("h3", {}, "Places with most events"),
        located.length
          ? h(
              "ul.rank",
              {},
              ...located
                .slice(0, 15)
                .map((p) =>
                  h(
                    "li",
                    {},
                    h("span.dot", { style: `background:${goldsteinColor(p.goldsteinMean)}` }),
                    `${p.name}`,
                    p.country ? h("span.muted.small", {}, p.country) : null,
                    h("span.n", {}, p.events),
                  ),
                ),
            )
          : h("p.muted", {}, "No event in the store names a place yet."),
      ),
    ),
  );
}
