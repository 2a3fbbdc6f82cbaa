import type { Actor } from "../src/analysis.js";
import type { Lexicon } from "../src/lexicon/lexicon.js";
import type { Doc, Mention, MentionKind } from "../src/pipeline/doc.js";
import { events } from "../src/pipeline/events.js";
import { runPipeline } from "../src/pipeline/index.js";

/** A tiny stand-in for the actors stage: names (lower case, space-separated words) → actor codes. */
export type FakeActors = Record<
  string,
  { code: string; kind?: MentionKind; actorKind?: Actor["kind"]; country?: string }
>;

export const WORLD: FakeActors = {
  russia: { code: "RUS", actorKind: "country", country: "RUS" },
  russian: { code: "RUS", kind: "demonym", actorKind: "country", country: "RUS" },
  moscow: { code: "RUS", kind: "metonym", actorKind: "country", country: "RUS" },
  china: { code: "CHN", actorKind: "country", country: "CHN" },
  chinese: { code: "CHN", kind: "demonym", actorKind: "country", country: "CHN" },
  beijing: { code: "CHN", kind: "metonym", actorKind: "country", country: "CHN" },
  ukraine: { code: "UKR", actorKind: "country", country: "UKR" },
  kyiv: { code: "UKR", kind: "metonym", actorKind: "country", country: "UKR" },
  iran: { code: "IRN", actorKind: "country", country: "IRN" },
  britain: { code: "GBR", actorKind: "country", country: "GBR" },
  france: { code: "FRA", actorKind: "country", country: "FRA" },
  germany: { code: "DEU", actorKind: "country", country: "DEU" },
  japan: { code: "JPN", actorKind: "country", country: "JPN" },
  israel: { code: "ISR", actorKind: "country", country: "ISR" },
  "the united states": { code: "USA", actorKind: "country", country: "USA" },
  washington: { code: "USA", kind: "metonym", actorKind: "country", country: "USA" },
  "vladimir putin": { code: "RUSGOV", actorKind: "person", country: "RUS" },
  "mr putin": { code: "RUSGOV", kind: "surname", actorKind: "person", country: "RUS" },
  putin: { code: "RUSGOV", kind: "surname", actorKind: "person", country: "RUS" },
  "xi jinping": { code: "CHNGOV", actorKind: "person", country: "CHN" },
  "mr xi": { code: "CHNGOV", kind: "surname", actorKind: "person", country: "CHN" },
  xi: { code: "CHNGOV", kind: "surname", actorKind: "person", country: "CHN" },
  "the rebels": { code: "SYRREB", kind: "agent", actorKind: "group", country: "SYR" },
  rebels: { code: "SYRREB", kind: "agent", actorKind: "group", country: "SYR" },
  "the army": { code: "SYRMIL", kind: "agent", actorKind: "group", country: "SYR" },
  protesters: { code: "IRNOPP", kind: "agent", actorKind: "group", country: "IRN" },
  police: { code: "IRNCOP", kind: "agent", actorKind: "group", country: "IRN" },
  "the police": { code: "IRNCOP", kind: "agent", actorKind: "group", country: "IRN" },
  "the un": { code: "IGOUNO", kind: "acronym", actorKind: "organization" },
  nato: { code: "IGONAT", kind: "acronym", actorKind: "organization" },
  "the two leaders": { code: "", kind: "group", actorKind: "group" },
  samarkand: { code: "", kind: "place", actorKind: "place", country: "UZB" },
  uzbekistan: { code: "UZB", actorKind: "country", country: "UZB" },
  geneva: { code: "", kind: "place", actorKind: "place", country: "CHE" },
};

/** Longest-match mentions over the tokens, one actor per distinct code+name head. */
export function fakeMentions(doc: Doc, world: FakeActors = WORLD): void {
  const names = Object.keys(world).sort((a, b) => b.split(" ").length - a.split(" ").length);
  const actors = new Map<string, Actor>();
  const mentions: Mention[] = [];
  for (let i = 0; i < doc.tokens.length; i++) {
    for (const name of names) {
      const words = name.split(" ");
      if (!words.every((w, k) => doc.tokens[i + k]?.norm === w)) continue;
      const info = world[name];
      const key = `${info.code}|${info.actorKind}|${info.code || name}`;
      let actor = actors.get(key);
      if (!actor) {
        actor = {
          id: `A${actors.size + 1}`,
          name,
          kind: info.actorKind ?? "country",
          code: info.code,
          country: info.country ?? null,
          role: null,
          mentions: [],
        };
        actors.set(key, actor);
      }
      const first = doc.tokens[i];
      const last = doc.tokens[i + words.length - 1];
      const span = { start: first.start, end: last.end, text: doc.text.slice(first.start, last.end) };
      actor.mentions.push(span);
      mentions.push({
        ...span,
        tokenStart: i,
        tokenEnd: i + words.length,
        kind: info.kind ?? "name",
        actor: actor.id,
        code: info.code || null,
      });
      i += words.length - 1;
      break;
    }
  }
  doc.mentions = mentions;
  doc.actors = [...actors.values()];
}

/** Segments `text`, fakes the actors, and runs only the events stage. */
export function codeText(text: string, lexicon: Lexicon, world: FakeActors = WORLD): Doc {
  const doc = runPipeline({ id: "t", text } as Parameters<typeof runPipeline>[0], lexicon, "segment");
  fakeMentions(doc, world);
  doc.quotes = [];
  events(doc, lexicon);
  return doc;
}

/** "RUS>UKR 190" lines, with "!" for negated and "?" for hypothetical, for compact assertions. */
export function brief(doc: Doc): string[] {
  return doc.events.map(
    (e) =>
      `${e.source.code}>${e.target?.code ?? "-"} ${e.cameo}${e.negated ? " !" : ""}${e.hypothetical ? " ?" : ""}`,
  );
}
