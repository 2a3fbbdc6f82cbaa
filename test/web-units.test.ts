import { describe, expect, it } from "vitest";
import { timeline } from "../web/src/chart.js";
import { goldsteinColor } from "../web/src/colors.js";
import { forceLayout } from "../web/src/layout.js";

describe("dashboard helpers", () => {
  it("spreads a dyad's periods over every month, week or day between the first and the last", () => {
    expect(timeline(["2024-07", "2024-10"], "month")).toEqual(["2024-07", "2024-08", "2024-09", "2024-10"]);
    expect(timeline(["2024-12-30", "2025-01-13"], "week")).toEqual([
      "2024-12-30",
      "2025-01-06",
      "2025-01-13",
    ]);
    expect(timeline(["2024-02-28", "2024-03-01"], "day")).toEqual(["2024-02-28", "2024-02-29", "2024-03-01"]);
    // too long a span for a bar each: only the periods that have events
    expect(timeline(["2001-01-01", "2024-01-01"], "week")).toEqual(["2001-01-01", "2024-01-01"]);
  });

  it("colours conflict red, neutral grey and cooperation green", () => {
    const rgb = (c: string) => c.match(/\d+/g)!.map(Number);
    expect(rgb(goldsteinColor(-10))[0]).toBeGreaterThan(rgb(goldsteinColor(-10))[1]);
    expect(rgb(goldsteinColor(10))[1]).toBeGreaterThan(rgb(goldsteinColor(10))[0]);
    const [red, green, blue] = rgb(goldsteinColor(0));
    expect(Math.max(red, green, blue) - Math.min(red, green, blue)).toBeLessThan(30);
  });

  it("lays a graph out inside its frame, the same way every time, with linked nodes nearer", () => {
    const ids = ["A", "B", "C", "D", "E"];
    const edges = [
      { source: "A", target: "B", weight: 5 },
      { source: "B", target: "C", weight: 1 },
    ];
    const first = forceLayout(ids, edges, 800, 500);
    const again = forceLayout(ids, edges, 800, 500);
    expect([...again.values()]).toEqual([...first.values()]);
    for (const p of first.values()) {
      expect(p.x).toBeGreaterThanOrEqual(0);
      expect(p.x).toBeLessThanOrEqual(800);
      expect(p.y).toBeGreaterThanOrEqual(0);
      expect(p.y).toBeLessThanOrEqual(500);
    }
    const d = (a: string, b: string) =>
      Math.hypot(first.get(a)!.x - first.get(b)!.x, first.get(a)!.y - first.get(b)!.y);
    expect(d("A", "B")).toBeLessThan(d("A", "E"));
  });
});
