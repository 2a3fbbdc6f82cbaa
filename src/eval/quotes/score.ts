import type { Actor, Quote, QuoteKind } from "../../analysis.js";
import type { GoldQuote, GoldQuoteDoc } from "./gold.js";

/**
 * Scoring of predicted quotes against gold attributions, as GenderGapTracker does it: a gold quote is
 * found when more than `threshold` of its content characters (its `contentSpans`) fall inside one
 * predicted quote's content, each prediction used once. Gold and predictions are paired by a maximum
 * matching (so a prediction that covers two gold quotes goes to the one no other prediction can take),
 * trying better-covered pairs first.
 * Among found quotes the speaker is right when the predicted speaker words overlap the gold speaker
 * span, or when the resolved actor carries the gold speaker (one of its mentions overlaps the gold
 * span, or its name matches the gold speaker's words).
 */
export interface QuoteScoreOptions {
  /** Fraction of gold content characters a prediction must cover: 0.3 by default. */
  threshold?: number;
  /** Only gold quotes of these kinds count; predictions of other kinds that find nothing are ignored. */
  kinds?: readonly QuoteKind[] | null;
}

export interface QuoteCounts {
  gold: number;
  predicted: number;
  found: number;
  /** Predictions that matched nothing (false positives). */
  spurious: number;
  speakerRight: number;
}

export interface DocQuoteScore {
  counts: QuoteCounts;
  /** Gold quotes (index into doc.quotes) with the prediction that found them, or null if missed. */
  pairs: { gold: number; predicted: number | null; speakerRight: boolean }[];
  /** Predictions (index into predictions) that count as false positives. */
  spurious: number[];
}

export interface Prediction {
  quotes: Quote[];
  actors: Actor[];
}

export function emptyCounts(): QuoteCounts {
  return { gold: 0, predicted: 0, found: 0, spurious: 0, speakerRight: 0 };
}

export function addCounts(a: QuoteCounts, b: QuoteCounts): QuoteCounts {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    found: a.found + b.found,
    spurious: a.spurious + b.spurious,
    speakerRight: a.speakerRight + b.speakerRight,
  };
}

/** Precision, recall, F1 and speaker accuracy among found quotes. */
export function rates(c: QuoteCounts) {
  const matchedPredictions = c.predicted - c.spurious;
  const precision = c.predicted === 0 ? 0 : matchedPredictions / c.predicted;
  const recall = c.gold === 0 ? 0 : c.found / c.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const speakerAccuracy = c.found === 0 ? 0 : c.speakerRight / c.found;
  return { precision, recall, f1, speakerAccuracy };
}

/** Characters of the gold content that lie inside [start, end). */
function covered(gold: GoldQuote, start: number, end: number): number {
  let n = 0;
  for (const [s, e] of gold.contentSpans) n += Math.max(0, Math.min(e, end) - Math.max(s, start));
  return n;
}

function goldLength(gold: GoldQuote): number {
  let n = 0;
  for (const [s, e] of gold.contentSpans) n += e - s;
  return n;
}

export function scoreDoc(
  doc: GoldQuoteDoc,
  pred: Prediction,
  options: QuoteScoreOptions = {},
): DocQuoteScore {
  const threshold = options.threshold ?? 0.3;
  const kinds = options.kinds ?? null;
  const candidates: { g: number; p: number; coverage: number }[] = [];
  doc.quotes.forEach((gold, g) => {
    const length = goldLength(gold);
    if (length === 0) return;
    pred.quotes.forEach((q, p) => {
      const coverage = covered(gold, q.content.start, q.content.end) / length;
      if (coverage > threshold) candidates.push({ g, p, coverage });
    });
  });
  // With a kinds filter, the gold quotes that count are matched first (a matched gold stays matched).
  const inKinds = (kind: string) => kinds === null || (kinds as readonly string[]).includes(kind);
  const { goldTo, predTo } = maximumMatching(candidates, (g) => (inKinds(doc.quotes[g].kind) ? 0 : 1));

  const counts = emptyCounts();
  const pairs: DocQuoteScore["pairs"] = [];
  doc.quotes.forEach((gold, g) => {
    if (!inKinds(gold.kind)) return;
    counts.gold++;
    const p = goldTo.get(g);
    if (p === undefined) {
      pairs.push({ gold: g, predicted: null, speakerRight: false });
      return;
    }
    counts.found++;
    const right = speakerMatches(doc.text, gold, pred.quotes[p], pred.actors);
    if (right) counts.speakerRight++;
    pairs.push({ gold: g, predicted: p, speakerRight: right });
  });
  const spurious: number[] = [];
  pred.quotes.forEach((q, p) => {
    const g = predTo.get(p);
    // A prediction that found a gold quote of another kind is neither right nor wrong here.
    if (g !== undefined) {
      if (inKinds(doc.quotes[g].kind)) counts.predicted++;
      return;
    }
    if (!inKinds(q.kind)) return;
    counts.predicted++;
    counts.spurious++;
    spurious.push(p);
  });
  return { counts, pairs, spurious };
}

