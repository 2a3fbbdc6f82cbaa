import { ApiError, api, type CameoCode, cameoTable, type DyadAnswer, type EventWithLinks } from "../api.js";
import { DIRECTION_COLORS, dyadChart } from "../chart.js";
import { goldsteinColor, QUADS } from "../colors.js";
import { clear, formatDay, h, notice, signed } from "../dom.js";

interface ActorOption {
  code: string;
  label: string;
}

/**
 * Dyad: choose two actors; their cooperation and conflict over time (Goldstein per period, counts by
 * quad class), and the events behind it, each linked to the sentence that told it.
 */
export async function dyadView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const [network, actors, cameo] = await Promise.all([
    api.network({ level: "country" }),
    api.actors(300),
    cameoTable(),
  ]);
  const options = actorOptions(network.nodes, actors.items);
  if (options.length < 2) {
    root.appendChild(
      notice("The store has too few actors for a dyad yet: ingest some articles first (dyad ingest)."),
    );
    return;
  }
  // Suggested pairs: the most active relations, each pair once.
  const pairs: [string, string, number][] = [];
  for (const e of network.edges) {
    const found = pairs.find(
      ([x, y]) => (x === e.target && y === e.source) || (x === e.source && y === e.target),
    );
    if (found) found[2] += e.events;
    else pairs.push([e.source, e.target, e.events]);
  }
  pairs.sort((p, q) => q[2] - p[2]);

  const state = {
    a: (params.get("a") ?? pairs[0]?.[0] ?? options[0].code).toUpperCase(),
    b: (params.get("b") ?? pairs[0]?.[1] ?? options[1].code).toUpperCase(),
    by: params.get("by") ?? "month",
  };
  const selectA = actorSelect(options, state.a, "actor-a");
  const selectB = actorSelect(options, state.b, "actor-b");
  const byButtons = ["day", "week", "month"].map((by) => h("button", { type: "button", "data-by": by }, by));
  const body = h("div.dyad-body");
  const nameOf = (code: string) => options.find((o) => o.code === code)?.label ?? code;

  const load = async () => {
    for (const btn of byButtons) btn.classList.toggle("on", btn.dataset.by === state.by);
    history.replaceState(null, "", `#/dyad?a=${state.a}&b=${state.b}&by=${state.by}`);
    clear(body);
    body.appendChild(notice("Loading…", "loading"));
    try {
      const answer = await api.dyad(state.a, state.b, state.by);
      clear(body);
      body.append(...renderDyad(answer, nameOf, cameo));
    } catch (e) {
      clear(body);
      body.appendChild(notice(e instanceof ApiError ? e.message : String(e), "error"));
    }
  };
  selectA.addEventListener("change", () => {
    state.a = selectA.value;
    load();
  });
  selectB.addEventListener("change", () => {
    state.b = selectB.value;
    load();
  });
  for (const btn of byButtons) {
    btn.addEventListener("click", () => {
      state.by = btn.dataset.by ?? "month";
      load();
    });
  }
  const swap = h(
    "button.swap",
    { type: "button", title: "Swap the actors", "aria-label": "Swap the actors" },
    "⇄",
  );
  swap.addEventListener("click", () => {
    [state.a, state.b] = [state.b, state.a];
    selectA.value = state.a;
    selectB.value = state.b;
    load();
  });

  root.append(
    h(
      "div.view-head",
      {},
      h(
        "div",
        {},
        h("h2", {}, "Dyad"),
        h(
          "p.intro",
          {},
          "How two actors treat each other over time: the Goldstein value of their events (cooperation above zero, conflict below) and how many events of each kind.",
        ),
      ),
    ),
    h(
      "section.card",
      {},
      h(
        "div.dyad-controls",
        {},
        selectA,
        swap,
        selectB,
        h("span.spacer"),
        h("div.segmented", { role: "group", "aria-label": "Period" }, ...byButtons),
      ),
      h(
        "div.pairs",
        {},
        h("span.muted", {}, "Most active:"),
        ...pairs.slice(0, 8).map(([x, y, n]) =>
          h(
            "button.pair",
            {
              type: "button",
              onclick: () => {
                state.a = x;
                state.b = y;
                ensureOption(selectA, x, nameOf(x));
                ensureOption(selectB, y, nameOf(y));
                selectA.value = x;
                selectB.value = y;
                load();
              },
            },
            `${x} – ${y} · ${n}`,
          ),
        ),
      ),
    ),
    body,
  );
  ensureOption(selectA, state.a, state.a);
  ensureOption(selectB, state.b, state.b);
  await load();
}

function actorOptions(
  nodes: { id: string; name: string }[],
  actors: { code: string; name: string }[],
): ActorOption[] {
  const out = new Map<string, ActorOption>();
  for (const n of nodes) out.set(n.id, { code: n.id, label: `${n.name} (${n.id})` });
  for (const x of actors) {
    if (!out.has(x.code) && /^[A-Z]{3}/.test(x.code))
      out.set(x.code, { code: x.code, label: `${x.name} (${x.code})` });
  }
  return [...out.values()].sort((p, q) => p.label.localeCompare(q.label));
}

