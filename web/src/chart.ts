import type { DyadRow } from "./api.js";
import { QUADS } from "./colors.js";
import { formatDay, h, s, signed } from "./dom.js";
import { withTooltip } from "./tooltip.js";

export const DIRECTION_COLORS = ["#1f5fa8", "#d9822b"];

const W = 1000;
const LEFT = 44;
const RIGHT = 16;
const TOP_Y = 28;
const TOP_H = 190;
const BOTTOM_Y = TOP_Y + TOP_H + 52;
const BOTTOM_H = 120;
const H = BOTTOM_Y + BOTTOM_H + 34;

/**
 * The dyad's time chart: above, the mean Goldstein value of each direction per period (a line with a
 * point per period that has events); below, the events per period stacked by quad class. Periods are
 * evenly spaced, so sparse series stay readable.
 */
export function dyadChart(series: DyadRow[], a: string, b: string, by: string): SVGSVGElement {
  const periods = timeline([...new Set(series.map((r) => r.period))].sort(), by);
  const n = periods.length;
  const band = (W - LEFT - RIGHT) / Math.max(n, 1);
  const x = (i: number) => LEFT + band * (i + 0.5);
  const yG = (g: number) => TOP_Y + ((10 - g) / 20) * TOP_H;
  const totals = periods.map((p) =>
    series.filter((r) => r.period === p).reduce((sum, r) => sum + r.events, 0),
  );
  const maxCount = Math.max(1, ...totals);
  const yC = (c: number) => BOTTOM_Y + BOTTOM_H - (c / maxCount) * BOTTOM_H;

  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "chart",
    role: "img",
    "aria-label": `Events between ${a} and ${b}`,
  });
  svg.append(
    s(
      "text",
      { x: LEFT, y: TOP_Y - 12, class: "panel-title" },
      "Goldstein scale, mean per period (−10 conflict … +10 cooperation)",
    ),
    s("text", { x: LEFT, y: BOTTOM_Y - 12, class: "panel-title" }, "Events per period, by quad class"),
  );

  const grid = s("g", { class: "grid" });
  for (const g of [-10, -5, 0, 5, 10]) {
    grid.append(
      s("line", { x1: LEFT, x2: W - RIGHT, y1: yG(g), y2: yG(g), class: g === 0 ? "zero" : "" }),
      s("text", { x: LEFT - 8, y: yG(g) + 4, "text-anchor": "end" }, g > 0 ? `+${g}` : String(g)),
    );
  }
  const ticks = niceTicks(maxCount);
  for (const c of ticks) {
    grid.append(
      s("line", { x1: LEFT, x2: W - RIGHT, y1: yC(c), y2: yC(c) }),
      s("text", { x: LEFT - 8, y: yC(c) + 4, "text-anchor": "end" }, String(c)),
    );
  }
  svg.append(grid);

  // x labels: at most ~12, the first always, the last when it has room
  const every = Math.max(1, Math.ceil(n / 12));
  periods.forEach((p, i) => {
    const lastApart = i === n - 1 && (n - 1) % every >= every / 2;
    if (i % every !== 0 && !lastApart) return;
    svg.append(s("text", { x: x(i), y: H - 12, "text-anchor": "middle" }, formatDay(p)));
  });

  // stacked bars
  const bars = s("g", { class: "bars" });
  periods.forEach((p, i) => {
    const rows = series.filter((r) => r.period === p);
    let base = 0;
    for (const q of QUADS) {
      const count = rows.reduce((sum, r) => sum + (r[`quad${q.quad}` as "quad1"] ?? 0), 0);
      if (!count) continue;
      const rect = s("rect", {
        x: x(i) - Math.min(band * 0.34, 22),
        width: Math.min(band * 0.68, 44),
        y: yC(base + count),
        height: Math.max(1, yC(base) - yC(base + count)),
        fill: q.color,
        rx: 2,
        class: "bar",
      });
      withTooltip(rect, () => [h("b", {}, formatDay(p)), h("div", {}, `${q.name}: ${count}`)]);
      bars.append(rect);
      base += count;
    }
  });
  svg.append(bars);

  // Goldstein lines, one per direction
  [`${a}>${b}`, `${b}>${a}`].forEach((direction, d) => {
    const color = DIRECTION_COLORS[d];
    const points = periods
      .map((p, i) => ({ i, row: series.find((r) => r.period === p && r.direction === direction) }))
      .filter((pt): pt is { i: number; row: DyadRow } => pt.row !== undefined);
    if (points.length > 1) {
      svg.append(
        s("path", {
          d: points
            .map((pt, k) => `${k ? "L" : "M"}${x(pt.i).toFixed(1)} ${yG(pt.row.goldsteinMean).toFixed(1)}`)
            .join(""),
          fill: "none",
          stroke: color,
          "stroke-width": 2.25,
          "stroke-linejoin": "round",
          class: "line",
        }),
      );
    }
    for (const { i, row } of points) {
      const dot = s("circle", {
        cx: x(i),
        cy: yG(row.goldsteinMean),
        r: 5,
        fill: color,
        class: "point",
        "data-direction": direction,
        "data-period": row.period,
      });
      withTooltip(dot, () => [
        h("b", {}, `${direction.replace(">", " → ")} · ${formatDay(row.period)}`),
        h(
          "div",
          {},
          `${row.events} events · mean Goldstein ${signed(row.goldsteinMean)} · sum ${signed(row.goldsteinSum)}`,
        ),
        h("div.muted", {}, QUADS.map((q) => `${q.name}: ${row[`quad${q.quad}` as "quad1"]}`).join(" · ")),
      ]);
      svg.append(dot);
    }
  });
  return svg;
}

function niceTicks(max: number): number[] {
  const step = max <= 5 ? 1 : max <= 10 ? 2 : max <= 25 ? 5 : max <= 50 ? 10 : Math.ceil(max / 5 / 10) * 10;
  const out: number[] = [];
  for (let v = 0; v <= max; v += step) out.push(v);
  return out;
}

/** Most periods drawn with a bar each; a longer span shows only the periods that have events. */
const MAX_PERIODS = 120;

/** Every period from the first to the last (empty ones too, so time reads evenly), when not too many. */
export function timeline(periods: string[], by: string): string[] {
  if (periods.length < 2) return periods;
  const out: string[] = [];
  const last = periods[periods.length - 1];
  const d = new Date(`${by === "month" ? `${periods[0]}-01` : periods[0]}T00:00:00Z`);
  for (let guard = 0; guard < MAX_PERIODS; guard++) {
    const key = by === "month" ? d.toISOString().slice(0, 7) : d.toISOString().slice(0, 10);
    if (key > last) return out;
    out.push(key);
    if (by === "month") d.setUTCMonth(d.getUTCMonth() + 1);
    else d.setUTCDate(d.getUTCDate() + (by === "week" ? 7 : 1));
  }
  return periods; // too long a span to draw every period: only those with events
}
