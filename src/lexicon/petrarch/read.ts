import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { dictionaryKind } from "./dictionaries.js";

/** A PETRARCH dictionary folder the user named cannot be read. */
export class PetrarchDirError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/**
 * Reads the dictionary files of a folder (the edge: Node only). Files are UTF-8; one that is not
 * (some Phoenix files hold Latin-1 bytes) is read as Latin-1.
 */
export function readPetrarchDir(dir: string): Record<string, string> {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new Error("not a folder");
    names = readdirSync(dir);
  } catch {
    throw new PetrarchDirError(`petrarch:${dir}: not a readable folder of PETRARCH dictionaries`);
  }
  const files: Record<string, string> = {};
  for (const name of names.sort()) {
    if (!dictionaryKind(name)) continue;
    const bytes = readFileSync(join(dir, name));
    const utf8 = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
    files[name] = utf8.includes("\uFFFD") ? new TextDecoder("latin1").decode(bytes) : utf8;
  }
  const kinds = new Set(Object.keys(files).map(dictionaryKind));
  if (!kinds.has("verbs") || !kinds.has("actors")) {
    throw new PetrarchDirError(
      `petrarch:${dir}: needs at least a verbs file (*.verbs.txt or *verbpatterns*.txt) and an actors file (*.actors.txt)`,
    );
  }
  return files;
}
