import { api, type Suggestion } from "../api";
import { h } from "../dom";
import { labelName, t } from "../i18n";

/** A suggestion card: title, kind, text and its playbook snippets, each opening its text in place. */
export function suggestionCard(s: Suggestion): HTMLElement {
  return h("article", { class: "suggestion", "data-kind": s.kind, "data-seq": s.seq },
    h("header", null, h("strong", null, s.title), h("span", { class: "chip" }, labelName(s.kind)), h("span", { class: "muted small" }, ` #${s.seq}`)),
    h("p", null, s.text),
    s.playbook?.length ? h("ul", { class: "snippets" }, s.playbook.map((p) => h("li", null, snippetToggle(p.id, p.title)))) : null);
}

export function snippetToggle(id: string, title: string): HTMLElement {
  const body = h("div", { class: "snippet-text", hidden: true });
  const button = h("button", { type: "button", class: "link", "aria-expanded": "false", "data-snippet": id }, title);
  button.addEventListener("click", async () => {
    const open = button.getAttribute("aria-expanded") === "true";
    button.setAttribute("aria-expanded", String(!open));
    body.hidden = open;
    if (!open && !body.textContent) {
      body.textContent = t("loading");
      try { body.textContent = (await api.snippet(id)).text; } catch (ex) { body.textContent = (ex as Error).message; }
    }
  });
  return h("div", null, button, body);
}
