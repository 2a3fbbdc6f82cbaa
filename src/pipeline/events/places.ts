import type { EventLexicon } from "../../lexicon/events.js";
import type { Candidate } from "./candidates.js";
import { type ActorRef, actorRefs, type DocView } from "./view.js";

/**
 * Where violence happened stands for whom it touched, as CAMEO coders code news (a named country or
 * city is an actor to them): "shelled Kharkiv" and "a bomb attack in Kabul" target that country; victims
 * with no country of their own ("four civilians were killed in Gaza") are of the country where they
 * fell; and foreign victims of a passive with no named doer ("two French soldiers were killed in Mali")
 * were hit by the side of the country where it happened. Which codes take part is data (`set
 * place-is-party` in frames.txt: CAMEO prefixes).
 */
export function placeAsParty(
  view: DocView,
  lex: EventLexicon,
  c: Candidate,
  list: [ActorRef, ActorRef | null][],
  place: ActorRef | null,
): [ActorRef, ActorRef | null][] {
  const prefixes = lex.frames.sets?.get("place-is-party");
  if (!prefixes || ![...prefixes].some((p) => c.code.startsWith(p))) return list;
  const where = objectPlace(view, c) ?? place;
  const country = where ? countryOf(view, where) : null;
  // Victims with no country of their own are of the country where it happened.
  const victim = (r: ActorRef): ActorRef =>
    country && r.code.startsWith("---") ? { ...r, code: country + r.code.slice(3) } : r;
  let out = list.map(([s, t]): [ActorRef, ActorRef | null] => [
    s,
    t ? victim(t) : where && where.actor !== s.actor ? where : null,
  ]);
  if (out.length === 0 && c.agentless && where && country) {
    // "soldiers were killed in Mali": the host side, for victims from elsewhere.
    out = c.targets
      .flatMap((m) => actorRefs(view, m))
      .map(victim)
      .filter((t) => countryOf(view, t) !== country)
      .map((t): [ActorRef, ActorRef | null] => [where, t]);
  }
  return out;
}

/** A place right after the trigger, as its object: "shelled Kharkiv", "bombed the Kabul suburbs". */
function objectPlace(view: DocView, c: Candidate): ActorRef | null {
  let j = c.trigger + 1;
  if (view.tokens[j]?.pos === "DET") j++;
  const m = view.placeAt[j];
  if (!m || m.tokenStart !== j) return null;
  const actor = m.actor ? view.actorsById.get(m.actor) : undefined;
  const country = actor?.country ?? null;
  return country ? { mention: m, actor: m.actor, code: country } : null;
}

function countryOf(view: DocView, r: ActorRef): string {
  return (r.actor ? view.actorsById.get(r.actor)?.country : null) ?? r.code.slice(0, 3);
}
