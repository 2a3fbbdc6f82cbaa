import { type DataBundle, dataLines, LexiconError } from "./bundle.js";

/**
 * Head words that govern an embedded event ("willing TO work", "threatened TO impose", "urged X TO
 * release") and how they re-code it. See data/en/verbs/frames.txt.
 */
export type FrameKind =
  | "intent"
  | "threat"
  | "refuse"
  | "appeal"
  | "demand"
  | "plan"
  | "negate"
  | "report"
  | "announce";

export interface Frames {
  /** head lemma → frame kind */
  heads: Map<string, FrameKind>;
  /** frame kind → [code prefix, new code], longest prefix first */
  maps: Map<FrameKind, [string, string][]>;
  /** Verbs whose object noun carries the event: "hold talks", "impose sanctions". */
  light: Set<string>;
  /** Named word sets the coder reads (`set NAME word,word`): "crowd" → protester, demonstrator, ... */
  sets?: Map<string, Set<string>>;
  /** Named code conventions (`recode NAME PREFIX CODE`), longest prefix first: "riot" → [["19", "145"]]. */
  recodes?: Map<string, [string, string][]>;
}

const KINDS = new Set<FrameKind>([
  "intent",
  "threat",
  "refuse",
  "appeal",
  "demand",
  "plan",
  "negate",
  "report",
  "announce",
]);

/**
 * Parses lines `head KIND lemma,lemma`, `map KIND PREFIX CODE`, `light lemma,lemma`, `set NAME word,word`
 * and `recode NAME PREFIX CODE`.
 */
export function parseFrames(bundle: DataBundle, file: string): Frames {
  const sets = new Map<string, Set<string>>();
  const recodes = new Map<string, [string, string][]>();
  const frames: Frames = { heads: new Map(), maps: new Map(), light: new Set(), sets, recodes };
  for (const { line, text } of dataLines(bundle, file)) {
    const cols = text
      .replace(/\s#.*$/, "")
      .trim()
      .split(/\s+/);
    const kind = cols[1] as FrameKind;
    if (cols[0] === "light") {
      for (const l of cols.slice(1).join(",").split(",")) if (l) frames.light.add(l.toLowerCase());
      continue;
    }
    if (cols[0] === "set" && cols.length >= 3) {
      const set = sets.get(cols[1]) ?? new Set<string>();
      for (const w of cols.slice(2).join(",").split(",")) if (w) set.add(w.toLowerCase());
      sets.set(cols[1], set);
      continue;
    }
    if (cols[0] === "recode" && cols.length === 4 && /^\d+$/.test(cols[2]) && /^\d+$/.test(cols[3])) {
      const list = recodes.get(cols[1]) ?? [];
      list.push([cols[2], cols[3]]);
      recodes.set(cols[1], list);
      continue;
    }
    if (!KINDS.has(kind)) throw new LexiconError(file, line, `unknown frame "${cols[1]}"`);
    if (cols[0] === "head" && cols.length >= 3) {
      for (const l of cols.slice(2).join(",").split(",")) if (l) frames.heads.set(l.toLowerCase(), kind);
    } else if (cols[0] === "map" && cols.length === 4 && /^\d+$/.test(cols[2]) && /^\d+$/.test(cols[3])) {
      const list = frames.maps.get(kind) ?? [];
      list.push([cols[2], cols[3]]);
      frames.maps.set(kind, list);
    } else {
      throw new LexiconError(
        file,
        line,
        "expected `head KIND lemmas`, `map KIND PREFIX CODE`, `light lemmas`, `set NAME words` or `recode NAME PREFIX CODE`",
      );
    }
  }
  for (const list of frames.maps.values()) list.sort((a, b) => b[0].length - a[0].length);
  for (const list of recodes.values()) list.sort((a, b) => b[0].length - a[0].length);
  return frames;
}

/** The code an embedded event takes under a frame, or null if the frame has no mapping for it. */
export function reframe(frames: Frames, kind: FrameKind, code: string): string | null {
  for (const [prefix, to] of frames.maps.get(kind) ?? []) if (code.startsWith(prefix)) return to;
  return null;
}
