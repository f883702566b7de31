import { api, type Snippet } from "../api";
import { clear, field, h } from "../dom";
import { labelName, t } from "../i18n";
import { isAdmin, session } from "../session";
import { LABELS } from "../tags";

const SITUATIONS = [
  ...Object.entries(LABELS).flatMap(([task, labels]) => labels.filter((l) => l !== "none" && l !== "not_question").map((l) => `${task}.${l}`)),
  "role.decision_maker", "role.gatekeeper", "role.user", "role.influencer",
  "stage.opening", "stage.discovery", "stage.presentation", "stage.follow_up",
];
const state = { q: "", lang: "", situation: "" };

export function renderPlaybook(main: HTMLElement): void {
  const q = h("input", { name: "q", type: "search", value: state.q, placeholder: "客户嫌贵 / they say we are too expensive" });
  const langSel = h("select", { name: "lang" }, h("option", { value: "" }, t("anyLang")), h("option", { value: "zh" }, t("chinese")), h("option", { value: "en" }, t("english")));
  langSel.value = state.lang;
  const situation = h("select", { name: "situation" }, h("option", { value: "" }, t("anySituation")), SITUATIONS.map((s) => h("option", { value: s }, s)));
  situation.value = state.situation;
  const results = h("div", { id: "results", "aria-live": "polite" });
  const editorBox = h("div");
  const form = h("form", { class: "filters row", role: "search" }, field(t("query"), q), field(t("lang"), langSel), field(t("situation"), situation),
    h("button", { type: "submit" }, t("search")));
  const search = async () => {
    Object.assign(state, { q: q.value.trim(), lang: langSel.value, situation: situation.value });
    if (!state.q && !state.situation) { clear(results); return; }
    clear(results, h("p", { class: "muted" }, t("loading")));
    try {
      const hits = await api.search(state.q, state.lang || undefined, state.situation || undefined, 8);
      clear(results, hits.length ? h("ul", { class: "results" }, hits.map((s) => result(s, editorBox, search))) : h("p", { class: "muted" }, t("noResults")));
    } catch (ex) {
      clear(results, h("p", { class: "error" }, (ex as Error).message));
    }
  };
  form.addEventListener("submit", (e) => { e.preventDefault(); void search(); });
  clear(main, h("section", { class: "card", "data-view": "playbook" }, h("h1", null, t("playbookSearch")), form,
    isAdmin(session.user) ? h("button", { type: "button", class: "secondary", onclick: () => editor(editorBox, null, search) }, t("newSnippet")) : null,
    editorBox, results));
  q.focus();
  if (state.q || state.situation) void search();
}

function result(s: Snippet, editorBox: HTMLElement, refresh: () => Promise<void>): HTMLElement {
  return h("li", { class: "result", "data-id": s.id, lang: s.lang === "zh" ? "zh-CN" : "en" },
    h("h3", null, s.title, h("span", { class: "muted small" }, ` ${s.lang}`)),
    h("div", { class: "chips" }, s.situations.map((x) => h("span", { class: "chip", title: x }, labelName(x) === x.split(".").pop() ? x : `${x} · ${labelName(x)}`))),
    h("p", { class: "snippet-body" }, s.text),
    isAdmin(session.user) ? h("div", { class: "row" },
      h("button", { type: "button", class: "secondary", onclick: async () => editor(editorBox, await api.snippet(s.id), refresh) }, t("edit")),
      h("button", { type: "button", class: "danger", onclick: async () => {
        if (!confirm(t("confirmDelete"))) return;
        await api.deleteSnippet(s.id);
        await refresh();
      } }, t("del"))) : null);
}

function editor(box: HTMLElement, snippet: Snippet | null, refresh: () => Promise<void>): void {
  const id = h("input", { name: "id", value: snippet?.id ?? "", required: true, readonly: snippet !== null });
  const title = h("input", { name: "title", value: snippet?.title ?? "", required: true });
  const langSel = h("select", { name: "lang" }, h("option", { value: "zh" }, "zh"), h("option", { value: "en" }, "en"));
  langSel.value = snippet?.lang ?? "zh";
  const situations = h("input", { name: "situations", value: snippet?.situations.join(", ") ?? "" });
  const keywords = h("input", { name: "keywords", value: snippet?.keywords?.join(", ") ?? "" });
  const stage = h("input", { name: "stage", value: snippet?.stage ?? "" });
  const role = h("input", { name: "role", value: snippet?.role ?? "" });
  const text = h("textarea", { name: "text", rows: 6, required: true });
  text.value = snippet?.text ?? "";
  const message = h("p", { role: "status" });
  const list = (v: string) => v.split(/[,，]/).map((x) => x.trim()).filter(Boolean);
  const form = h("form", { class: "card editor" }, h("h2", null, snippet ? t("edit") : t("newSnippet")),
    field(t("id"), id), field(t("title"), title), field(t("lang"), langSel), field(t("situations"), situations), field(t("keywords"), keywords),
    field(t("stageField"), stage), field(t("roleField"), role), field(t("text"), text), message,
    h("div", { class: "row" }, h("button", { type: "submit" }, t("save")), h("button", { type: "button", class: "secondary", onclick: () => clear(box) }, t("cancel"))));
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const body: Snippet = { id: id.value.trim(), title: title.value.trim(), lang: langSel.value, situations: list(situations.value),
      keywords: list(keywords.value), stage: stage.value.trim() || null, role: role.value.trim() || null, text: text.value.trim() };
    try {
      await (snippet ? api.updateSnippet(body) : api.addSnippet(body));
      message.className = "ok";
      message.textContent = t("saved");
      await refresh();
    } catch (ex) {
      message.className = "error";
      message.textContent = (ex as Error).message;
    }
  });
  clear(box, form);
}
