import type { Event, EventActor, EventLocation } from "../../analysis.js";
import type { EventLexicon } from "../../lexicon/events.js";
import type { Mention, Sentence } from "../doc.js";
import type { Candidate } from "./candidates.js";
import { type ActorRef, actorRef, type DocView } from "./view.js";

/** Source→target pairs of a candidate: compounds give one event per member, reciprocals both ways. */
export function pairs(view: DocView, c: Candidate): [ActorRef, ActorRef | null][] {
  const refs = (ms: Mention[]) => ms.map((m) => actorRef(view, m)).filter((r): r is ActorRef => r !== null);
  const sources = refs(c.sources);
  const targets = refs(c.targets);
  const mutual = refs(c.mutual);
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
    // An explicit target is coded one way ("A met with B": A→B), as PETRARCH does; only a compound
    // actor acting on itself is coded both ways.
    for (const s of sources) for (const t of targets) add(s, t);
  }
  return out;
}

function sameActor(a: ActorRef, b: ActorRef): boolean {
  return a.actor !== null && a.actor === b.actor
    ? true
    : a.actor === null && b.actor === null && a.code === b.code;
}

/** "in/at <place>" in the sentence, from a place (or country) mention not used as an actor. */
export function locationOf(view: DocView, s: Sentence, used: Set<Mention>): EventLocation | null {
  for (let i = s.tokenStart; i < s.tokenEnd - 1; i++) {
    const t = view.tokens[i];
    if (t.norm !== "in" && t.norm !== "at") continue;
    let j = i + 1;
    if (view.tokens[j]?.pos === "DET") j++;
    const m = view.placeAt[j] ?? view.mentionAt[j];
    if (!m || m.tokenStart !== j || used.has(m)) continue;
    const actor = m.actor ? view.actorsById.get(m.actor) : undefined;
    if (view.mentionAt[j] && actor?.kind !== "country" && actor?.kind !== "place") continue;
    return { name: actor?.name ?? m.text, country: actor?.country ?? null, lat: null, lon: null };
  }
  return null;
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
): Omit<Event, "id">[] {
  const used = new Set<Mention>();
  for (const c of candidates) for (const m of [...c.sources, ...c.targets, ...c.mutual]) used.add(m);
  const location = candidates.length > 0 ? locationOf(view, s, used) : null;
  const out: Omit<Event, "id">[] = [];
  const seen = new Set<string>();
  for (const c of candidates) {
    const info = lex.cameo.get(c.code);
    if (!info) continue;
    const t = view.tokens[c.trigger];
    const directed = pairs(view, c).map(([src, tgt]) => ({ src, tgt, code: c.code, info }));
    // A paired code ("032:033" in PETRARCH dictionaries): the target does the second back to the source.
    const reverse = lex.reverseCodes?.get(c.rule);
    const reverseInfo = reverse ? lex.cameo.get(reverse) : undefined;
    if (reverse && reverseInfo) {
      for (const { src, tgt } of [...directed]) {
        if (tgt) directed.push({ src: tgt, tgt: src, code: reverse, info: reverseInfo });
      }
    }
    for (const { src, tgt, code, info } of directed) {
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
        location,
        quote: quoteAt(t.start),
        rule: c.rule,
      });
    }
  }
  return out;
}
