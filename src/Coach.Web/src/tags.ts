import { h } from "./dom";
import { labelName } from "./i18n";
import type { Labels } from "./api";

/** Which tasks apply to which speaker (docs/labels.md), in display order. */
export const TASKS: Record<string, string[]> = { customer: ["need", "signal", "objection"], rep: ["spin", "close"] };
export const LABELS: Record<string, string[]> = {
  need: ["explicit", "latent", "false", "none"],
  signal: ["price_inquiry", "timeline", "implementation", "next_step", "trial", "reference", "none"],
  objection: ["price", "timing", "authority", "need", "trust", "competitor", "feature", "none"],
  spin: ["situation", "problem", "implication", "need_payoff", "other_question", "not_question"],
  close: ["bandwagon", "urgency", "alternative", "assumptive", "none"],
};
const SILENT = new Set(["none", "not_question"]);

/** Coloured tags for a line's labels, skipping none/not_question; corrected ones say so. */
export function tags(speaker: string, labels: Labels, modelLabels?: Labels | null): HTMLElement {
  const box = h("span", { class: "tags" });
  for (const task of TASKS[speaker] ?? Object.keys(labels)) {
    const label = labels[task];
    if (!label || SILENT.has(label)) continue;
    const corrected = modelLabels != null && modelLabels[task] !== undefined && modelLabels[task] !== label;
    box.append(h("span", {
      class: `tag tag-${task}${corrected ? " corrected" : ""}`,
      "data-task": task, "data-label": label,
      title: corrected ? `${task}: ${modelLabels![task]} → ${label}` : `${task}.${label}`,
    }, `${labelName(task)}·${labelName(`${task}.${label}`)}`, corrected ? " ✎" : ""));
  }
  return box;
}
