import type { Analysis } from "../../analysis.js";
import type { PetrarchRecord } from "./gold.js";

/** The null actor, as PETRARCH writes a missing source or target. */
export const NULL_ACTOR = "---";

export type Triple = string;

export function triple(source: string, target: string, code: string): Triple {
  return `${source}|${target}|${code}`;
}

/** The expected triples of a record: none when it expects no events or an error. */
export function expectedTriples(r: PetrarchRecord): Triple[] {
  if (r.noevents || r.expected_error) return [];
  return r.events.map((e) => triple(e.source, e.target, e.code));
}

/**
 * The triples Dyad coded. With require_dyad, an event needs both a source and a target, as in
 * PETRARCH; without it a missing side is the null actor. Negated events are not coded (PETRARCH
 * codes negation through patterns). `agentOnly` tells the codes that are an agent's alone.
 */
export function predictedTriples(
  a: Analysis,
  requireDyad: boolean,
  agentOnly: (code: string) => boolean = () => false,
): Triple[] {
  const out = new Set<Triple>();
  // PETRARCH writes an agent with no country as the null actor and the agent: "---GOV".
  const code = (c: string | undefined) => (!c ? NULL_ACTOR : agentOnly(c) ? `${NULL_ACTOR}${c}` : c);
  for (const e of a.events) {
    const source = code(e.source.code);
    const target = code(e.target?.code);
    if (requireDyad && (source === NULL_ACTOR || target === NULL_ACTOR)) continue;
    out.add(triple(source, target, e.cameo));
  }
  return [...out];
}

export function sameSet(a: Triple[], b: Triple[]): boolean {
  const sa = new Set(a);
  const sb = new Set(b);
  return sa.size === sb.size && [...sa].every((x) => sb.has(x));
}

/** Event-level counts over a whole run: true positives, predicted, expected. */
export interface EventCounts {
  tp: number;
  predicted: number;
  expected: number;
}

export function countEvents(expected: Triple[], got: Triple[], into: EventCounts): void {
  const e = new Set(expected);
  const g = new Set(got);
  into.expected += e.size;
  into.predicted += g.size;
  for (const x of g) if (e.has(x)) into.tp++;
}
