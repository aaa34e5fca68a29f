/** Where the history line goes inside the chart, and the numbers for its labels. */
export interface ChartGeometry {
  /** SVG path `M x y L x y …` in the chart's coordinates; empty with no points. */
  path: string;
  min: number;
  max: number;
  startMs: number;
  endMs: number;
}

/**
 * Scales history points into a `width` × `height` box (with `pad` pixels of margin): time left to right,
 * value bottom to top. A flat series is drawn in the middle instead of dividing by zero; non-finite values
 * are left out of the line (they are still in the data).
 */
export function chartGeometry(
  points: readonly { date: string; value: number }[],
  width: number,
  height: number,
  pad = 8,
): ChartGeometry {
  const usable = points
    .map((p) => ({ t: Date.parse(p.date), v: p.value }))
    .filter((p) => Number.isFinite(p.t) && Number.isFinite(p.v));
  if (usable.length === 0) return { path: '', min: 0, max: 0, startMs: 0, endMs: 0 };
  let min = Infinity;
  let max = -Infinity;
  for (const p of usable) {
    min = Math.min(min, p.v);
    max = Math.max(max, p.v);
  }
  const startMs = usable[0]!.t;
  const endMs = usable.at(-1)!.t;
  const w = width - 2 * pad;
  const h = height - 2 * pad;
  const x = (t: number) => pad + (endMs === startMs ? w / 2 : ((t - startMs) / (endMs - startMs)) * w);
  const y = (v: number) => pad + (max === min ? h / 2 : (1 - (v - min) / (max - min)) * h);
  const path = usable
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.t).toFixed(1)} ${y(p.v).toFixed(1)}`)
    .join(' ');
  return { path, min, max, startMs, endMs };
}
