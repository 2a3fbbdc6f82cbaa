import type { Quote } from "../../analysis.js";
import type { GoldQuoteDoc } from "./gold.js";
import type { DocQuoteScore, Prediction } from "./score.js";

type Scored = { doc: GoldQuoteDoc; pred: Prediction; score: DocQuoteScore };

/**
 * Debugging output for tuning (to the terminal only, never into the repository): missed gold quotes,
 * false positives and wrong speakers, each with the sentence around it.
 */
export function printMisses(scored: Scored[], n: number, ruleOf: (q: Quote) => string | undefined): void {
  const out: string[] = [];
  const section = (title: string, items: string[]) => {
    out.push(`\n== ${title} (${items.length}; first ${Math.min(n, items.length)})`);
    out.push(...items.slice(0, n));
  };
  const missed: string[] = [];
  const spurious: string[] = [];
  const speakers: string[] = [];
  for (const { doc, pred, score } of scored) {
    for (const p of score.pairs) {
      const g = doc.quotes[p.gold];
      if (p.predicted === null) {
        missed.push(
          `- ${doc.id} [${g.kind}] speaker=${JSON.stringify(g.speaker)} cue=${JSON.stringify(g.cue)}\n    content: ${clip(g.content)}\n    context: ${context(doc.text, g.contentStart, g.contentEnd)}`,
        );
      } else if (!p.speakerRight) {
        const q = pred.quotes[p.predicted];
        speakers.push(
          `- ${doc.id} gold=${JSON.stringify(g.speaker)} predicted=${JSON.stringify(q.speakerMention?.text ?? null)} cue=${JSON.stringify(q.cue?.text ?? null)}\n    context: ${context(doc.text, Math.min(g.speakerStart ?? g.contentStart, g.contentStart), g.contentEnd)}`,
        );
      }
    }
    for (const i of score.spurious) {
      const q = pred.quotes[i];
      spurious.push(
        `- ${doc.id} [${q.kind}] ${ruleOf(q) ?? ""} speaker=${JSON.stringify(q.speakerMention?.text ?? null)} cue=${JSON.stringify(q.cue?.text ?? null)}\n    content: ${clip(q.content.text)}`,
      );
    }
  }
  const rules = new Map<string, { found: number; spurious: number }>();
  for (const { pred, score } of scored) {
    const matched = new Set(score.pairs.map((p) => p.predicted));
    const spur = new Set(score.spurious);
    pred.quotes.forEach((q, i) => {
      const rule = ruleOf(q) ?? "?";
      const r = rules.get(rule) ?? { found: 0, spurious: 0 };
      if (matched.has(i)) r.found++;
      if (spur.has(i)) r.spurious++;
      rules.set(rule, r);
    });
  }
  out.push("\n== rules (found / false positives)");
  for (const [rule, r] of [...rules].sort((a, b) => b[1].found - a[1].found))
    out.push(`  ${rule}: ${r.found} / ${r.spurious}`);
  section("missed", missed);
  section("false positives", spurious);
  section("wrong speakers", speakers);
  process.stdout.write(`${out.join("\n")}\n`);
}

function clip(s: string, n = 220): string {
  const flat = s.replace(/\s+/g, " ");
  return flat.length > n ? `${flat.slice(0, n)}…` : flat;
}

function context(text: string, start: number, end: number): string {
  const a = Math.max(0, start - 120);
  const b = Math.min(text.length, end + 80);
  return clip(`${text.slice(a, start)}[[${text.slice(start, end)}]]${text.slice(end, b)}`, 600);
}
