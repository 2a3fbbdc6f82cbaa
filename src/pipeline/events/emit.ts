import type { Event, EventActor, EventLocation } from "../../analysis.js";
import type { EventLexicon } from "../../lexicon/events.js";
import type { Mention, Sentence } from "../doc.js";
import { codeByActors } from "./by-actor.js";
import type { Candidate } from "./candidates.js";
import { placeAsParty } from "./places.js";
import { type ActorRef, actorRefs, type DocView } from "./view.js";
import { SUBORDINATORS } from "./words.js";

/** Source→target pairs of a candidate: compounds give one event per member, reciprocals both ways. */
export function pairs(view: DocView, c: Candidate): [ActorRef, ActorRef | null][] {
  const refs = (ms: Mention[]) => ms.flatMap((m) => actorRefs(view, m));
  const sources = refs(c.sources);
  const targets = refs(c.targets);
  const mutual = refs(c.mutual);
  // "The two leaders' meeting": a group standing for two actors is a compound.
  if (
    mutual.length === 0 &&
    targets.length === 0 &&
    sources.length === 2 &&
    c.sources.length === 1 &&
    c.reciprocal
  ) {
    mutual.push(...sources.splice(0, 2));
  }
  const out: [ActorRef, ActorRef | null][] = [];
  const add = (s: ActorRef, t: ActorRef | null) => {
    if (t && sameActor(s, t)) return;
    if (out.some(([a, b]) => sameActor(a, s) && (b === t || (b !== null && t !== null && sameActor(b, t)))))
      return;
    out.push([s, t]);
  };
  const all = (list: ActorRef[]) => {
    for (const a of list) for (const b of list) if (a !== b) add(a, b);
  };
  if (mutual.length >= 2) all(mutual);
  else if (mutual.length === 1) sources.unshift(mutual[0]);
  if (targets.length === 0) {
    if (c.reciprocal && sources.length >= 2) all(sources);
    else for (const s of sources) add(s, null);
  } else {
    // An explicit target is coded one way ("A praised B"), except a meeting, a negotiation or a clash,
    // which both sides take part in: "A met with B", "A clashed with B" are A→B and B→A, as the CAMEO
    // dictionaries pair those codes with themselves ([040:040], [046:046], [190:190]). An agreement
    // signed or ratified "with B" stays one way.
    const mutualAct =
      c.reciprocal && ((c.code.startsWith("04") && c.code !== "045") || c.code.startsWith("19"));
    for (const s of sources)
      for (const t of targets) {
        add(s, t);
        if (mutualAct) add(t, s);
      }
  }
  return out;
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.actor !== null && a.actor === b.actor
    ? true
    : a.actor === null && b.actor === null && a.code === b.code;
}

interface Place {
  location: EventLocation;
  /** The place's actor, as a target when a meeting has no other ("met in Geneva"). */
  ref: ActorRef | null;
}

/**
 * "in/at <place>" for an event: first in the trigger's own clause after it, else before it back to the
 * start of its clause; the place is a place (or country) mention not used as an actor.
 */
/** Coordinates of a place by the name written in the text, from the place gazetteer. */
export type Coordinates = (name: string) => { lat: number | null; lon: number | null } | undefined;

