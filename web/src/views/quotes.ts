import { ApiError, api, type QuoteItem } from "../api.js";
import { debounce, formatDay, h, notice } from "../dom.js";

const PAGE = 30;

/** Quotes: who said what, searchable by speaker and by words, each linked to its article. */
export async function quotesView(root: HTMLElement, params: URLSearchParams): Promise<void> {
  const words = h("input", {
    type: "search",
    placeholder: 'Words in the quote: sanctions, "peace talks", ceasefire OR truce',
    "aria-label": "Words",
  });
  const speaker = h("input.speaker", {
    type: "search",
    placeholder: "Speaker: Putin, Guterres…",
    "aria-label": "Speaker",
  });
  words.value = params.get("q") ?? "";
  speaker.value = params.get("speaker") ?? "";
  const count = h("span.muted");
  const grid = h("div.quote-grid");
  const more = h("button.ghost.more", { type: "button", hidden: true }, "More quotes");
  const status = h("div");
  let offset = 0;
  let generation = 0;

  const search = async (append: boolean) => {
    const mine = ++generation;
    if (!append) {
      offset = 0;
      grid.replaceChildren();
      const q = new URLSearchParams();
      if (words.value.trim()) q.set("q", words.value.trim());
      if (speaker.value.trim()) q.set("speaker", speaker.value.trim());
      history.replaceState(null, "", `#/quotes${q.size ? `?${q}` : ""}`);
    }
    status.replaceChildren();
    try {
      const page = await api.quotes({
        q: words.value.trim(),
        speaker: speaker.value.trim(),
        limit: PAGE,
        offset,
      });
      if (mine !== generation) return;
      grid.append(...page.items.map(quoteCard));
      offset = page.next ?? offset + page.items.length;
      more.hidden = page.next === null;
      const shown = grid.childElementCount;
      count.textContent = `${shown}${page.next !== null ? "+" : ""} quote${shown === 1 ? "" : "s"}`;
      if (shown === 0)
        status.appendChild(notice("No quote matches. Try fewer words, or part of the speaker's name."));
    } catch (e) {
      if (mine !== generation) return;
      status.appendChild(notice(e instanceof ApiError ? e.message : String(e), "error"));
      count.textContent = "";
    }
  };
  const later = debounce(() => search(false), 250);
  words.addEventListener("input", later);
  speaker.addEventListener("input", later);
  more.addEventListener("click", () => search(true));

  root.append(
    h(
      "div.view-head",
      {},
      h(
        "div",
        {},
        h("h2", {}, "Quotes"),
        h(
          "p.intro",
          {},
          "Who said what: direct and reported speech with its resolved speaker. Search the words and the speaker; open a quote's article to read it in context.",
        ),
      ),
      h("span.spacer"),
      count,
    ),
    h("div.quote-search", {}, words, speaker),
    status,
    grid,
    more,
  );
  await search(false);
}

function quoteCard(q: QuoteItem): HTMLElement {
  return h(
    "article.card.quote-card",
    {},
    h("p.content", {}, q.content),
    h(
      "div.by",
      {},
      h("b", {}, q.speaker ?? "Unattributed"),
      q.speakerCode ? h("code.code", {}, q.speakerCode) : null,
      h("span.kind-chip", {}, q.kind),
    ),
    h(
      "div.source",
      {},
      `${formatDay(q.date)} · `,
      h(
        "a",
        {
          href: `#/read?article=${encodeURIComponent(q.articleId)}&quote=${encodeURIComponent(q.content.slice(0, 60))}`,
        },
        q.title ?? q.articleId,
      ),
    ),
  );
}
