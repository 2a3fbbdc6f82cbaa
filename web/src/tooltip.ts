import { append, clear } from "./dom.js";

/** One floating tooltip for the whole page, placed next to the pointer and kept inside the window. */
const tip = () => document.getElementById("tooltip") as HTMLElement;

export function showTooltip(event: MouseEvent, ...content: (Node | string)[]): void {
  const el = tip();
  clear(el);
  append(el, content);
  el.hidden = false;
  const pad = 14;
  const { innerWidth, innerHeight } = window;
  const rect = el.getBoundingClientRect();
  let x = event.clientX + pad;
  let y = event.clientY + pad;
  if (x + rect.width > innerWidth - 8) x = event.clientX - rect.width - pad;
  if (y + rect.height > innerHeight - 8) y = event.clientY - rect.height - pad;
  el.style.left = `${Math.max(8, x)}px`;
  el.style.top = `${Math.max(8, y)}px`;
}

export function hideTooltip(): void {
  tip().hidden = true;
}

/** Shows `content()` while the pointer is over `el`. */
export function withTooltip(el: Element, content: () => (Node | string)[]): void {
  el.addEventListener("mousemove", (e) => showTooltip(e as MouseEvent, ...content()));
  el.addEventListener("mouseleave", hideTooltip);
}
