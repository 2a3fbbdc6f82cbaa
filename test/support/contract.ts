import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import type { Analysis, Span } from "../../src/analysis.js";

const schema = JSON.parse(
  readFileSync(new URL("../../schema/analysis.schema.json", import.meta.url), "utf8"),
);
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/**
 * Problems with an analysis: schema violations, and the invariants a schema cannot say — every span's text is
 * the text at its offsets, and every actor or quote id it refers to exists.
 */
export function contractProblems(a: unknown): string[] {
  if (!validate(a)) return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
  const x = a as Analysis;
  const problems: string[] = [];
  const checkSpan = (where: string, s: Span | null) => {
    if (s && (s.end < s.start || s.end > x.text.length || x.text.slice(s.start, s.end) !== s.text)) {
      problems.push(`${where}: span ${s.start}-${s.end} does not hold "${s.text}"`);
    }
  };
  x.sentences.forEach((s, i) => {
    if (s.end <= s.start || s.end > x.text.length) problems.push(`sentence ${i}: bad range`);
    if (i > 0 && s.start < x.sentences[i - 1].end) problems.push(`sentence ${i}: overlaps the one before`);
  });
  const actorIds = new Set(x.actors.map((a) => a.id));
  const quoteIds = new Set(x.quotes.map((q) => q.id));
  if (actorIds.size !== x.actors.length) problems.push("actor ids are not unique");
  for (const ac of x.actors) {
    ac.mentions.forEach((m, i) => {
      checkSpan(`actor ${ac.id} mention ${i}`, m);
    });
  }
  const ref = (where: string, id: string | null) => {
    if (id !== null && !actorIds.has(id)) problems.push(`${where}: unknown actor ${id}`);
  };
  for (const q of x.quotes) {
    checkSpan(`quote ${q.id} content`, q.content);
    checkSpan(`quote ${q.id} speakerMention`, q.speakerMention);
    checkSpan(`quote ${q.id} cue`, q.cue);
    ref(`quote ${q.id} speaker`, q.speaker);
    ref(`quote ${q.id} addressee`, q.addressee);
  }
  for (const e of x.events) {
    checkSpan(`event ${e.id} trigger`, e.trigger);
    ref(`event ${e.id} source`, e.source.actor);
    if (e.target) ref(`event ${e.id} target`, e.target.actor);
    if (e.sentence >= x.sentences.length) problems.push(`event ${e.id}: no sentence ${e.sentence}`);
    if (e.quote !== null && !quoteIds.has(e.quote)) problems.push(`event ${e.id}: unknown quote ${e.quote}`);
  }
  return problems;
}
