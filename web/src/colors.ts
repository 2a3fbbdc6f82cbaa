/** Colours shared by the views: CAMEO quad classes and a cooperation-to-conflict scale for Goldstein values. */

export const QUADS = [
  { quad: 1, name: "Verbal cooperation", color: "#5b9f6e" },
  { quad: 2, name: "Material cooperation", color: "#2f6f8f" },
  { quad: 3, name: "Verbal conflict", color: "#e0a030" },
  { quad: 4, name: "Material conflict", color: "#c8553d" },
] as const;

export const quadColor = (quad: number) => QUADS[quad - 1]?.color ?? "#8a94a6";
export const quadName = (quad: number) => QUADS[quad - 1]?.name ?? "Unknown";

function mix(a: [number, number, number], b: [number, number, number], t: number): string {
  const c = a.map((x, i) => Math.round(x + (b[i] - x) * t));
  return `rgb(${c[0]}, ${c[1]}, ${c[2]})`;
}

const CONFLICT: [number, number, number] = [200, 85, 61];
const NEUTRAL: [number, number, number] = [150, 158, 172];
const COOPERATION: [number, number, number] = [47, 140, 100];

/** Goldstein -10 (conflict, red) through 0 (grey) to +10 (cooperation, green). */
export function goldsteinColor(g: number): string {
  const t = Math.max(-1, Math.min(1, g / 7));
  return t < 0 ? mix(NEUTRAL, CONFLICT, -t) : mix(NEUTRAL, COOPERATION, t);
}

export const KIND_COLORS: Record<string, string> = {
  person: "#2f6fb5",
  country: "#0e8a7e",
  organization: "#7a4fc2",
  group: "#c46a1b",
  place: "#66758a",
};
