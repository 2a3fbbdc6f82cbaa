import type { Analysis } from "./api.js";
import { h } from "./dom.js";

/** A highlighted span of the article: an actor's mention, a quote's content or cue, an event's trigger. */
export type Layer = "actor" | "quote" | "cue" | "event";
export interface Mark {
  layer: Layer;
  id: string;
  start: number;
  end: number;
}
export const markKey = (m: { layer: Layer; id: string }) => `${m.layer}:${m.id}`;

/** Most specific first: a click on a trigger inside a quote selects the event. */
const PRIORITY: Record<Layer, number> = { event: 0, actor: 1, cue: 2, quote: 3 };

export function marksOf(a: Analysis): Mark[] {
  const marks: Mark[] = [];
  for (const actor of a.actors) {
    for (const m of actor.mentions) marks.push({ layer: "actor", id: actor.id, start: m.start, end: m.end });
  }
  for (const q of a.quotes) {
    marks.push({ layer: "quote", id: q.id, start: q.content.start, end: q.content.end });
    if (q.cue) marks.push({ layer: "cue", id: q.id, start: q.cue.start, end: q.cue.end });
  }
  for (const e of a.events)
    marks.push({ layer: "event", id: e.id, start: e.trigger.start, end: e.trigger.end });
  return marks.filter((m) => m.end > m.start && m.start >= 0 && m.end <= a.text.length);
}

export interface Marked {
  root: HTMLElement;
  /** The elements that show each mark ("actor:A1"), and each sentence by index. */
  segments: Map<string, HTMLElement[]>;
  sentences: HTMLElement[];
}

/**
 * The article text cut at every mark and sentence boundary; each piece is a span whose classes say which
 * layers cover it and whose `data-marks` lists them, so styling and hit-testing need no offsets.
 */
export function markText(a: Analysis, onPick: (marks: Mark[], event: MouseEvent) => void): Marked {
  const marks = marksOf(a);
  const cuts = new Set<number>([0, a.text.length]);
  for (const m of marks) cuts.add(m.start).add(m.end);
  for (const s of a.sentences) cuts.add(s.start).add(s.end);
  const points = [...cuts].filter((c) => c >= 0 && c <= a.text.length).sort((x, y) => x - y);

  const kindOf = new Map(a.actors.map((x) => [x.id, x.kind]));
  const eventOf = new Map(a.events.map((e) => [e.id, e]));
  const quoteKind = new Map(a.quotes.map((q) => [q.id, q.kind]));
  const root = h("div.article-text");
  const segments = new Map<string, HTMLElement[]>();
  const sentences: HTMLElement[] = [];
  let sentenceIndex = 0;
  let container: HTMLElement = root;
  const byStart = [...marks].sort((x, y) => x.start - y.start);
  let active: Mark[] = [];
  let next = 0;

  for (let i = 0; i < points.length - 1; i++) {
    const [start, end] = [points[i], points[i + 1]];
    while (sentenceIndex < a.sentences.length && a.sentences[sentenceIndex].end <= start) sentenceIndex++;
    const sentence = a.sentences[sentenceIndex];
    const inSentence = sentence && sentence.start <= start && end <= sentence.end;
    if (inSentence && container === root) {
      container = h("span.sentence", { "data-sentence": sentenceIndex });
      sentences[sentenceIndex] = container;
      root.appendChild(container);
    } else if (!inSentence) container = root;

    // a sweep: marks enter as the text reaches their start and leave at their end
    while (next < byStart.length && byStart[next].start <= start) active.push(byStart[next++]);
    active = active.filter((m) => m.end > start);
    const covering = active
      .filter((m) => m.start <= start && end <= m.end)
      .sort((x, y) => PRIORITY[x.layer] - PRIORITY[y.layer]);
    const text = a.text.slice(start, end);
    if (covering.length === 0) {
      container.appendChild(document.createTextNode(text));
    } else {
      const classes = new Set<string>(["mark"]);
      for (const m of covering) {
        classes.add(`m-${m.layer}`);
        if (m.layer === "actor") classes.add(`kind-${kindOf.get(m.id) ?? "group"}`);
        if (m.layer === "quote") classes.add(`quote-${quoteKind.get(m.id) ?? "direct"}`);
        if (m.layer === "event") {
          const e = eventOf.get(m.id);
          classes.add(`quad-${e?.quadClass ?? 0}`);
          if (e?.negated || e?.hypothetical) classes.add("uncounted");
        }
      }
      const el = h(
        "span",
        { class: [...classes].join(" "), "data-marks": covering.map(markKey).join(" ") },
        text,
      );
      el.addEventListener("click", (ev) => onPick(covering, ev));
      for (const m of covering) {
        const list = segments.get(markKey(m)) ?? [];
        list.push(el);
        segments.set(markKey(m), list);
      }
      container.appendChild(el);
    }
    if (sentence && end >= sentence.end) container = root;
  }
  return { root, segments, sentences };
}