function actorSelect(options: ActorOption[], value: string, id: string): HTMLSelectElement {
  const select = h(
    "select",
    { id, "aria-label": id === "actor-a" ? "First actor" : "Second actor" },
    ...options.map((o) => h("option", { value: o.code }, o.label)),
  );
  select.value = value;
  return select;
}

function ensureOption(select: HTMLSelectElement, code: string, label: string): void {
  if (![...select.options].some((o) => o.value === code))
    select.appendChild(h("option", { value: code }, label));
  select.value = code;
}

function renderDyad(
  d: DyadAnswer,
  nameOf: (code: string) => string,
  cameo: Map<string, CameoCode>,
): HTMLElement[] {
  const ab = d.series.filter((r) => r.direction === `${d.a}>${d.b}`);
  const ba = d.series.filter((r) => r.direction === `${d.b}>${d.a}`);
  const count = (rows: typeof ab) => rows.reduce((n, r) => n + r.events, 0);
  const total = count(d.series);
  if (total === 0) {
    return [
      notice(
        `No counted events between ${nameOf(d.a)} and ${nameOf(d.b)} in the store. Try one of the most active pairs.`,
      ),
    ];
  }
  const goldSum = d.series.reduce((n, r) => n + r.goldsteinSum, 0);
  const coop = d.series.reduce((n, r) => n + r.quad1 + r.quad2, 0);
  const periods = [...new Set(d.series.map((r) => r.period))].sort();
  const tile = (label: string, value: string, sub?: string) =>
    h(
      "div.card.tile",
      {},
      h("div.label", {}, label),
      h("div.value", {}, value),
      sub ? h("div.small.muted", {}, sub) : null,
    );

  return [
    h(
      "div.summary-tiles",
      {},
      tile("Events", String(total), `${d.a} → ${d.b}: ${count(ab)} · ${d.b} → ${d.a}: ${count(ba)}`),
      tile(
        "Mean Goldstein",
        signed(goldSum / total),
        goldSum / total >= 0 ? "leaning cooperative" : "leaning conflictual",
      ),
      tile("Cooperation", `${Math.round((coop / total) * 100)}%`, "of events in quad classes 1–2"),
      tile(
        "Periods with events",
        String(periods.length),
        `${formatDay(periods[0])} – ${formatDay(periods[periods.length - 1])}`,
      ),
    ),
    h(
      "section.card.chart-card",
      {},
      h("h3", {}, `${nameOf(d.a)} and ${nameOf(d.b)}, by ${d.by}`),
      dyadChart(d.series, d.a, d.b, d.by),
      h(
        "div.chart-legend",
        {},
        h("span", {}, h("span.line-key", { style: `background:${DIRECTION_COLORS[0]}` }), `${d.a} → ${d.b}`),
        h("span", {}, h("span.line-key", { style: `background:${DIRECTION_COLORS[1]}` }), `${d.b} → ${d.a}`),
        ...QUADS.map((q) => h("span", {}, h("span.dot", { style: `background:${q.color}` }), q.name)),
      ),
    ),
    h(
      "section.card",
      {},
      h("h3", {}, "Events", h("span.count", {}, d.events.length)),
      eventsTable(d.events, cameo),
    ),
  ];
}

function eventsTable(events: EventWithLinks[], cameo: Map<string, CameoCode>): HTMLElement {
  return h(
    "table.events",
    {},
    h(
      "thead",
      {},
      h(
        "tr",
        {},
        ...["Date", "Who", "Event", "Goldstein", "Told", "Sentence", ""].map((t) => h("th", {}, t)),
      ),
    ),
    h(
      "tbody",
      {},
      ...events.map((e) => {
        const m = e.mentions.find((x) => !x.negated && !x.hypothetical) ?? e.mentions[0];
        const at = m ? m.triggerStart - m.sentenceStart : -1;
        const sentence = m?.sentenceText ?? e.sentence;
        const cell =
          m && at >= 0 && at < sentence.length
            ? [
                sentence.slice(0, at),
                h("mark", {}, sentence.slice(at, m.triggerEnd - m.sentenceStart)),
                sentence.slice(m.triggerEnd - m.sentenceStart),
              ]
            : [sentence];
        return h(
          "tr",
          {},
          h("td.nowrap", {}, formatDay(e.day)),
          h("td.nowrap", {}, h("code.code", {}, e.source), " → ", h("code.code", {}, e.target || "—")),
          h("td", {}, h("code.code", {}, e.cameo), " ", cameo.get(e.cameo)?.name ?? e.plover),
          h(
            "td",
            {},
            h("span.gold", { style: `background:${goldsteinColor(e.goldstein)}` }, signed(e.goldstein)),
          ),
          h(
            "td.nowrap",
            { title: `${e.numMentions} mentions in ${e.numArticles} articles from ${e.numSources} sources` },
            `${e.numArticles} art.`,
          ),
          h("td.sentence-cell", {}, ...cell),
          h(
            "td.nowrap",
            {},
            m
              ? h(
                  "a",
                  {
                    href: `#/read?article=${encodeURIComponent(m.articleId)}&sentence=${m.sentence}&at=${m.triggerStart}`,
                    title: m.title ?? m.articleId,
                  },
                  "Read →",
                )
              : null,
          ),
        );
      }),
    ),
  );
}
