import { type DataBundle, dataLines, LexiconError } from "./bundle.js";

/** Lines that are not part of the story: advertisements, share prompts, photo credits. */
export interface CleanLexicon {
  /** One expression for all the patterns, so each line is tested once. */
  boilerplate: RegExp;
  /** Boilerplate lines are short; longer lines are story and are not tested at all. */
  maxLineLength: number;
}

export const BOILERPLATE_FILE = "en/boilerplate.txt";

/**
 * Each line of `en/boilerplate.txt` is a regular expression (case-insensitive) that must match a
 * whole line of the article for that line to be dropped.
 */
export function compileCleanLexicon(bundle: DataBundle): CleanLexicon {
  const patterns = dataLines(bundle, BOILERPLATE_FILE).map(({ line, text }) => {
    try {
      new RegExp(text.trim(), "iu");
    } catch (e) {
      throw new LexiconError(BOILERPLATE_FILE, line, `not a valid pattern: ${(e as Error).message}`);
    }
    return `(?:${text.trim()})`;
  });
  const boilerplate = new RegExp(`^(?:${patterns.join("|") || "(?!)"})$`, "iu");
  return { boilerplate, maxLineLength: 400 };
}
