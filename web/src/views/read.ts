import type { Actor, Event, Quote } from "../../../src/analysis.js";
import { type Analysis, ApiError, api, type CameoCode, cameoTable } from "../api.js";
import { KIND_COLORS, quadColor, quadName } from "../colors.js";
import { clear, formatDay, h, notice, signed } from "../dom.js";
import { type Layer, type Mark, type Marked, markKey, markText } from "../highlight.js";
import { hideTooltip, showTooltip } from "../tooltip.js";

/**
 * Read: paste, upload or open an article; its text with actors, quotes and events highlighted; hover
 * for a summary, click for the details (code, speaker, rule, sentence); side lists of each layer.
 */
export async function readView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const cameo = await cameoTable();
  const results = h("section.read-results");
  const input = inputPanel(async (doc) => {
    clear(results);
    results.appendChild(notice("Analyzing…", "loading"));
    try {
      show(results, await api.analyze(doc), cameo, input);
    } catch (e) {
      clear(results);
      results.appendChild(notice(e instanceof ApiError ? e.message : String(e), "error"));
    }
  });
  root.append(input.el, results);

  const articleId = params.get("article");
  if (!articleId) {
    results.appendChild(
      notice(
        "Paste an article above (or upload a .txt or .html file) and press Analyze — or open an article from the store.",
      ),
    );
  }
  if (articleId) {
    input.collapse(true);
    results.appendChild(notice("Loading the article…", "loading"));
    try {
      const stored = await api.article(articleId);
      const view = show(results, stored.analysis, cameo, input);
      const sentence = params.get("sentence");
      if (sentence !== null) view.focusSentence(Number(sentence), Number(params.get("at") ?? -1));
      const quote = params.get("quote");
      if (quote) view.focusQuote(quote);
    } catch (e) {
      clear(results);
      results.appendChild(notice(e instanceof ApiError ? e.message : String(e), "error"));
    }
  }
}

interface DocumentInput {
  text?: string;
  html?: string;
  date?: string;
  source?: string;
  title?: string;
}

interface InputPanel {
  el: HTMLElement;
  collapse(collapsed: boolean, summary?: string): void;
}

function inputPanel(onAnalyze: (doc: DocumentInput) => void): InputPanel {
  const textarea = h("textarea", {
    id: "article-input",
    rows: 10,
    placeholder: "Paste a news article here (plain text or HTML), or upload a file…",
    "aria-label": "Article text",
  });
  const date = h("input", { type: "date", id: "article-date", "aria-label": "Publication date" });
  const source = h("input", { type: "text", id: "article-source", placeholder: "Outlet (optional)" });
  const file = h("input", { type: "file", accept: ".txt,.html,.htm,text/plain,text/html", hidden: true });
  const stored = h(
    "select",
    { id: "stored-article", "aria-label": "Open a stored article" },
    h("option", { value: "" }, "Open a stored article…"),
  );
  const analyze = h("button.primary", { type: "button", id: "analyze" }, "Analyze");
  const summary = h("span.input-summary");
  const edit = h("button.ghost", { type: "button" }, "Edit text");

  file.addEventListener("change", async () => {
    const f = file.files?.[0];
    if (!f) return;
    textarea.value = await f.text();
    textarea.dataset.kind = /\.html?$/i.test(f.name) || f.type === "text/html" ? "html" : "text";
  });
  textarea.addEventListener("input", () => {
    textarea.dataset.kind = "";
  });
  analyze.addEventListener("click", () => {
    const value = textarea.value;
    if (!value.trim()) {
      textarea.focus();
      return;
    }
    const isHtml =
      textarea.dataset.kind === "html" || /^\s*<(!doctype|html|body|article|p|div)\b/i.test(value);
    const words = value
      .replace(/<[^>]+>/g, " ")
      .trim()
      .split(/\s+/)
      .slice(0, 8)
      .join(" ");
    panel.collapse(true, words);
    if (location.hash.includes("article=")) history.replaceState(null, "", "#/read");
    onAnalyze({
      ...(isHtml ? { html: value } : { text: value }),
      ...(date.value ? { date: date.value } : {}),
      ...(source.value.trim() ? { source: source.value.trim() } : {}),
    });
  });
  stored.addEventListener("change", () => {
    if (stored.value) location.hash = `#/read?article=${encodeURIComponent(stored.value)}`;
  });
  api
    .articles({ limit: 200 })
    .then((page) => {
      for (const a of page.items) {
        stored.appendChild(h("option", { value: a.id }, `${formatDay(a.date)} · ${a.title ?? a.id}`));
      }
    })
    .catch(() => stored.remove());

  const form = h(
    "div.input-form",
    {},
    textarea,
    h(
      "div.input-row",
      {},
      h("label.field", {}, "Date", date),
      h("label.field", {}, "Source", source),
      h("button.ghost", { type: "button", onclick: () => file.click() }, "Upload file…"),
      file,
      h("span.spacer"),
      stored,
      analyze,
    ),
  );
  const bar = h("div.input-bar", {}, summary, h("span.spacer"), edit);
  const el = h("section.card.input-card", {}, form, bar);
  const panel: InputPanel = {
    el,
    collapse(collapsed, text) {
      el.classList.toggle("collapsed", collapsed);
      if (text !== undefined) summary.textContent = text;
    },
  };
  edit.addEventListener("click", () => panel.collapse(false));
  panel.collapse(false);
  return panel;
}

