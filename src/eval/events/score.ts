import type { Event } from "../../analysis.js";

/** Precision, recall and F1 from counts. */
export interface Prf {
  tp: number;
  predicted: number;
  expected: number;
  precision: number;
  recall: number;
  f1: number;
}

export function prf(tp: number, predicted: number, expected: number): Prf {
  const precision = predicted ? tp / predicted : 0;
  const recall = expected ? tp / expected : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, predicted, expected, precision, recall, f1 };
}

/** The events that count: neither negated nor hypothetical (the default for counts and exports). */
export function counted(events: Event[]): Event[] {
  return events.filter((e) => !e.negated && !e.hypothetical);
}

/** Matches two multisets of keys; returns how many agree. */
export function overlap(predicted: string[], expected: string[]): number {
  const left = new Map<string, number>();
  for (const k of expected) left.set(k, (left.get(k) ?? 0) + 1);
  let tp = 0;
  for (const k of predicted) {
    const n = left.get(k) ?? 0;
    if (n > 0) {
      tp++;
      left.set(k, n - 1);
    }
  }
  return tp;
}

/** Exact (source, target, code) keys, and country + CAMEO root keys. */
export function tripleKeys(triples: { source: string; target: string; code: string }[]): {
  exact: string[];
  root: string[];
} {
  const uniq = <T>(xs: T[]) => [...new Set(xs)];
  return {
    exact: uniq(triples.map((t) => `${t.source}|${t.target}|${t.code}`)),
    root: uniq(triples.map((t) => `${t.source.slice(0, 3)}|${t.target.slice(0, 3)}|${t.code.slice(0, 2)}`)),
  };
}

export function eventTriples(events: Event[]): { source: string; target: string; code: string }[] {
  return counted(events)
    .filter((e) => e.target !== null)
    .map((e) => ({ source: e.source.code, target: e.target?.code ?? "", code: e.cameo }));
}
