import { readFileSync } from "node:fs";

/** One record of a gold file: a sentence with the events a coder should find. */
export interface PetrarchGold {
  id: string;
  text: string;
  date: string | null;
  events: { source: string; target: string; code: string }[];
}

export interface PloverGold {
  id: string;
  text: string;
  date: string | null;
  type: string;
  sources: string[];
}

export class GoldFileError extends Error {}

function readJsonl(path: string): { line: number; value: Record<string, unknown> }[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch {
    throw new GoldFileError(`cannot read ${path}`);
  }
  const out: { line: number; value: Record<string, unknown> }[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    if (raw.trim() === "") return;
    try {
      out.push({ line: i + 1, value: JSON.parse(raw) });
    } catch {
      throw new GoldFileError(`${path}:${i + 1}: not a JSON object`);
    }
  });
  return out;
}

function isoDate(d: unknown): string | null {
  if (typeof d !== "string") return null;
  const m = /^(\d{4})-?(\d{2})-?(\d{2})$/.exec(d);
  return m ? `${m[1]}-${m[2]}-${m[3]}` : null;
}

/** PETRARCH-style records: {id, text, date, events: [{source, target, code}]}. */
export function readPetrarchGold(path: string): PetrarchGold[] {
  return readJsonl(path).map(({ line, value: v }) => {
    if (typeof v.id !== "string" || typeof v.text !== "string" || !Array.isArray(v.events)) {
      throw new GoldFileError(`${path}:${line}: expected id, text and events[] (a PETRARCH-style record)`);
    }
    return {
      id: v.id,
      text: v.text,
      date: isoDate(v.date),
      events: (v.events as Record<string, string>[]).map((e) => ({
        source: e.source,
        target: e.target,
        code: e.code,
      })),
    };
  });
}

/** PLOVER gold records: {id, text, event_type_plover2, actors: {source: [{code}]}}. */
export function readPloverGold(path: string): PloverGold[] {
  return readJsonl(path).map(({ line, value: v }) => {
    const type = v.event_type_plover2 ?? v.event_type;
    const actors = v.actors as { source?: { code?: string }[] } | undefined;
    if (typeof v.id !== "string" || typeof v.text !== "string" || typeof type !== "string") {
      throw new GoldFileError(
        `${path}:${line}: expected id, text and event_type_plover2 (a PLOVER gold record)`,
      );
    }
    return {
      id: v.id,
      text: v.text,
      date: isoDate(v.date),
      type,
      sources: (actors?.source ?? []).map((a) => a.code ?? "").filter(Boolean),
    };
  });
}

/**
 * A fixed half of the records, by a hash of the id: "dev" to look at and tune on, "test" to report.
 * The gold files come with no split of their own; this one never changes.
 */
export function splitOf(id: string): "dev" | "test" {
  let h = 2166136261;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0) % 2 === 0 ? "dev" : "test";
}
