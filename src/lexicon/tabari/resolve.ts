import type { Lexicon } from "../lexicon.js";
import { loadLexicon } from "../load.js";
import { convertDictionaries } from "./convert.js";
import { parsePetrarchDictionaries } from "./dictionaries.js";
import { type DictionarySet, readPetrarchDir } from "./read.js";
import type { PetrarchIssue } from "./types.js";

export const PETRARCH_PREFIX = "petrarch:";

/**
 * The lexicon a `--lexicon` option names: `petrarch:DIR` loads the PETRARCH/TABARI dictionaries in
 * DIR in place of Dyad's own verbs, actors, agents and discards; anything else is a Dyad data folder.
 * In a folder that also holds PETRARCH's test dictionaries, `set` says which to read.
 * Lines of the dictionaries that could not be read come back in `issues` (the rest is loaded).
 */
export function resolveLexicon(
  spec: string | undefined,
  set: DictionarySet = "operational",
): { lexicon: Lexicon; issues: PetrarchIssue[] } {
  if (!spec) return { lexicon: loadLexicon(), issues: [] };
  if (!spec.startsWith(PETRARCH_PREFIX)) return { lexicon: loadLexicon({ dataDir: spec }), issues: [] };
  const dir = spec.slice(PETRARCH_PREFIX.length);
  const dicts = parsePetrarchDictionaries(readPetrarchDir(dir, set));
  return { lexicon: convertDictionaries(dicts, loadLexicon()), issues: dicts.issues };
}
