export async function dyadView(root: HTMLElement, _params: URLSearchParams): Promise<void> {
  root.textContent = "dyad";
}