const overlaps = (s1: number, e1: number, s2: number, e2: number) => Math.max(s1, s2) < Math.min(e1, e2);

/** Words of a name without titles, determiners and punctuation, for comparing speaker names. */
function nameWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[’']s\b/g, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "" && !NAME_NOISE.has(w));
}

const NAME_NOISE = new Set(["the", "mr", "mrs", "ms", "dr", "sen", "gov", "rep", "president", "a", "an"]);

export function speakerMatches(text: string, gold: GoldQuote, quote: Quote, actors: Actor[]): boolean {
  if (gold.speakerStart === null || gold.speakerEnd === null) return quote.speakerMention === null;
  const gs = gold.speakerStart;
  const ge = gold.speakerEnd;
  const m = quote.speakerMention;
  if (m && overlaps(m.start, m.end, gs, ge)) return true;
  const actor = quote.speaker === null ? undefined : actors.find((a) => a.id === quote.speaker);
  if (!actor) return false;
  if (actor.mentions.some((x) => overlaps(x.start, x.end, gs, ge))) return true;
  const goldWords = nameWords(text.slice(gs, ge));
  const actorWords = nameWords(actor.name);
  if (goldWords.length === 0 || actorWords.length === 0) return false;
  // "Clinton" matches "Hillary Clinton"; "Hillary Rodham Clinton" matches "Hillary Clinton".
  const [shorter, longer] =
    goldWords.length <= actorWords.length ? [goldWords, actorWords] : [actorWords, goldWords];
  return shorter.every((w) => longer.includes(w));
}

/**
 * A maximum one-to-one matching between gold quotes and predictions over the candidate pairs
 * (Kuhn's augmenting paths; per document the sets are small). Candidates are tried best coverage first.
 */
function maximumMatching(
  candidates: { g: number; p: number; coverage: number }[],
  tier: (g: number) => number,
) {
  const byGold = new Map<number, { p: number; coverage: number }[]>();
  for (const c of candidates) {
    const list = byGold.get(c.g) ?? [];
    list.push({ p: c.p, coverage: c.coverage });
    byGold.set(c.g, list);
  }
  for (const list of byGold.values()) list.sort((a, b) => b.coverage - a.coverage || a.p - b.p);
  const predTo = new Map<number, number>();
  const tryGold = (g: number, seen: Set<number>): boolean => {
    for (const { p } of byGold.get(g) ?? []) {
      if (seen.has(p)) continue;
      seen.add(p);
      const other = predTo.get(p);
      if (other === undefined || tryGold(other, seen)) {
        predTo.set(p, g);
        return true;
      }
    }
    return false;
  };
  // Gold quotes with the best single coverage claim first, so ties keep the natural pairing.
  const order = [...byGold.keys()].sort(
    (a, b) => tier(a) - tier(b) || byGold.get(b)![0].coverage - byGold.get(a)![0].coverage || a - b,
  );
  for (const g of order) tryGold(g, new Set());
  const goldTo = new Map<number, number>();
  for (const [p, g] of predTo) goldTo.set(g, p);
  return { goldTo, predTo };
}
