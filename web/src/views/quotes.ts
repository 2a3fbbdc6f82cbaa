export async function quotesView(root: HTMLElement, _params: URLSearchParams): Promise<void> {
  root.textContent = "quotes";
}
