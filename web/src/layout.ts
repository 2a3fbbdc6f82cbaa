/** Node positions for a small graph: a force layout (Fruchterman-Reingold), deterministic from a circle. */
export interface Positioned {
  id: string;
  x: number;
  y: number;
}

export function forceLayout(
  ids: string[],
  edges: { source: string; target: string; weight: number }[],
  width: number,
  height: number,
  iterations = 400,
): Map<string, Positioned> {
  const n = ids.length;
  const nodes = ids.map((id, i) => ({
    id,
    x: width / 2 + (Math.cos((2 * Math.PI * i) / n) * width) / 3,
    y: height / 2 + (Math.sin((2 * Math.PI * i) / n) * height) / 3,
    dx: 0,
    dy: 0,
  }));
  const index = new Map(nodes.map((node, i) => [node.id, i]));
  const k = Math.sqrt((width * height) / Math.max(n, 1)) * 0.75;
  let temperature = width / 8;
  for (let it = 0; it < iterations; it++) {
    for (const v of nodes) {
      v.dx = 0;
      v.dy = 0;
    }
    for (let i = 0; i < n; i++) {
      for (let j = i + 1; j < n; j++) {
        const [u, v] = [nodes[i], nodes[j]];
        const dx = u.x - v.x || 0.01;
        const dy = u.y - v.y || 0.01;
        const d2 = dx * dx + dy * dy;
        const force = (k * k) / d2;
        u.dx += dx * force;
        u.dy += dy * force;
        v.dx -= dx * force;
        v.dy -= dy * force;
      }
    }
    for (const e of edges) {
      const u = nodes[index.get(e.source) ?? -1];
      const v = nodes[index.get(e.target) ?? -1];
      if (!u || !v) continue;
      const dx = u.x - v.x;
      const dy = u.y - v.y;
      const d = Math.hypot(dx, dy) || 0.01;
      const force = ((d * d) / k) * Math.min(2, 1 + Math.log(e.weight) / 2);
      u.dx -= (dx / d) * force;
      u.dy -= (dy / d) * force;
      v.dx += (dx / d) * force;
      v.dy += (dy / d) * force;
    }
    for (const v of nodes) {
      // gravity keeps unconnected parts near the middle; the frame keeps everything on the page
      v.dx += (width / 2 - v.x) * 0.5;
      v.dy += (height / 2 - v.y) * 0.5;
      const d = Math.hypot(v.dx, v.dy) || 1;
      v.x = Math.min(width - 40, Math.max(40, v.x + (v.dx / d) * Math.min(d, temperature)));
      v.y = Math.min(height - 40, Math.max(30, v.y + (v.dy / d) * Math.min(d, temperature)));
    }
    temperature = Math.max(1, temperature * 0.985);
  }
  // fit into the frame with a margin
  const margin = 50;
  const xs = nodes.map((v) => v.x);
  const ys = nodes.map((v) => v.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const sx = (width - 2 * margin) / Math.max(maxX - minX, 1);
  const sy = (height - 2 * margin) / Math.max(maxY - minY, 1);
  return new Map(
    nodes.map((v) => [
      v.id,
      {
        id: v.id,
        x: n === 1 ? width / 2 : margin + (v.x - minX) * sx,
        y: n === 1 ? height / 2 : margin + (v.y - minY) * sy,
      },
    ]),
  );
}
