import { type DataBundle, dataLines, LexiconError } from "./bundle.js";

/** Lines that are not part of the story: advertisements, share prompts, photo credits. */
export interface CleanLexicon {
  boilerplate: RegExp[];
}

export const BOILERPLATE_FILE = "en/boilerplate.txt";

/**
 * Each line of `en/boilerplate.txt` is a regular expression (case-insensitive) that must match a
 * whole line of the article for that line to be dropped.
 */
export function compileCleanLexicon(bundle: DataBundle): CleanLexicon {
  const boilerplate = dataLines(bundle, BOILERPLATE_FILE).map(({ line, text }) => {
    try {
      return new RegExp(`^\\s*(?:${text.trim()})\\s*$`, "iu");
    } catch (e) {
      throw new LexiconError(BOILERPLATE_FILE, line, `not a valid pattern: ${(e as Error).message}`);
    }
  });
  return { boilerplate };
}
