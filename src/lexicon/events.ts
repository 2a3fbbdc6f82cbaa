import { type CameoTable, compileCameo } from "../ontology/cameo.js";
import type { DataBundle } from "./bundle.js";
import { type Discards, parseDiscards } from "./events-discards.js";
import { parsePatternFile, parseSynsets } from "./events-format.js";
import { type Frames, parseFrames } from "./events-frames.js";
import type { VerbPattern } from "./events-pattern.js";

/** Everything the events stage needs, compiled once: pattern indexes, frames, discards, codes. */
export interface EventLexicon {
  cameo: CameoTable;
  /** verb lemma → patterns, most specific first */
  verbs: Map<string, VerbPattern[]>;
  /** noun form → patterns, most specific first */
  nouns: Map<string, VerbPattern[]>;
  frames: Frames;
  discards: Discards;
  patterns: VerbPattern[];
  /** Rule → the code of the event the target does back to the source (PETRARCH's paired "032:033"). */
  reverseCodes?: Map<string, string>;
  /** Verbs are looked up by their form before their lemma (PETRARCH dictionaries list each form). */
  formsFirst?: boolean;
  /** A verb is passive only with "by" after it, as PETRARCH's coder reads (its dictionaries expect it). */
  passiveNeedsBy?: boolean;
}

const PATTERN_FILE = /^en\/verbs\/(\d\d)\.txt$/;

export function compileEventLexicon(bundle: DataBundle): EventLexicon {
  const cameo = compileCameo(bundle);
  const synsets = parseSynsets(bundle, "en/verbs/synsets.txt");
  const patterns: VerbPattern[] = [];
  for (const file of Object.keys(bundle).sort()) {
    const m = PATTERN_FILE.exec(file);
    if (!m) continue;
    const root = m[1];
    patterns.push(
      ...parsePatternFile(bundle, file, synsets, (code) => cameo.has(code) && code.startsWith(root)),
    );
  }
  const indexes = indexPatterns(patterns);
  addPastForms(indexes.verbs, indexes.nouns);
  return {
    cameo,
    ...indexes,
    frames: parseFrames(bundle, "en/verbs/frames.txt"),
    discards: parseDiscards(bundle, "en/discards.txt"),
    patterns,
  };
}

/**
 * The tagger reads some regular past forms it does not know as nouns or adjectives, with the form itself as
 * lemma ("tortured", "abducted", "proscribed"): each verb is also found under its regular past forms, unless
 * such a form is already a verb or noun of the lexicon. Verbs in -ee are left out ("see" would give "seed").
 */
function addPastForms(verbs: Map<string, VerbPattern[]>, nouns: Map<string, VerbPattern[]>): void {
  for (const [lemma, list] of [...verbs]) {
    for (const form of pastForms(lemma)) if (!verbs.has(form) && !nouns.has(form)) verbs.set(form, list);
  }
}

/** "torture" → tortured, "ban" → baned, banned, "bully" → bullied; [] for forms that are not plain words. */
export function pastForms(verb: string): string[] {
  if (!/^[a-z]{3,}$/.test(verb) || verb.endsWith("ee")) return [];
  if (verb.endsWith("e")) return [`${verb}d`];
  if (/[^aeiou]y$/.test(verb)) return [`${verb.slice(0, -1)}ied`];
  const forms = [`${verb}ed`];
  if (/[^aeiou][aeiou][bdgklmnprt]$/.test(verb)) forms.push(`${verb}${verb.slice(-1)}ed`);
  return forms;
}

/** Builds the lemma indexes the coder uses; also used for patterns loaded from other formats. */
export function indexPatterns(patterns: VerbPattern[]): {
  verbs: Map<string, VerbPattern[]>;
  nouns: Map<string, VerbPattern[]>;
} {
  const verbs = new Map<string, VerbPattern[]>();
  const nouns = new Map<string, VerbPattern[]>();
  for (const p of patterns) {
    const index = p.trigger === "verb" ? verbs : nouns;
    for (const lemma of p.lemmas) {
      const list = index.get(lemma) ?? [];
      list.push(p);
      index.set(lemma, list);
    }
  }
  for (const list of [...verbs.values(), ...nouns.values()])
    list.sort((a, b) => b.specificity - a.specificity);
  return { verbs, nouns };
}
