import { h } from "./dom";
import type { EvidenceSpan, LabelEvidence } from "./api";

/** The text with the spans behind one label marked. */
export function markSpans(textEl: HTMLElement, text: string, spans: EvidenceSpan[]): void {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    if (span.start < at || span.start + span.length > text.length) continue;
    parts.push(text.slice(at, span.start), h("mark", { class: "evidence" }, text.slice(span.start, span.start + span.length)));
    at = span.start + span.length;
  }
  parts.push(text.slice(at));
  textEl.replaceChildren(...parts);
}

/**
 * Pointing at a label's tag (hover or keyboard focus) marks the words of the line that drove that label; the
 * evidence is asked for once per line, when first needed, and the tag's tooltip names the model version.
 */
export function explainOnHover(lineEl: HTMLElement, textEl: HTMLElement, text: string, load: () => Promise<LabelEvidence[]>): void {
  let evidence: Promise<LabelEvidence[]> | null = null;
  const show = async (tag: HTMLElement) => {
    evidence ??= load();
    try {
      const found = (await evidence).find((e) => e.task === tag.dataset.task);
      if (!found) return;
      markSpans(textEl, text, found.spans);
      tag.dataset.model = found.modelVersion;
      if (!tag.title.includes("model")) tag.title = `${tag.title} · model ${found.modelVersion}`;
    } catch {
      evidence = null; // Evidence is a help, not a must: the line stays as it is.
    }
  };
  const hide = () => textEl.replaceChildren(text);
  lineEl.querySelectorAll<HTMLElement>(".tag").forEach((tag) => {
    tag.tabIndex = 0;
    tag.addEventListener("mouseenter", () => void show(tag));
    tag.addEventListener("focus", () => void show(tag));
    tag.addEventListener("mouseleave", hide);
    tag.addEventListener("blur", hide);
  });
}
