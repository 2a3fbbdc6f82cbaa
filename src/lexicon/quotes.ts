import { type DataBundle, dataLines, LexiconError, tsvRows } from "./bundle.js";

/** Where a reporting verb puts its hearer: "told Mr Xi" (object), "said to reporters" (to), or nowhere. */
export type AddresseeSlot = "object" | "to" | "none";

export type CueClass = "speech" | "stance" | "thought" | "evidence";

export interface ReportingCue {
  /** The lemma or phrase as written in the data file: "say", "point out", "according to". */
  cue: string;
  pos: "verb" | "prep";
  addressee: AddresseeSlot;
  class: CueClass;
  /** Words that must follow the first one, in order ("out" for "point out"). */
  rest: string[];
  /** "clause": the content after the cue must be introduced (that, a question word, a quotation, a colon). */
  content: "any" | "clause";
}

/** The reporting cues, indexed by every surface form of their first word (lower case). */
export interface QuotesLexicon {
  cuesByForm: Map<string, ReportingCue[]>;
  /** Paragraph labels before a colon that name no speaker ("update", "photo"), lower case. */
  notSpeakerLabels: Set<string>;
}

export const REPORTING_VERBS_FILE = "en/reporting-verbs.tsv";
export const NOT_SPEAKER_LABELS_FILE = "en/not-speaker-labels.txt";

const POS = new Set(["verb", "prep"]);
const SLOTS: Record<string, AddresseeSlot> = { object: "object", to: "to", "-": "none", "": "none" };
const CLASSES = new Set<CueClass>(["speech", "stance", "thought", "evidence"]);

export function compileQuotesLexicon(bundle: DataBundle): QuotesLexicon {
  const cuesByForm = new Map<string, ReportingCue[]>();
  for (const { line, row } of tsvRows(bundle, REPORTING_VERBS_FILE)) {
    const words = row.cue.toLowerCase().split(/\s+/).filter(Boolean);
    if (words.length === 0) throw new LexiconError(REPORTING_VERBS_FILE, line, "empty cue");
    if (!POS.has(row.pos))
      throw new LexiconError(REPORTING_VERBS_FILE, line, `pos must be verb or prep, not "${row.pos}"`);
    const addressee = SLOTS[row.addressee];
    if (addressee === undefined) {
      throw new LexiconError(
        REPORTING_VERBS_FILE,
        line,
        `addressee must be object, to or -, not "${row.addressee}"`,
      );
    }
    if (!CLASSES.has(row.class as CueClass)) {
      throw new LexiconError(REPORTING_VERBS_FILE, line, `class must be one of ${[...CLASSES].join(", ")}`);
    }
    const cue: ReportingCue = {
      cue: words.join(" "),
      pos: row.pos as "verb" | "prep",
      addressee,
      class: row.class as CueClass,
      rest: words.slice(1),
      content: row.content === "clause" ? "clause" : "any",
    };
    if (row.content && row.content !== "any" && row.content !== "clause") {
      throw new LexiconError(
        REPORTING_VERBS_FILE,
        line,
        `content must be any or clause, not "${row.content}"`,
      );
    }
    const forms = new Set<string>([words[0]]);
    if (cue.pos === "verb") for (const f of inflections(words[0])) forms.add(f);
    for (const f of (row.forms ?? "").split(",")) if (f.trim()) forms.add(f.trim().toLowerCase());
    for (const f of forms) {
      const list = cuesByForm.get(f) ?? [];
      list.push(cue);
      cuesByForm.set(f, list);
    }
  }
  // Longer phrases first, so "call for" is tried before "call".
  for (const list of cuesByForm.values()) list.sort((a, b) => b.rest.length - a.rest.length);
  const notSpeakerLabels = new Set(
    dataLines(bundle, NOT_SPEAKER_LABELS_FILE).map(({ text }) =>
      text.trim().toLowerCase().replace(/[’‘]/g, "'"),
    ),
  );
  return { cuesByForm, notSpeakerLabels };
}

/** The regular -s, -ed and -ing forms of an English verb (a harmless non-word may be among them). */
export function inflections(verb: string): string[] {
  const out: string[] = [];
  const last = verb.at(-1) ?? "";
  const beforeLast = verb.at(-2) ?? "";
  const vowel = (c: string) => "aeiou".includes(c);
  if (/(s|x|z|ch|sh)$/.test(verb)) out.push(`${verb}es`);
  else if (last === "y" && !vowel(beforeLast)) out.push(`${verb.slice(0, -1)}ies`);
  else out.push(`${verb}s`);
  if (last === "e") out.push(`${verb}d`, `${verb.slice(0, -1)}ing`);
  else if (last === "y" && !vowel(beforeLast)) out.push(`${verb.slice(0, -1)}ied`, `${verb}ing`);
  else out.push(`${verb}ed`, `${verb}ing`);
  return out;
}
