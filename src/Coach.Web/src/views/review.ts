import { api, type Call, type Utterance } from "../api";
import { bars, ratioBar, spinStrip } from "../charts";
import { append, clear, field, h } from "../dom";
import { labelName, t } from "../i18n";
import { canCorrect, session } from "../session";
import { LABELS, TASKS, tags } from "../tags";
import { explainOnHover } from "../evidence";

const LABEL_FILTERS = ["unhandled", "unhandled.price", "unhandled.competitor", "unhandled.timing", "unhandled.authority", "missed.signal",
  "objection.price", "objection.competitor", "signal.price_inquiry", "signal.next_step", "need.latent", "close.assumptive"];
const filters = { label: "", rep: "", q: "", from: "", to: "" };

export function renderReview(main: HTMLElement, callId?: string): void {
  if (callId) void renderCall(main, callId);
  else renderList(main);
}

/** The list's tags come as one space-separated string. */
const tagList = (tags: string | string[] | null | undefined): string[] =>
  Array.isArray(tags) ? tags : (tags ?? "").split(/\s+/).filter(Boolean);

function renderList(main: HTMLElement): void {
  const label = h("select", { name: "label" }, h("option", { value: "" }, t("anyLabel")), LABEL_FILTERS.map((l) => h("option", { value: l }, l)));
  label.value = filters.label;
  const rep = h("input", { name: "rep", value: filters.rep });
  const q = h("input", { name: "q", type: "search", value: filters.q });
  const from = h("input", { name: "from", type: "date", value: filters.from });
  const to = h("input", { name: "to", type: "date", value: filters.to });
  const list = h("div", { class: "call-list", id: "call-list" }, t("loading"));
  const form = h("form", { class: "filters row" }, field(t("filterLabel"), label), field(t("filterRep"), rep), field(t("filterText"), q),
    field(t("from"), from), field(t("to"), to), h("button", { type: "submit" }, t("search")));
  const load = async () => {
    Object.assign(filters, { label: label.value, rep: rep.value.trim(), q: q.value.trim(), from: from.value, to: to.value });
    try {
      const calls = await api.calls({ ...filters, from: filters.from ? `${filters.from}T00:00:00Z` : "", to: filters.to ? `${filters.to}T23:59:59Z` : "" });
      clear(list, calls.length ? h("ul", { class: "calls" }, calls.map((c) => h("li", null,
        h("a", { href: `#/review/${encodeURIComponent(c.callId)}`, class: "call-link", "data-call": c.callId },
          h("strong", null, c.title || c.callId),
          h("span", { class: "muted small" }, ` ${c.owner} · ${new Date(c.startedAt).toLocaleString()} · ${c.lines} ${t("lines")} · ${c.source}`)),
        h("span", { class: "chips" }, tagList(c.tags).slice(0, 8).map((tag) => h("span", { class: "chip" }, tag)))))) : h("p", { class: "muted" }, t("noCalls")));
    } catch (ex) {
      clear(list, h("p", { class: "error" }, (ex as Error).message));
    }
  };
  form.addEventListener("submit", (e) => { e.preventDefault(); void load(); });
  clear(main, h("section", { class: "card", "data-view": "review" }, h("h1", null, t("calls")), form, list));
  void load();
}

async function renderCall(main: HTMLElement, callId: string): Promise<void> {
  clear(main, h("p", null, t("loading")));
  let call: Call;
  try { call = await api.call(callId); } catch (ex) {
    clear(main, h("p", null, h("a", { href: "#/review" }, t("back"))), h("p", { class: "error" }, (ex as Error).message));
    return;
  }
  const sc = call.scorecard;
  const scrollTo = (seq: number) => {
    const el = document.getElementById(`line-${seq}`);
    el?.scrollIntoView({ behavior: "smooth", block: "center" });
    el?.classList.add("flash");
    setTimeout(() => el?.classList.remove("flash"), 1500);
    el?.focus({ preventScroll: true });
  };
  const spinCells = call.utterances.filter((u) => u.speaker === "rep").map((u) => ({ seq: u.seq, spin: u.labels.spin ?? "not_question" }));
  const summary = h("div", { id: "summary" }, call.digest?.text ?? t("loadingSummary"));
  const transcript = h("ol", { class: "transcript review", id: "transcript" }, call.utterances.map((u) => reviewLine(call.callId, u)));

  clear(main, h("div", { class: "review-call", "data-view": "review-call" },
    h("p", null, h("a", { href: "#/review" }, t("back"))),
    h("h1", null, call.title || call.callId),
    h("p", { class: "muted" }, `${call.owner} · ${new Date(call.startedAt).toLocaleString()} · ${call.source} · ${call.lang ?? ""}`),
    h("div", { class: "review-grid" },
      h("section", { class: "card", id: "scorecard" }, h("h2", null, t("scorecard")),
        h("dl", { class: "facts" },
          h("dt", null, t("stage")), h("dd", { id: "stage" }, labelName(sc.stage)),
          h("dt", null, t("unhandled")), h("dd", null, sc.unhandledObjections.length ? sc.unhandledObjections.map((o) => {
            const [kind, seq] = o.split("@");
            return h("button", { type: "button", class: "tag tag-objection", onclick: () => scrollTo(Number(seq)) }, `${labelName(`objection.${kind}`)} #${seq}`);
          }) : t("none")),
          h("dt", null, t("signalsCaught")), h("dd", null, String(sc.signalsCaught)),
          h("dt", null, t("signalsMissed")), h("dd", null, String(sc.signalsMissed)),
          h("dt", null, t("longestMonologue")), h("dd", null, String(sc.longestRepMonologue))),
        h("div", { class: "charts" },
          ratioBar(t("talkRatio"), sc.talkRatio, t("rep"), t("customer")),
          bars(t("spinQuestions"), ["situation", "problem", "implication", "need_payoff", "other_question"]
            .map((k) => [labelName(`spin.${k}`), sc.questionsBySpinType[k] ?? 0, `spin-${k}`] as [string, number, string])),
          bars(t("objections"), [[t("raised"), sc.objectionsRaised, "raised"], [t("handled"), sc.objectionsHandled, "handled"]]),
          spinStrip(t("spinStrip"), spinCells, scrollTo))),
      h("section", { class: "card" }, h("h2", null, t("coachingPoints")),
        h("ol", { class: "points", id: "coaching-points" }, call.coachingPoints.map((p) => h("li", { "data-kind": p.kind },
          h("strong", null, p.title), h("p", null, p.detail),
          h("p", { class: "small" }, p.seqs.map((seq) => h("button", { type: "button", class: "link", onclick: () => scrollTo(seq) }, `${t("line")} #${seq}`)))))),
        h("h2", null, t("summary")), summary)),
    h("section", { class: "card" }, h("h2", null, t("transcript")), transcript)));

  try { summary.textContent = (await api.summary(call.callId)).text; } catch { /* the digest stays */ }
}

