import type { Agent, Entry, Title } from "../../lexicon/actors.js";
import type { Doc, Token } from "../doc.js";
import type { RawMatch } from "./match.js";

/** A sentence read as units: a lexicon match (several tokens) or a single plain token. */
export interface Unit {
  start: number;
  /** One past the last token. */
  end: number;
  entries: Entry[];
}

export function sentenceUnits(
  _doc: Doc,
  tokenStart: number,
  tokenEnd: number,
  raw: RawMatch[],
  from: number,
): Unit[] {
  const units: Unit[] = [];
  let r = from;
  for (let i = tokenStart; i < tokenEnd; ) {
    while (r < raw.length && raw[r].start < i) r++;
    if (r < raw.length && raw[r].start === i) {
      units.push({ start: i, end: raw[r].end, entries: raw[r].entries });
      i = raw[r].end;
    } else {
      units.push({ start: i, end: i + 1, entries: [] });
      i++;
    }
  }
  return units;
}

// These run for every unit of every sentence, several times: plain loops, no closures or rest arguments.

export function entryOf<T extends Entry["type"]>(
  unit: Unit | undefined,
  type: T,
): Extract<Entry, { type: T }> | undefined {
  if (unit === undefined) return undefined;
  for (const e of unit.entries) if (e.type === type) return e as Extract<Entry, { type: T }>;
  return undefined;
}

/** The unit's title of kind `kind` (or `other`), if it has one. */
export function titleOf(
  unit: Unit | undefined,
  kind: Title["kind"],
  other?: Title["kind"],
): Title | undefined {
  if (unit === undefined) return undefined;
  for (const e of unit.entries) {
    if (e.type === "title" && (e.title.kind === kind || e.title.kind === other)) return e.title;
  }
  return undefined;
}

export function agentOf(unit: Unit | undefined): Agent | undefined {
  return entryOf(unit, "agent")?.agent;
}

const UPPER_START = /^\p{Lu}/u;

export function capitalised(token: Token): boolean {
  return UPPER_START.test(token.text);
}

/** A possessive ending at token i: "’s" after a name, or a bare apostrophe after a plural ("leaders’"). */
export function isPossessive(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || i === 0) return false;
  const prev = tokens[i - 1];
  if (prev.end !== t.start) return false;
  return t.norm === "'s" || (t.norm === "'" && /s$/i.test(prev.text));
}
