import { h } from "./dom";

/** The banner under the header (reconnecting…, reconnected) and navigation between views. */
export const banner = h("div", { class: "banner", role: "status", "aria-live": "polite", hidden: true });

export function showBanner(text: string | null, kind: "warn" | "ok" = "warn"): void {
  banner.hidden = text === null;
  banner.className = `banner ${kind}`;
  banner.textContent = text ?? "";
}

let rerender: () => void = () => {};
export function onNavigate(render: () => void): void {
  rerender = render;
}

export function navigate(hash: string): void {
  if (location.hash === hash) rerender();
  else location.hash = hash;
}
