// Two bar charts as plain SVG: a few bars need no charting library (issue 21 allows it), and the
// page stays small and prints sharp.
import type { Status } from "../types";

export const STATUS_COLOR: Readonly<Record<Status, string>> = {
  pass: "#2e7d32",
  fail: "#c62828",
  pending: "#b7791f",
  "insufficient-data": "#6b4fa0",
  info: "#2b6cb0",
  "not-applicable": "#8a949e",
};

const SVG = "http://www.w3.org/2000/svg";

function el(name: string, attributes: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
  if (text !== undefined) node.textContent = text;
  return node;
}

export interface Bar {
  label: string;
  /** Stacked parts, left to right. */
  parts: { status: Status; value: number; title: string }[];
}

/**
 * Horizontal stacked bars, one per label, scaled to the largest total; each part's count is
 * written inside it where it fits, and every part has a tooltip.
 *
 * @example barChart([{ label: "达标", parts: [{ status: "pass", value: 3, title: "达标 3" }] }])
 */
export function barChart(bars: readonly Bar[], labelWidth = 150): SVGSVGElement {
  const rowHeight = 22;
  const width = 560;
  const plot = width - labelWidth - 40;
  const max = Math.max(1, ...bars.map((b) => b.parts.reduce((n, p) => n + p.value, 0)));
  const svg = el("svg", { viewBox: `0 0 ${width} ${Math.max(rowHeight, bars.length * rowHeight) + 4}`, width: "100%", role: "img" }) as SVGSVGElement;
  bars.forEach((bar, i) => {
    const y = i * rowHeight + 2;
    const label = el("text", { x: labelWidth - 6, y: y + 14, "text-anchor": "end" }, bar.label.length > 14 ? `${bar.label.slice(0, 13)}…` : bar.label);
    label.appendChild(el("title", {}, bar.label));
    svg.appendChild(label);
    let x = labelWidth;
    let total = 0;
    for (const part of bar.parts) {
      if (part.value === 0) continue;
      const w = (part.value / max) * plot;
      const rect = el("rect", { x, y, width: Math.max(w, 1), height: rowHeight - 6, fill: STATUS_COLOR[part.status] });
      rect.appendChild(el("title", {}, part.title));
      svg.appendChild(rect);
      if (w > 18) svg.appendChild(el("text", { x: x + w / 2, y: y + 13, "text-anchor": "middle", class: "in" }, String(part.value)));
      x += w;
      total += part.value;
    }
    svg.appendChild(el("text", { x: x + 4, y: y + 14 }, String(total)));
  });
  return svg;
}
