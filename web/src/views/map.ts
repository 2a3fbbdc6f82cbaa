export async function mapView(root: HTMLElement, _params: URLSearchParams): Promise<void> {
  root.textContent = "map";
}
