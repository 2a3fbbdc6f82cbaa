import { type ActorLexicon, compileActorLexicon } from "./actors.js";
import type { DataBundle } from "./bundle.js";
import { type CleanLexicon, compileCleanLexicon } from "./clean.js";
import { compileEventLexicon, type EventLexicon } from "./events.js";
import { compileQuotesLexicon, type QuotesLexicon } from "./quotes.js";
import { compileToneLexicon, type ToneLexicon } from "./tone.js";

/**
 * All language and world knowledge the pipeline uses, compiled once from `data/` and then shared
 * read-only. Each part belongs to the stage that uses it and is compiled by its own module.
 */
export interface Lexicon {
  clean: CleanLexicon;
  actors: ActorLexicon;
  quotes: QuotesLexicon;
  events: EventLexicon;
  tone: ToneLexicon;
  /** Problems found while compiling that did not stop it (a bad line skipped). */
  warnings: string[];
}

export function compileLexicon(bundle: DataBundle): Lexicon {
  const warnings: string[] = [];
  return {
    clean: compileCleanLexicon(bundle),
    actors: compileActorLexicon(bundle, warnings),
    quotes: compileQuotesLexicon(bundle),
    events: compileEventLexicon(bundle),
    tone: compileToneLexicon(bundle),
    warnings,
  };
}
