import { readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { DataBundle } from "./bundle.js";
import { compileLexicon, type Lexicon } from "./lexicon.js";
import { vendorBundle } from "./vendor.js";

/** The project's own `data/` folder. */
export const DEFAULT_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "data");

const DATA_EXTENSIONS = /\.(tsv|txt|yaml|yml|json)$/;

/** Reads every data file under `dir` into a bundle keyed by its path relative to `dir`, with `/` separators. */
export function readDataBundle(dir: string = DEFAULT_DATA_DIR): DataBundle {
  const bundle: DataBundle = {};
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (DATA_EXTENSIONS.test(name) && !/^README/i.test(name)) {
        bundle[relative(dir, path).split(sep).join("/")] = readFileSync(path, "utf8");
      }
    }
  };
  walk(dir);
  return bundle;
}

const cache = new Map<string, Lexicon>();

/** Loads and compiles the lexicon once per data folder and process. */
export function loadLexicon(options: { dataDir?: string } = {}): Lexicon {
  const dir = options.dataDir ?? DEFAULT_DATA_DIR;
  let lexicon = cache.get(dir);
  if (!lexicon) {
    lexicon = compileLexicon({ ...vendorBundle(), ...readDataBundle(dir) });
    cache.set(dir, lexicon);
  }
  return lexicon;
}
