import { readFileSync } from "node:fs";

/** One record of a PETRARCH validation file (JSONL, see ../shared/eval/README-petrarch2.md). */
export interface PetrarchRecord {
  id: string;
  text: string;
  /** YYYYMMDD */
  date: string;
  events: { source: string; target: string; code: string }[];
  noevents?: boolean;
  expected_error?: string;
  category?: string;
  /** Absent means active (the GSR file has no such field). */
  active?: boolean;
  config?: Partial<CoderOptions>;
}

/** The PETRARCH coder options a record may set (PETR_config.ini names). */
export interface CoderOptions {
  require_dyad: boolean;
  new_actor_length: number;
  comma_min: number;
  comma_max: number;
  comma_bmin: number;
  comma_bmax: number;
  comma_emin: number;
  comma_emax: number;
}

/** PETR_config.ini defaults, in force wherever a record's `config` does not say otherwise. */
export const DEFAULT_OPTIONS: CoderOptions = {
  require_dyad: true,
  new_actor_length: 0,
  comma_min: 2,
  comma_max: 8,
  comma_bmin: 0,
  comma_bmax: 0,
  comma_emin: 2,
  comma_emax: 8,
};

export class GoldFileError extends Error {}

/** Reads a validation JSONL file; a bad line stops it with its line number. */
export function readPetrarchGold(path: string): PetrarchRecord[] {
  let content: string;
  try {
    content = readFileSync(path, "utf8");
  } catch {
    throw new GoldFileError(`cannot read ${path}`);
  }
  const out: PetrarchRecord[] = [];
  content.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === "") return;
    let r: PetrarchRecord;
    try {
      r = JSON.parse(line);
    } catch {
      throw new GoldFileError(`${path}:${i + 1}: not a JSON line`);
    }
    if (typeof r.id !== "string" || typeof r.text !== "string" || !Array.isArray(r.events)) {
      throw new GoldFileError(`${path}:${i + 1}: a record needs id, text and events[]`);
    }
    out.push(r);
  });
  return out;
}

export function optionsOf(r: PetrarchRecord): CoderOptions {
  return { ...DEFAULT_OPTIONS, ...(r.config ?? {}) };
}
