import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { DataBundle } from "./bundle.js";
import { VADER_FILE } from "./tone.js";

/**
 * Data files that come with installed packages rather than with `data/`: VADER's sentiment lexicon.
 * Node only (it reads files); a browser build puts the same keys in its bundle.
 */
export function vendorBundle(): DataBundle {
  const require = createRequire(import.meta.url);
  return { [VADER_FILE]: readFileSync(require.resolve("vader-sentiment/vader_lexicon.txt"), "utf8") };
}
