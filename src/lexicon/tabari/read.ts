import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { dictionaryKind } from "./dictionaries.js";

/** A PETRARCH dictionary folder the user named cannot be read (reported like a lexicon error). */
export class PetrarchDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "LexiconError";
  }
}

/** Which dictionaries of a folder to read: PETRARCH's own test set (`*.Validate.*`) or the others. */
export type DictionarySet = "operational" | "validation";

const VALIDATION = /\.validate\./i;

/**
 * Reads the dictionary files named by `path` (the edge: Node only). `path` is a folder, or a folder
 * and a file-name prefix ("dicts/PETR.Validate" reads the files starting so). In a folder holding
 * both PETRARCH's test dictionaries (`*.Validate.*`) and others, `set` chooses; a folder with only
 * one kind reads that. Files are UTF-8; one that is not (some Phoenix files hold Latin-1) is read
 * as Latin-1.
 */
export function readPetrarchDir(path: string, set: DictionarySet = "operational"): Record<string, string> {
  let dir = path;
  let prefix = "";
  if (!isDir(path)) {
    dir = dirname(path);
    prefix = basename(path);
    if (!isDir(dir))
      throw new PetrarchDirError(`petrarch:${path}: not a readable folder of PETRARCH dictionaries`);
  }
  let names = readdirSync(dir)
    .filter((n) => n.startsWith(prefix) && dictionaryKind(n))
    .sort();
  if (!prefix) {
    const wanted = names.filter((n) => VALIDATION.test(n) === (set === "validation"));
    if (wanted.length > 0) names = wanted;
  }
  if (names.length === 0) {
    throw new PetrarchDirError(
      prefix
        ? `petrarch:${path}: no such folder, and no dictionary file in ${dir} starts with "${prefix}"`
        : `petrarch:${path}: no dictionary files (*.verbs.txt, *verbpatterns*.txt, *.actors.txt, *.agents.txt, *.discards.txt)`,
    );
  }
  const files: Record<string, string> = {};
  for (const name of names) {
    const bytes = readFileSync(join(dir, name));
    const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    files[name] = utf8.includes("\uFFFD") ? new TextDecoder("latin1").decode(bytes) : utf8;
  }
  const kinds = new Set(Object.keys(files).map(dictionaryKind));
  if (!kinds.has("verbs") || !kinds.has("actors")) {
    throw new PetrarchDirError(
      `petrarch:${path}: needs at least a verbs file (*.verbs.txt or *verbpatterns*.txt) and an actors file (*.actors.txt)`,
    );
  }
  return files;
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
