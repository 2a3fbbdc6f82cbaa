import { api } from "./api.js";
import { clear, formatDay, h, notice } from "./dom.js";
import { hideTooltip } from "./tooltip.js";
import { dyadView } from "./views/dyad.js";
import { mapView } from "./views/map.js";
import { networkView } from "./views/network.js";
import { quotesView } from "./views/quotes.js";
import { readView } from "./views/read.js";

/** The dashboard: one page, five views chosen by the URL's hash (#/dyad?a=RUS&b=CHN), so links can be shared. */
type View = (root: HTMLElement, params: URLSearchParams) => Promise<void>;
const VIEWS: Record<string, View> = {
  read: readView,
  dyad: dyadView,
  network: networkView,
  quotes: quotesView,
  map: mapView,
};

function route(): { name: string; params: URLSearchParams } {
  const [path, query] = location.hash.replace(/^#\/?/, "").split("?");
  return { name: VIEWS[path] ? path : "read", params: new URLSearchParams(query ?? "") };
}

async function render(): Promise<void> {
  const { name, params } = route();
  hideTooltip();
  for (const link of document.querySelectorAll<HTMLAnchorElement>("#nav a")) {
    link.classList.toggle("active", link.dataset.view === name);
    link.setAttribute("aria-current", link.dataset.view === name ? "page" : "false");
  }
  const root = document.getElementById("view") as HTMLElement;
  clear(root);
  root.dataset.view = name;
  document.body.dataset.ready = "false";
  try {
    await VIEWS[name](root, params);
  } catch (e) {
    root.appendChild(notice(`This view could not be shown: ${(e as Error).message}`, "error"));
  }
  document.body.dataset.ready = "true";
}

async function showStats(): Promise<void> {
  const el = document.getElementById("store-stats") as HTMLElement;
  try {
    const s = await api.stats();
    const span = s.first && s.last ? `${formatDay(s.first)} – ${formatDay(s.last)}` : "no dates";
    el.replaceChildren(
      h("span", {}, h("b", {}, s.articles), " articles"),
      h("span", {}, h("b", {}, s.events), " events"),
      h("span", {}, h("b", {}, s.quotes), " quotes"),
      h("span.muted", {}, span),
    );
  } catch {
    el.textContent = "store unavailable";
  }
}

window.addEventListener("hashchange", render);
render();
showStats();
