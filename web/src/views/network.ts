import { ApiError, api, type Network } from "../api.js";
import { goldsteinColor, QUADS } from "../colors.js";
import { clear, h, notice, s, signed } from "../dom.js";
import { forceLayout } from "../layout.js";
import { withTooltip } from "../tooltip.js";

const W = 1000;
const H = 640;

/**
 * Network: actors as nodes (sized by their events), events as directed edges whose width is the count
 * and whose colour runs from conflict (red) to cooperation (green). Click an edge for its Dyad view.
 */
export async function networkView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const state = {
    level: params.get("level") === "actor" ? "actor" : "country",
    min: Number(params.get("min") ?? 1) || 1,
  };
  const body = h("div");
  const levelButtons = ["country", "actor"].map((level) =>
    h("button", { type: "button", "data-level": level }, level === "country" ? "Countries" : "Actors"),
  );
  const min = h(
    "select",
    { "aria-label": "Fewest events per edge" },
    ...[1, 2, 3, 5].map((n) => h("option", { value: n }, `≥ ${n} event${n > 1 ? "s" : ""}`)),
  );
  min.value = String(state.min);

  const load = async () => {
    for (const b of levelButtons) b.classList.toggle("on", b.dataset.level === state.level);
    history.replaceState(null, "", `#/network?level=${state.level}&min=${state.min}`);
    clear(body);
    body.appendChild(notice("Loading…", "loading"));
    try {
      const net = await api.network({ level: state.level, min: state.min });
      clear(body);
      body.appendChild(
        net.edges.length ? renderNetwork(net) : notice("No events between two actors in the store yet."),
      );
    } catch (e) {
      clear(body);
      body.appendChild(notice(e instanceof ApiError ? e.message : String(e), "error"));
    }
  };
  for (const b of levelButtons) {
    b.addEventListener("click", () => {
      state.level = b.dataset.level ?? "country";
      load();
    });
  }
  min.addEventListener("change", () => {
    state.min = Number(min.value);
    load();
  });

  root.append(
    h(
      "div.view-head",
      {},
      h(
        "div",
        {},
        h("h2", {}, "Network"),
        h(
          "p.intro",
          {},
          "Who acts on whom. Edges are counted events, wider for more, coloured by their mean Goldstein value; click one to open the dyad.",
        ),
      ),
      h("span.spacer"),
      h(
        "div.controls",
        {},
        h("div.segmented", { role: "group", "aria-label": "Nodes" }, ...levelButtons),
        min,
      ),
    ),
    body,
  );
  await load();
}

