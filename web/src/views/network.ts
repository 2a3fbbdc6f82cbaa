export async function networkView(root: HTMLElement, _params: URLSearchParams): Promise<void> {
  root.textContent = "network";
}
