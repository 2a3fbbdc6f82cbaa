import type { EventWithMentions } from "../store.js";
import { actorParts } from "./actor-code.js";
import {
  GDELT_EVENT_COLUMNS,
  GDELT_MENTION_COLUMNS,
  type GdeltEventColumn,
  type GdeltMentionColumn,
} from "./gdelt-columns.js";

/**
 * GDELT 2.0 Event rows (61 tab-separated columns, no header) from de-duplicated events. Unlike GDELT,
 * NumMentions, NumSources, NumArticles and AvgTone count all coverage stored so far (counted mentions
 * only), not the first 15-minute batch. SOURCEURL is the first article's URL (its id when it has none);
 * the sentence and offsets of every mention go to the Mentions rows (`gdeltMentionRows`).
 */
export function gdeltEventRow(e: EventWithMentions): string {
  const v: Partial<Record<GdeltEventColumn, string | number>> = { GlobalEventID: e.id };
  if (e.day) {
    const [y, m, d] = e.day.split("-").map(Number);
    v.Day = e.day.replaceAll("-", "");
    v.MonthYear = e.day.slice(0, 7).replace("-", "");
    v.Year = y;
    v.FractionDate = (y + (m * 30 + d) / 365).toFixed(4);
  }
  actorColumns(v, "Actor1", e.source, e.sourceName, e.sourceCountry);
  actorColumns(v, "Actor2", e.target, e.targetName, e.targetCountry);
  v.IsRootEvent = e.isRoot ? 1 : 0;
  v.EventCode = e.cameo;
  v.EventBaseCode = e.cameo.slice(0, 3);
  v.EventRootCode = e.cameo.slice(0, 2);
  v.QuadClass = e.quadClass;
  v.GoldsteinScale = e.goldstein;
  v.NumMentions = e.numMentions;
  v.NumSources = e.numSources;
  v.NumArticles = e.numArticles;
  v.AvgTone = e.avgTone;
  const located = e.mentions.find((m) => m.location && !m.negated && !m.hypothetical)?.location;
  if (located) {
    v.ActionGeo_Type = located.lat === null ? 1 : 4;
    v.ActionGeo_Fullname = located.name;
    if (located.lat !== null) v.ActionGeo_Lat = located.lat;
    if (located.lon !== null) v.ActionGeo_Long = located.lon;
  }
  v.DATEADDED = timestamp(e.addedAt);
  v.SOURCEURL = e.url ?? e.articleId;
  return GDELT_EVENT_COLUMNS.map((c) => cell(v[c])).join("\t");
}

/**
 * GDELT 2.0 Mentions rows (16 columns) for the counted mentions of an event: where GDELT links back
 * to the text (SentenceID, 1-based, and the character offsets). Extras, blank in GDELT, carries the
 * sentence itself, which GDELT does not distribute.
 */
export function gdeltMentionRows(e: EventWithMentions): string[] {
  return e.mentions
    .filter((m) => !m.negated && !m.hypothetical)
    .map((m) => {
      const v: Record<GdeltMentionColumn, string | number> = {
        GlobalEventID: e.id,
        EventTimeDate: timestamp(e.addedAt),
        MentionTimeDate: timestamp(m.addedAt),
        MentionType: m.url ? 1 : 6,
        MentionSourceName: m.outlet,
        MentionIdentifier: m.url ?? m.articleId,
        SentenceID: m.sentence + 1,
        Actor1CharOffset: m.sourceStart,
        Actor2CharOffset: m.targetStart,
        ActionCharOffset: m.triggerStart,
        InRawText: 1,
        Confidence: 100,
        MentionDocLen: m.docLength,
        MentionDocTone: m.docTone,
        MentionDocTranslationInfo: "",
        Extras: m.sentenceText,
      };
      return GDELT_MENTION_COLUMNS.map((c) => cell(v[c])).join("\t");
    });
}

function actorColumns(
  v: Partial<Record<GdeltEventColumn, string | number>>,
  prefix: "Actor1" | "Actor2",
  code: string,
  name: string | null,
  iso3: string | null,
): void {
  if (!code) return;
  const parts = actorParts(code, iso3);
  v[`${prefix}Code`] = code;
  v[`${prefix}Name`] = (name ?? "").toUpperCase();
  v[`${prefix}CountryCode`] = parts.country;
  v[`${prefix}KnownGroupCode`] = parts.knownGroup;
  v[`${prefix}Type1Code`] = parts.types[0];
  v[`${prefix}Type2Code`] = parts.types[1];
  v[`${prefix}Type3Code`] = parts.types[2];
}

/** "2023-03-20T09:15:02Z" → 20230320091502. */
function timestamp(iso: string): string {
  return iso
    .replace(/\.\d+/, "")
    .replace(/[-:TZ]/g, "")
    .slice(0, 14);
}

/** A TSV cell: tabs and line breaks would break the row, so they become spaces. */
function cell(value: string | number | undefined): string {
  if (value === undefined || value === null) return "";
  return String(value).replace(/[\t\r\n]+/g, " ");
}