interface ShownArticle {
  focusSentence(index: number, triggerStart: number): void;
  /** Selects the quote whose words begin with `words` (as the Quotes view links to it). */
  focusQuote(words: string): void;
}

/** Renders an analysis: header, layer toggles and text on the left, details and lists on the right. */
function show(
  results: HTMLElement,
  a: Analysis,
  cameo: Map<string, CameoCode>,
  input: InputPanel,
): ShownArticle {
  clear(results);
  input.collapse(true, a.title ?? a.text.slice(0, 80).replace(/\s+/g, " "));
  const actors = new Map(a.actors.map((x) => [x.id, x]));
  const quotes = new Map(a.quotes.map((q) => [q.id, q]));
  const events = new Map(a.events.map((e) => [e.id, e]));
  const details = h(
    "div.details",
    { "aria-live": "polite" },
    h("p.muted", {}, "Click a highlighted word for its details."),
  );
  let selected: HTMLElement[] = [];

  const describe = (m: Mark): HTMLElement => {
    if (m.layer === "actor") return actorCard(actors.get(m.id)!);
    if (m.layer === "event") return eventCard(a, events.get(m.id)!, actors, cameo);
    return quoteCard(quotes.get(m.id)!, actors, m.layer === "cue");
  };

  const select = (marks: Mark[]) => {
    for (const el of selected) el.classList.remove("selected", "related");
    selected = [];
    const mark = (key: string, cls: string) => {
      for (const el of marked.segments.get(key) ?? []) {
        el.classList.add(cls);
        selected.push(el);
      }
    };
    for (const s of marked.sentences) s?.classList.remove("sentence-selected");
    clear(details);
    const seen = new Set<string>();
    for (const m of marks) {
      const key = m.layer === "cue" ? `quote:${m.id}` : markKey(m);
      if (seen.has(key)) continue;
      seen.add(key);
      details.appendChild(describe(m));
    }
    const top = marks[0];
    if (!top) return;
    mark(markKey(top), "selected");
    if (top.layer === "event") {
      const e = events.get(top.id)!;
      marked.sentences[e.sentence]?.classList.add("sentence-selected");
      for (const actor of [e.source.actor, e.target?.actor]) if (actor) mark(`actor:${actor}`, "related");
    } else if (top.layer === "quote" || top.layer === "cue") {
      const q = quotes.get(top.id)!;
      mark(`quote:${q.id}`, "selected");
      mark(`cue:${q.id}`, "selected");
      if (q.speaker) mark(`actor:${q.speaker}`, "related");
    }
  };

  const marked: Marked = markText(a, (marks) => select(marks));
  marked.root.addEventListener("mousemove", (ev) => {
    const target = (ev.target as HTMLElement).closest("[data-marks]") as HTMLElement | null;
    if (!target) return hideTooltip();
    const keys = (target.dataset.marks ?? "").split(" ");
    showTooltip(ev, ...keys.map((k) => tooltipLine(k, actors, quotes, events, cameo)));
  });
  marked.root.addEventListener("mouseleave", hideTooltip);

  const toggles = h(
    "div.layer-toggles",
    { role: "group", "aria-label": "Layers" },
    ...(["actor", "quote", "event"] as Layer[]).map((layer) => {
      const box = h("input", { type: "checkbox", checked: true });
      box.addEventListener("change", () => marked.root.classList.toggle(`hide-${layer}`, !box.checked));
      const count =
        layer === "actor" ? a.actors.length : layer === "quote" ? a.quotes.length : a.events.length;
      return h(
        `label.toggle.toggle-${layer}`,
        {},
        box,
        h("span.swatch"),
        `${layer === "actor" ? "Actors" : layer === "quote" ? "Quotes" : "Events"} `,
        h("b", {}, count),
      );
    }),
  );

  const header = h(
    "div.article-head",
    {},
    h("h2", {}, a.title ?? "Untitled article"),
    h(
      "div.meta",
      {},
      [
        a.source,
        a.date ? formatDay(a.date) : "no date",
        `${a.sentences.length} sentences`,
        `tone ${signed(a.tone.score)}`,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
    a.warnings.length ? h("div.warnings", {}, ...a.warnings.map((w) => h("div", {}, `⚠ ${w}`))) : null,
  );

  const pick = (layer: Layer, id: string) => {
    const key = `${layer}:${id}`;
    const first = marked.segments.get(key)?.[0];
    select([{ layer, id, start: 0, end: 0 }]);
    first?.scrollIntoView({ block: "center", behavior: "smooth" });
  };

  const lists = h(
    "div.side-lists",
    {},
    listSection(
      "Actors",
      a.actors.length,
      sortedActors(a.actors).map((x) => actorItem(x, () => pick("actor", x.id))),
    ),
    listSection(
      "Quotes",
      a.quotes.length,
      a.quotes.map((q) => quoteItem(q, actors, () => pick("quote", q.id))),
    ),
    listSection(
      "Events",
      a.events.length,
      a.events.map((e) => eventItem(e, actors, cameo, () => pick("event", e.id))),
    ),
  );

  // list items act on Enter and Space too, like buttons
  lists.addEventListener("keydown", (ev) => {
    const item = (ev.target as HTMLElement).closest(".item") as HTMLElement | null;
    if (item && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      item.click();
    }
  });

  results.append(
    h(
      "div.read-layout",
      {},
      h("article.card.article-card", {}, header, toggles, marked.root, legend()),
      h("aside.read-side", {}, h("section.card.details-card", {}, h("h3", {}, "Details"), details), lists),
    ),
  );

  return {
    focusSentence(index, triggerStart) {
      const s = marked.sentences[index];
      if (!s) return;
      const event = a.events.find(
        (e) => e.sentence === index && (triggerStart < 0 || e.trigger.start === triggerStart),
      );
      if (event) select([{ layer: "event", id: event.id, start: 0, end: 0 }]);
      s.classList.add("sentence-selected");
      s.scrollIntoView({ block: "center" });
    },
    focusQuote(words) {
      const q = a.quotes.find((x) => x.content.text.startsWith(words) || words.startsWith(x.content.text));
      if (q) pick("quote", q.id);
    },
  };
}

function legend(): HTMLElement {
  return h(
    "div.legend",
    {},
    ...Object.entries(KIND_COLORS).map(([kind, color]) =>
      h("span.legend-item", {}, h("span.dot", { style: `background:${color}` }), kind),
    ),
    h("span.legend-sep"),
    h("span.legend-item", {}, h("span.swatch-quote"), "quote"),
    h("span.legend-item", {}, h("span.swatch-quote.indirect"), "reported speech"),
    h("span.legend-sep"),
    ...[1, 2, 3, 4].map((q) =>
      h("span.legend-item", {}, h("span.dot", { style: `background:${quadColor(q)}` }), quadName(q)),
    ),
  );
}

function sortedActors(list: Actor[]): Actor[] {
  return [...list].sort((x, y) => y.mentions.length - x.mentions.length || x.name.localeCompare(y.name));
}

function listSection(title: string, count: number, items: HTMLElement[]): HTMLElement {
  return h(
    "section.card.list-card",
    {},
    h("h3", {}, title, h("span.count", {}, count)),
    items.length ? h("ul.item-list", {}, ...items) : h("p.muted", {}, `No ${title.toLowerCase()} found.`),
  );
}

const code = (text: string, title?: string) => h("code.code", { title: title ?? null }, text);
const actorName = (actors: Map<string, Actor>, id: string | null | undefined, fallback = "—") =>
  (id && actors.get(id)?.name) || fallback;

function actorItem(x: Actor, onClick: () => void): HTMLElement {
  return h(
    "li.item",
    { onclick: onClick, tabindex: 0 },
    h("span.dot", { style: `background:${KIND_COLORS[x.kind] ?? "#888"}` }),
    h("span.item-main", {}, x.name),
    code(x.code),
    h("span.muted.small", {}, `×${x.mentions.length}`),
  );
}

function quoteItem(q: Quote, actors: Map<string, Actor>, onClick: () => void): HTMLElement {
  const content = q.content.text.length > 120 ? `${q.content.text.slice(0, 118)}…` : q.content.text;
  return h(
    "li.item.quote-item",
    { onclick: onClick, tabindex: 0 },
    h(
      "div.quote-speaker",
      {},
      actorName(actors, q.speaker, q.speakerMention?.text ?? "unattributed"),
      h("span.muted.small", {}, ` · ${q.kind}`),
    ),
    h("div.quote-text", {}, `“${content}”`),
  );
}

function eventItem(
  e: Event,
  actors: Map<string, Actor>,
  cameo: Map<string, CameoCode>,
  onClick: () => void,
): HTMLElement {
  return h(
    "li.item.event-item",
    { onclick: onClick, tabindex: 0, class: e.negated || e.hypothetical ? "uncounted" : null },
    h("span.quad-bar", { style: `background:${quadColor(e.quadClass)}` }),
    h(
      "div.item-main",
      {},
      h(
        "div",
        {},
        actorName(actors, e.source.actor, e.source.code),
        " → ",
        e.target ? actorName(actors, e.target.actor, e.target.code) : "—",
      ),
      h(
        "div.small.muted",
        {},
        code(e.cameo),
        ` ${cameo.get(e.cameo)?.name ?? e.plover} · “${e.trigger.text}”`,
        e.negated ? h("span.flag", {}, "negated") : null,
        e.hypothetical ? h("span.flag", {}, "hypothetical") : null,
      ),
    ),
  );
}

function row(label: string, ...value: (Node | string | null)[]): HTMLElement {
  return h(
    "div.kv",
    {},
    h("span.k", {}, label),
    h("span.v", {}, ...value.filter((v): v is Node | string => v !== null)),
  );
}

function actorCard(x: Actor): HTMLElement {
  return h(
    "div.detail.detail-actor",
    {},
    h(
      "div.detail-title",
      {},
      h("span.dot", { style: `background:${KIND_COLORS[x.kind] ?? "#888"}` }),
      "Actor · ",
      x.name,
    ),
    row("Code", code(x.code)),
    row("Kind", x.kind),
    row("Country", x.country ?? "—"),
    row("Role", x.role ?? "—"),
    row(
      "Mentions",
      x.mentions
        .map((m) => m.text)
        .filter((t, i, all) => all.indexOf(t) === i)
        .join(", "),
    ),
  );
}

function quoteCard(q: Quote, actors: Map<string, Actor>, fromCue: boolean): HTMLElement {
  const speaker = q.speaker ? actors.get(q.speaker) : undefined;
  return h(
    "div.detail.detail-quote",
    {},
    h("div.detail-title", {}, fromCue ? "Quote cue" : "Quote", ` · ${q.kind}`),
    row(
      "Speaker",
      speaker ? `${speaker.name} ` : (q.speakerMention?.text ?? "unattributed"),
      speaker ? code(speaker.code) : null,
    ),
    row("Named as", q.speakerMention?.text ?? "—"),
    row("Cue", q.cue?.text ?? "—"),
    row("To", actorName(actors, q.addressee)),
    h("blockquote.detail-quote-text", {}, q.content.text),
  );
}

function eventCard(
  a: Analysis,
  e: Event,
  actors: Map<string, Actor>,
  cameo: Map<string, CameoCode>,
): HTMLElement {
  const s = a.sentences[e.sentence];
  const sentence = s ? a.text.slice(s.start, s.end) : "";
  const at = e.trigger.start - (s?.start ?? 0);
  return h(
    "div.detail.detail-event",
    {},
    h(
      "div.detail-title",
      {},
      h("span.dot", { style: `background:${quadColor(e.quadClass)}` }),
      "Event · ",
      cameo.get(e.cameo)?.name ?? e.cameo,
    ),
    row(
      "Who",
      `${actorName(actors, e.source.actor, "")} `,
      code(e.source.code),
      " → ",
      e.target ? `${actorName(actors, e.target.actor, "")} ` : "no target",
      e.target ? code(e.target.code) : null,
    ),
    row("CAMEO", code(e.cameo), ` · PLOVER ${e.plover || "—"}`),
    row("Goldstein", `${signed(e.goldstein)} · ${quadName(e.quadClass)}`),
    row("Trigger", `“${e.trigger.text}”`),
    row("Rule", code(e.rule)),
    e.negated || e.hypothetical
      ? row("Counted", h("span.flag", {}, e.negated ? "negated" : "hypothetical"), " — kept, not counted")
      : null,
    e.location
      ? row("Where", `${e.location.name}${e.location.country ? ` (${e.location.country})` : ""}`)
      : null,
    h(
      "blockquote.detail-sentence",
      {},
      sentence.slice(0, Math.max(0, at)),
      h("mark", {}, sentence.slice(Math.max(0, at), at + e.trigger.text.length)),
      sentence.slice(at + e.trigger.text.length),
    ),
  );
}

function tooltipLine(
  key: string,
  actors: Map<string, Actor>,
  quotes: Map<string, Quote>,
  events: Map<string, Event>,
  cameo: Map<string, CameoCode>,
): HTMLElement {
  const [layer, id] = key.split(":");
  if (layer === "actor") {
    const x = actors.get(id)!;
    return h("div.tip-line", {}, h("b", {}, x.name), " ", code(x.code), h("span.muted", {}, ` ${x.kind}`));
  }
  if (layer === "event") {
    const e = events.get(id)!;
    return h(
      "div.tip-line",
      {},
      h("span.dot", { style: `background:${quadColor(e.quadClass)}` }),
      code(e.cameo),
      ` ${cameo.get(e.cameo)?.name ?? e.plover} `,
      h("span.muted", {}, `${e.source.code} → ${e.target?.code ?? "—"}`),
      e.negated || e.hypothetical ? h("span.flag", {}, e.negated ? "negated" : "hypothetical") : null,
    );
  }
  const q = quotes.get(id)!;
  return h(
    "div.tip-line",
    {},
    layer === "cue" ? "Cue of a quote by " : "Quote by ",
    h("b", {}, actorName(actors, q.speaker, q.speakerMention?.text ?? "unknown")),
  );
}
