import { indexPatterns } from "../events.js";
import type { Lexicon } from "../lexicon.js";
import { convertActors } from "./convert-actors.js";
import { extendCameo } from "./convert-codes.js";
import { convertDiscards } from "./convert-discards.js";
import { convertVerbs } from "./convert-verbs.js";
import type { PetrarchDictionaries } from "./types.js";

/**
 * Dyad's lexicon with the PETRARCH dictionaries in place of its own verb patterns, actors, agents
 * and discards; the rest (cleaning, quotes, tone, CAMEO table) is Dyad's. Pure.
 */
export function convertDictionaries(d: PetrarchDictionaries, base: Lexicon): Lexicon {
  const file = d.files.verbs.join("+") || "verbs";
  const { patterns, reverseCodes } = convertVerbs(d.verbs, file);
  const { lexicon: actors } = convertActors(d.actors, d.agents, base.actors);
  return {
    ...base,
    actors,
    events: {
      ...base.events,
      cameo: extendCameo(
        base.events.cameo,
        patterns.map((p) => p.code),
      ),
      ...indexPatterns(patterns),
      // PETRARCH patterns carry their own intentions, threats and refusals: no frames re-code them.
      frames: { heads: new Map(), maps: new Map(), light: new Set() },
      discards: convertDiscards(d.discards),
      patterns,
      reverseCodes,
      // PETRARCH lists every verb form ("LEFT" apart from "LEAVE"): forms are looked up first.
      formsFirst: true,
      // PETRARCH reads "X was criticized over Y" as active: a passive needs its "by".
      passiveNeedsBy: true,
    },
  };
}