function renderNetwork(net: Network): HTMLElement {
  const nodes = net.nodes.slice(0, 60);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = net.edges.filter((e) => kept.has(e.source) && kept.has(e.target));
  const pos = forceLayout(
    nodes.map((n) => n.id),
    edges.map((e) => ({ source: e.source, target: e.target, weight: e.events })),
    W,
    H,
  );
  const maxEvents = Math.max(1, ...edges.map((e) => e.events));
  const maxNode = Math.max(1, ...nodes.map((n) => n.events));
  const radius = (events: number) => 7 + 16 * Math.sqrt(events / maxNode);
  const nameOf = new Map(nodes.map((n) => [n.id, n.name]));
  const svg = s("svg", {
    viewBox: `0 0 ${W} ${H}`,
    class: "graph",
    role: "img",
    "aria-label": "Network of actors",
  });
  const defs = s("defs");
  svg.appendChild(defs);

  const edgeLayer = s("g");
  edges.forEach((e, i) => {
    const [p, q] = [pos.get(e.source)!, pos.get(e.target)!];
    const reverse = net.edges.some((x) => x.source === e.target && x.target === e.source);
    // both directions: bend each to its own side so they do not overlap
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const len = Math.hypot(dx, dy) || 1;
    const bend = reverse ? 0.12 * len : 0.04 * len;
    const mx = (p.x + q.x) / 2 - (dy / len) * bend;
    const my = (p.y + q.y) / 2 + (dx / len) * bend;
    // stop at the target circle's edge so the arrow shows
    const tr = radius(nodes.find((n) => n.id === e.target)?.events ?? 1) + 3;
    const tx = q.x - ((q.x - mx) / Math.hypot(q.x - mx, q.y - my)) * tr;
    const ty = q.y - ((q.y - my) / Math.hypot(q.x - mx, q.y - my)) * tr;
    const color = goldsteinColor(e.goldsteinMean);
    const marker = s(
      "marker",
      {
        id: `arrow-${i}`,
        viewBox: "0 0 10 10",
        refX: 9,
        refY: 5,
        markerWidth: 9,
        markerHeight: 9,
        markerUnits: "userSpaceOnUse",
        orient: "auto",
      },
      s("path", { d: "M0 0L10 5L0 10z", fill: color }),
    );
    defs.appendChild(marker);
    const path = s("path", {
      d: `M${p.x.toFixed(1)} ${p.y.toFixed(1)}Q${mx.toFixed(1)} ${my.toFixed(1)} ${tx.toFixed(1)} ${ty.toFixed(1)}`,
      class: "edge",
      stroke: color,
      "stroke-width": (1.2 + 6 * Math.sqrt(e.events / maxEvents)).toFixed(2),
      "marker-end": `url(#arrow-${i})`,
      "data-source": e.source,
      "data-target": e.target,
    });
    withTooltip(path, () => [
      h("b", {}, `${nameOf.get(e.source) ?? e.source} → ${nameOf.get(e.target) ?? e.target}`),
      h("div", {}, `${e.events} events · mean Goldstein ${signed(e.goldsteinMean)}`),
      h("div.muted", {}, QUADS.map((q) => `${q.name}: ${e[`quad${q.quad}` as "quad1"]}`).join(" · ")),
    ]);
    path.addEventListener("click", () => {
      location.hash = `#/dyad?a=${e.source}&b=${e.target}`;
    });
    edgeLayer.appendChild(path);
  });
  svg.appendChild(edgeLayer);

  const nodeLayer = s("g");
  for (const n of nodes) {
    const p = pos.get(n.id)!;
    const r = radius(n.events);
    const g = s(
      "g",
      { class: "node", transform: `translate(${p.x.toFixed(1)} ${p.y.toFixed(1)})`, "data-id": n.id },
      s("circle", { r: r.toFixed(1), fill: "#2f4f7f" }),
      s("text", { y: (r + 13).toFixed(1), "text-anchor": "middle" }, n.name.length > 22 ? n.id : n.name),
    );
    withTooltip(g, () => [
      h("b", {}, `${n.name} (${n.id})`),
      h("div", {}, `${n.events} events as source or target`),
    ]);
    nodeLayer.appendChild(g);
  }
  svg.appendChild(nodeLayer);

  const top = [...edges].sort((x, y) => y.events - x.events).slice(0, 12);
  return h(
    "div.split",
    {},
    h(
      "section.card",
      {},
      svg,
      h(
        "div.scale",
        {},
        "conflict",
        h("span.bar"),
        "cooperation",
        h("span.spacer"),
        `${nodes.length} actors · ${edges.length} relations`,
      ),
    ),
    h(
      "aside.card",
      {},
      h("h3", {}, "Strongest relations"),
      h(
        "ul.rank",
        {},
        ...top.map((e) =>
          h(
            "li",
            {},
            h("span.dot", { style: `background:${goldsteinColor(e.goldsteinMean)}` }),
            h(
              "a",
              { href: `#/dyad?a=${e.source}&b=${e.target}` },
              `${nameOf.get(e.source) ?? e.source} → ${nameOf.get(e.target) ?? e.target}`,
            ),
            h("span.n", {}, e.events),
          ),
        ),
      ),
    ),
  );
}