function reviewLine(callId: string, u: Utterance): HTMLLIElement {
  const li = h("li", { class: `line ${u.speaker}`, id: `line-${u.seq}`, "data-seq": u.seq, tabindex: "-1" });
  const comments = h("ul", { class: "comments" }, (u.comments ?? []).map((c) => h("li", null, h("strong", null, c.author), `: ${c.text}`)));
  const commentInput = h("input", { name: "comment", placeholder: t("commentPlaceholder") });
  const commentForm = h("form", { class: "comment-form row", hidden: true }, field(t("addComment"), commentInput), h("button", { type: "submit", class: "secondary" }, t("post")));
  commentForm.addEventListener("submit", async (e) => {
    e.preventDefault();
    const text = commentInput.value.trim();
    if (!text) return;
    const c = await api.comment(callId, u.seq, text);
    comments.append(h("li", null, h("strong", null, c.author), `: ${c.text}`));
    commentInput.value = "";
  });

  const editor = h("form", { class: "correct-form row", hidden: true });
  const selects = (TASKS[u.speaker] ?? []).map((task) => {
    const select = h("select", { name: task, "data-task": task }, LABELS[task].map((l) => h("option", { value: l }, `${l}`)));
    select.value = u.labels[task] ?? "none";
    return field(labelName(task), select);
  });
  editor.append(...selects, h("button", { type: "submit" }, t("saveLabels")),
    h("button", { type: "button", class: "secondary", onclick: () => { editor.hidden = true; } }, t("cancel")));
  editor.addEventListener("submit", async (e) => {
    e.preventDefault();
    const changed: Record<string, string> = {};
    editor.querySelectorAll("select").forEach((s) => { if (s.value !== u.labels[s.name]) changed[s.name] = s.value; });
    if (Object.keys(changed).length === 0) { editor.hidden = true; return; }
    try {
      const updated = await api.correct(callId, u.seq, changed);
      li.replaceWith(reviewLine(callId, { ...u, ...updated, comments: updated.comments ?? u.comments }));
    } catch (ex) {
      editor.append(h("p", { class: "error" }, (ex as Error).message));
    }
  });

  const corrected = (u.corrections ?? []).length > 0;
  const textEl = h("span", { class: "text" }, u.text);
  const advice = (u.suggestions ?? []).length === 0 ? null : h("ul", { class: "given-advice small" }, (u.suggestions ?? []).map((s) => {
    const verdicts = (u.feedback ?? []).filter((f) => f.suggestionId === s.id);
    return h("li", { "data-kind": s.kind }, "▸ ", h("strong", null, s.title),
      verdicts.length ? h("span", { class: `verdict verdict-${verdicts[0].verdict}` }, ` — ${verdicts.map((f) => `${f.author}: ${t(`verdict_${f.verdict}` as "verdict_used")}`).join(", ")}`) : null);
  }));
  append(li, [
    h("span", { class: "seq muted small" }, `#${u.seq}`),
    h("span", { class: "who" }, u.name ?? t(u.speaker === "rep" ? "rep" : "customer")),
    textEl,
    tags(u.speaker, u.labels, u.modelLabels),
    corrected ? h("span", { class: "corrected-note small" }, `${t("corrected")} (${t("modelSaid")}: ${Object.entries(u.modelLabels ?? {})
      .filter(([k, v]) => u.labels[k] !== v).map(([k, v]) => `${labelName(k)} ${labelName(`${k}.${v}`)}`).join(", ")})`) : null,
    h("div", { class: "line-tools" },
      h("div", { class: "toggles" },
        canCorrect(session.user) ? h("button", { type: "button", class: "link correct-toggle", onclick: () => { editor.hidden = !editor.hidden; } }, t("correct")) : null,
        h("button", { type: "button", class: "link comment-toggle", onclick: () => { commentForm.hidden = !commentForm.hidden; if (!commentForm.hidden) commentInput.focus(); } }, t("addComment"))),
      editor, comments, commentForm),
    advice]);
  explainOnHover(li, textEl, u.text, () => api.evidence(callId, u.seq));
  return li;
}
