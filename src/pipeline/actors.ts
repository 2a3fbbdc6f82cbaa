import type { Lexicon } from "../lexicon/lexicon.js";
import { agentCountryFromPhrase, ethnicGroupCountry } from "./actors/agent-phrase.js";
import { codeFromContext } from "./actors/context.js";
import { linkDirect } from "./actors/direct.js";
import { linkGroup, linkPronoun, linkTitle } from "./actors/link.js";
import { type Building, Registry } from "./actors/registry.js";
import { soleCountryCoding } from "./actors/sole-country.js";
import type { Doc, Mention } from "./doc.js";

/**
 * Groups mentions into actors (one per person, country, organisation, group or place) and codes them.
 * Mentions are read in order, so a pronoun, a title alone ("the foreign minister") or "the two
 * leaders" links to what came before. Every mention's `actor` is set where a link was found.
 */
export function actors(doc: Doc, lexicon: Lexicon): void {
  agentCountryFromPhrase(doc, lexicon.actors);
  ethnicGroupCountry(doc, lexicon.actors);
  soleCountryCoding(doc, lexicon.actors);
  const reg = new Registry(doc, lexicon.actors);
  const byStart = new Map<number, Mention>(doc.mentions.map((m) => [m.tokenStart, m]));
  const history: { mention: Mention; actor: Building }[] = [];
  const direct = (m: Mention) => linkDirect(reg, m, (t) => byStart.get(t));
  doc.mentions.forEach((m, k) => {
    let actor: Building | null;
    if (m.kind === "pronoun") actor = linkPronoun(reg, m, history);
    else if (m.kind === "group") actor = linkGroup(reg, m, history);
    else if (m.kind === "title") {
      const next = doc.mentions[k + 1];
      actor = linkTitle(reg, m, history, next, () => (next ? direct(next) : null));
    } else actor = direct(m);
    if (!actor) return;
    reg.link(m, actor);
    history.push({ mention: m, actor });
  });
  codeFromContext(reg);
  doc.actors = reg.finish();
  // A mention with no code of its own takes its actor's (a metonym keeps its government code).
  const codes = new Map(doc.actors.map((a) => [a.id, a.code]));
  for (const m of doc.mentions)
    if (m.actor && (!m.code || m.kind !== "metonym")) m.code = codes.get(m.actor) ?? m.code;
}
