import { h, svg } from "./dom";
import { labelName } from "./i18n";

/** Horizontal bars drawn as SVG: [label, value, colour class]. */
export function bars(title: string, rows: [string, number, string][]): HTMLElement {
  const max = Math.max(1, ...rows.map((r) => r[1]));
  const rowH = 26, labelW = 130, barW = 170, height = rows.length * rowH + 4;
  const chart = svg("svg", { viewBox: `0 0 ${labelW + barW + 40} ${height}`, width: "100%", role: "img", "aria-label": title });
  rows.forEach(([label, value, cls], i) => {
    const y = i * rowH + 2;
    chart.append(
      svg("text", { x: 0, y: y + 16, class: "chart-label" }, label),
      svg("rect", { x: labelW, y: y + 3, width: Math.max(2, (value / max) * barW), height: 16, rx: 3, class: `bar ${cls}` }),
      svg("text", { x: labelW + (value / max) * barW + 6, y: y + 16, class: "chart-value" }, String(value)),
    );
  });
  return h("figure", { class: "chart" }, h("figcaption", null, title), chart);
}

/** The rep's share of talk as one split bar. */
export function ratioBar(title: string, repShare: number, repLabel: string, customerLabel: string): HTMLElement {
  const rep = Math.round(repShare * 100);
  return h("figure", { class: "chart" }, h("figcaption", null, title),
    h("div", { class: "ratio", role: "img", "aria-label": `${repLabel} ${rep}% : ${customerLabel} ${100 - rep}%` },
      h("span", { class: "ratio-rep", style: `width:${rep}%` }, `${repLabel} ${rep}%`),
      h("span", { class: "ratio-customer", style: `width:${100 - rep}%` }, `${customerLabel} ${100 - rep}%`)));
}

/** One cell per rep line, coloured by its SPIN type, across the call. */
export function spinStrip(title: string, cells: { seq: number; spin: string }[], onPick: (seq: number) => void): HTMLElement {
  const strip = h("div", { class: "strip" });
  for (const c of cells) {
    strip.append(h("button", {
      type: "button", class: `cell spin-${c.spin}`, title: `#${c.seq} ${labelName(`spin.${c.spin}`)}`,
      "aria-label": `#${c.seq} ${labelName(`spin.${c.spin}`)}`, onclick: () => onPick(c.seq),
    }));
  }
  const legend = h("div", { class: "legend" }, ["situation", "problem", "implication", "need_payoff", "other_question", "not_question"]
    .map((s) => h("span", null, h("i", { class: `cell spin-${s}` }), labelName(`spin.${s}`))));
  return h("figure", { class: "chart" }, h("figcaption", null, title), strip, legend);
}