export function locationOf(
  view: DocView,
  s: Sentence,
  c: Candidate,
  used: Set<Mention>,
  coordinates: Coordinates = () => undefined,
  parts?: Set<string>,
): Place | null {
  const at = (i: number): Place | null => {
    const t = view.tokens[i];
    if (
      t.norm !== "in" &&
      t.norm !== "at" &&
      t.norm !== "near" &&
      !(t.norm === "on" && view.tokens[i + 2]?.norm === "outskirts")
    )
      return null;
    let j = i + 1;
    if (view.tokens[j]?.pos === "DET") j++;
    // "in northern Iraq", "in the war-torn east": adjectives before the place.
    const plainAdjective = (k: number) =>
      view.tokens[k]?.pos === "ADJ" &&
      !view.mentionAt[k] &&
      !view.placeAt[k] &&
      view.tokens[k + 1]?.norm !== "of";
    for (let n = 0; n < 2 && plainAdjective(j); n++) j++;
    // "in the east of the Gaza Strip", "on the outskirts of Kabul": a part of a place is in it.
    if (parts?.has(view.tokens[j]?.norm) && view.tokens[j + 1]?.norm === "of") {
      j += 2;
      if (view.tokens[j]?.pos === "DET") j++;
    }
    const m = view.placeAt[j] ?? view.mentionAt[j];
    if (!m || m.tokenStart !== j || used.has(m)) return null;
    const actor = m.actor ? view.actorsById.get(m.actor) : undefined;
    if (view.mentionAt[j] && actor?.kind !== "country" && actor?.kind !== "place") return null;
    const country = actor?.country ?? null;
    const where = actor?.kind === "country" ? undefined : coordinates(m.text);
    const location = {
      name: actor?.kind === "country" ? actor.name : m.text,
      country,
      lat: where?.lat ?? null,
      lon: where?.lon ?? null,
    };
    const code = actor?.kind === "country" ? actor.code : country;
    return { location, ref: code ? { mention: m, actor: m.actor, code } : null };
  };
  for (let i = c.trigger + 1; i < s.tokenEnd - 1; i++) {
    const t = view.tokens[i];
    if (t.pos === "SCONJ" || t.text === ";" || (SUBORDINATORS.has(t.norm) && i > c.end)) break;
    const p = at(i);
    if (p) return p;
  }
  for (let i = c.trigger - 1; i >= s.tokenStart; i--) {
    const t = view.tokens[i];
    if (t.pos === "SCONJ" || t.text === ";" || SUBORDINATORS.has(t.norm)) break;
    // Not back into the subject's own noun group: "the US commander in Iraq held talks ...".
    if (view.mentionAt[i] && used.has(view.mentionAt[i] as Mention)) break;
    const p = at(i);
    if (p) return p;
  }
  return null;
}

function countryOf(view: DocView, r: ActorRef): string {
  return (r.actor ? view.actorsById.get(r.actor)?.country : null) ?? r.code.slice(0, 3);
}

export function toEventActor(r: ActorRef): EventActor {
  return { actor: r.actor, code: r.code };
}

/** Builds the contract's events from a sentence's candidates. */
export function emitEvents(
  view: DocView,
  lex: EventLexicon,
  s: Sentence,
  sentenceIndex: number,
  candidates: Candidate[],
  quoteAt: (offset: number) => string | null,
  coordinates?: Coordinates,
): Omit<Event, "id">[] {
  const used = new Set<Mention>();
  for (const c of candidates) for (const m of [...c.sources, ...c.targets, ...c.mutual]) used.add(m);
  const out: Omit<Event, "id">[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const place = locationOf(view, s, c, used, coordinates, lex.frames.sets?.get("place-parts"));
    const t = view.tokens[c.trigger];
    let list = pairs(view, c);
    const consult = c.code.startsWith("04");
    // "Obama met Putin in Geneva": a meeting in a country neither side belongs to (CAMEO 044).
    const third = (src: ActorRef, tgt: ActorRef | null) =>
      c.code === "040" &&
      tgt !== null &&
      place?.location.country != null &&
      place.location.country !== countryOf(view, src) &&
      place.location.country !== countryOf(view, tgt);
    // "The delegation met in Geneva": with no one else named, the host country is the target.
    if (consult && place?.ref && list.length === 1 && list[0][1] === null) {
      const host = place.ref;
      if (countryOf(view, list[0][0]) !== (place.location.country ?? host.code)) list = [[list[0][0], host]];
    }
    list = placeAsParty(view, lex, c, list, place?.ref ?? null);
    // A paired code ("032:033" in PETRARCH dictionaries): the target does the second back to the source.
    const reverse = lex.reverseCodes?.get(c.rule);
    const directed = list.map(([src, tgt]) => ({ src, tgt, back: false }));
    if (reverse) for (const [src, tgt] of list) if (tgt) directed.push({ src: tgt, tgt: src, back: true });
    for (const { src, tgt, back } of directed) {
      const base = back && reverse ? reverse : third(src, tgt) ? "044" : c.code;
      const byActors = codeByActors(view, lex.frames, base, src, tgt);
      const code = byActors?.code ?? base;
      const info = lex.cameo.get(code);
      if (!info) continue;
      const key = `${src.actor ?? src.code}>${tgt ? (tgt.actor ?? tgt.code) : "-"}:${code}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        sentence: sentenceIndex,
        source: toEventActor(src),
        target: tgt ? toEventActor(tgt) : null,
        cameo: code,
        plover: info.plover,
        goldstein: info.goldstein,
        quadClass: info.quadClass,
        trigger: { start: t.start, end: t.end, text: t.text },
        negated: c.negated,
        hypothetical: c.hypothetical,
        location: place?.location ?? null,
        quote: quoteAt(t.start),
        rule: byActors
          ? `${c.rule}+${byActors.convention}`
          : base === c.code || back
            ? c.rule
            : `${c.rule}+third`,
      });
    }
  }
  return out;
}
