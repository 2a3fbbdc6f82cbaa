import type { Analysis, Span } from "../analysis.js";

/** A readable summary of one analysis for a person at a terminal: each item with the words of its sentence. */
export function formatText(a: Analysis): string {
  const lines: string[] = [];
  const head = [a.source, a.date].filter(Boolean).join(", ");
  lines.push(`== ${a.id}${a.title ? ` — ${a.title}` : ""}${head ? ` (${head})` : ""}`);
  lines.push(
    `   ${a.sentences.length} sentences, ${a.actors.length} actors, ${a.quotes.length} quotes, ${a.events.length} events; tone ${a.tone.score.toFixed(1)}`,
  );
  for (const w of a.warnings) lines.push(`   warning: ${w}`);
  const actorName = (id: string | null) => (id ? (a.actors.find((x) => x.id === id)?.name ?? id) : "?");
  const sentenceAt = (offset: number) => {
    const s = a.sentences.find((x) => offset >= x.start && offset < x.end);
    return s ? oneLine(a.text.slice(s.start, s.end)) : "";
  };

  if (a.actors.length) {
    lines.push("", "Actors");
    for (const x of a.actors) {
      const forms = countForms(x.mentions);
      lines.push(`  ${x.id.padEnd(4)} ${x.name} [${x.code}] ${x.kind}${forms ? ` — ${forms}` : ""}`);
    }
  }
  if (a.quotes.length) {
    lines.push("", "Quotes");
    for (const q of a.quotes) {
      lines.push(
        `  ${q.id.padEnd(4)} ${q.kind.padEnd(8)} ${actorName(q.speaker)}${q.cue ? ` (${q.cue.text})` : ""}:`,
      );
      lines.push(`       “${oneLine(q.content.text)}”`);
    }
  }
  if (a.events.length) {
    lines.push("", "Events");
    for (const e of a.events) {
      const flags = [e.negated ? "NEGATED" : "", e.hypothetical ? "HYPOTHETICAL" : ""]
        .filter(Boolean)
        .join(" ");
      const target = e.target ? `${actorName(e.target.actor)} [${e.target.code}]` : "—";
      lines.push(
        `  ${e.id.padEnd(4)} ${e.cameo} ${e.plover.padEnd(10)} ${actorName(e.source.actor)} [${e.source.code}] → ${target}` +
          ` «${e.trigger.text}»${flags ? ` ${flags}` : ""}${e.location ? ` @ ${e.location.name}` : ""}`,
      );
      lines.push(
        `       ${a.sentences[e.sentence] ? oneLine(a.text.slice(a.sentences[e.sentence].start, a.sentences[e.sentence].end)) : sentenceAt(e.trigger.start)}`,
      );
    }
  }
  return lines.join("\n");
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

function countForms(mentions: Span[]): string {
  const counts = new Map<string, number>();
  for (const m of mentions) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].map(([t, n]) => (n > 1 ? `${t} ×${n}` : t)).join(", ");
}
