import type { Doc, Mention } from "../doc.js";
import { codeFor } from "../mentions/compose.js";
import { infoOf } from "../mentions/info.js";
import type { Building, Registry } from "./registry.js";
import { mentionsBySentence } from "./sole-country.js";

/** How far (in tokens) an apposition may run after a name: ", a senior fellow ... at Oxford University,". */
const APPOSITION_REACH = 25;

/**
 * People the lexicon does not know get their country and role from what the text says around them:
 * an apposition after a name (", a senior research fellow at Oxford University" → GBR, EDU), the
 * organisation they speak for ("a spokesman for the Nigerian army"), or, for a head of state or
 * government named only by title, the first country of the sentence.
 */
export function codeFromContext(reg: Registry): void {
  const doc = reg.doc;
  for (const actor of reg.byKey.values()) {
    if (actor.kind !== "person" || actor.person !== undefined) continue;
    let country = countryOf(reg, actor.code);
    let role = roleOf(reg, actor.code);
    for (const m of actor.mentions) {
      if (country && role) break;
      const found = apposition(reg, doc, m);
      country ??= found.country;
      role ??= found.role;
    }
    // A bare name in a sentence about one country says little; a title ("President Avril") says more.
    if (!country && role) country = soleCountryInSentence(reg, doc, actor.mentions[0]);
    const code = codeFor(country, role);
    if (code) actor.code = code;
    else if (!actor.code) actor.code = "---";
  }
}

function countryOf(reg: Registry, code: string): string | null {
  if (!code) return null;
  const head = code.slice(0, 3);
  return reg.isCountry(head) || /^(IGO|NGO|IMG)/.test(code) ? (reg.isCountry(head) ? head : code) : null;
}

function roleOf(reg: Registry, code: string): string | null {
  if (!code || code === "---") return null;
  // The whole role part: a dictionary's six-letter roles ("GOVFRM") stay whole.
  if (code.startsWith("---")) return code.slice(3) || null;
  if (code.length === 3 && !reg.isCountry(code)) return code;
  return reg.isCountry(code.slice(0, 3)) && code.length >= 6 ? code.slice(3) : null;
}

/** Country and role from the mentions between a name and the next comma or full stop. */
function apposition(reg: Registry, doc: Doc, m: Mention): { country: string | null; role: string | null } {
  const out = { country: null as string | null, role: null as string | null };
  const next = doc.tokens[m.tokenEnd];
  if (next?.norm !== ",") return out;
  const sentence = next.sentence;
  const limit = Math.min(doc.tokens.length, m.tokenEnd + APPOSITION_REACH);
  let end = limit;
  for (let i = m.tokenEnd + 1; i < limit; i++) {
    const t = doc.tokens[i];
    if (
      t.sentence !== sentence ||
      t.norm === "," ||
      t.norm === "." ||
      t.norm === ";" ||
      /^[“”"]$/.test(t.text)
    ) {
      end = i;
      break;
    }
  }
  // The institution a person works at ("at King's College London") says more about their country than
  // a word about their subject ("Chinese politics"): organisations first.
  let other: string | null = null;
  for (const o of mentionsBySentence(doc).get(sentence) ?? []) {
    if (o.tokenStart <= m.tokenEnd || o.tokenEnd > end) continue;
    const info = infoOf(o);
    if (!out.role && (o.kind === "title" || o.kind === "agent") && info.role) out.role = info.role;
    const actor: Building | undefined = reg.ofMention.get(o);
    const c =
      info.country && /^[A-Z]{3}$/.test(info.country) && reg.isCountry(info.country)
        ? info.country
        : actor && actor.kind !== "person"
          ? countryOf(reg, actor.code)
          : null;
    if (!c) continue;
    if (actor?.kind === "organization" && !out.country) out.country = c;
    other ??= c;
  }
  out.country ??= other;
  return out;
}

/** The country of the sentence, when it names exactly one. */
function soleCountryInSentence(reg: Registry, doc: Doc, m: Mention): string | null {
  const sentence = doc.tokens[m.tokenStart].sentence;
  const found = new Set<string>();
  for (const other of mentionsBySentence(doc).get(sentence) ?? []) {
    if (other === m) continue;
    const c = infoOf(other).country;
    if (c && reg.isCountry(c) && other.kind !== "pronoun") found.add(c);
  }
  return found.size === 1 ? [...found][0] : null;
}
