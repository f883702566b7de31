import { HubConnection, HubConnectionBuilder, HubConnectionState, LogLevel } from "@microsoft/signalr";
import { api, type Labels, type LabelEvidence, type Scorecard, type Suggestion } from "../api";
import { clear, field, h } from "../dom";
import { labelName, lang, t } from "../i18n";
import { DEMO_EN, DEMO_ZH, parseTranscript, type DemoLine } from "../demo";
import { showBanner } from "../shell";
import { tags } from "../tags";
import { explainOnHover } from "../evidence";
import { suggestionCard } from "./suggestion";

interface Line { seq: number; speaker: string; text: string; name?: string; labels?: Labels; acked: boolean; error?: string }

/** The live call survives re-rendering (language switch, leaving and coming back to the view). */
const call = {
  id: null as string | null, title: "", lang: "auto", ended: false,
  lines: [] as Line[], suggestions: [] as Suggestion[], scorecard: null as Scorecard | null,
  speaker: "customer" as "customer" | "rep", replaying: false, pasteOpen: false,
};
let connection: HubConnection | null = null;
const view = {
  transcript: null as HTMLOListElement | null, suggestions: null as HTMLElement | null,
  state: null as HTMLElement | null, controls: null as HTMLElement | null,
};

async function connect(): Promise<HubConnection> {
  if (connection && connection.state === HubConnectionState.Connected) return connection;
  if (!connection) {
    connection = new HubConnectionBuilder().withUrl("/hubs/coach").withAutomaticReconnect([0, 1000, 2000, 5000, 10000, 10000, 30000])
      .configureLogging(LogLevel.Warning).build();
    connection.on("Suggestion", (s: Suggestion) => {
      if (s.callId !== call.id || call.suggestions.some((x) => x.id === s.id && x.seq === s.seq)) return;
      call.suggestions.push(s);
      view.suggestions?.querySelector(".empty")?.remove();
      view.suggestions?.prepend(suggestionCard(s));
    });
    connection.on("UtteranceLabeled", (m: { callId: string; seq: number; labels: Labels }) => {
      const line = call.lines.find((l) => l.seq === m.seq);
      if (m.callId === call.id && line && !line.acked) acknowledge(line, m.labels);
    });
    connection.onreconnecting(() => showBanner(t("reconnecting")));
    connection.onreconnected(async () => {
      if (call.id && !call.ended) {
        await connection!.invoke("StartCall", { callId: call.id, title: call.title, lang: call.lang });
        for (const line of call.lines.filter((l) => !l.acked)) void sendLine(line);
      }
      showBanner(t("reconnected"), "ok");
      setTimeout(() => showBanner(null), 4000);
    });
    connection.onclose(() => showBanner(t("disconnected")));
  }
  if (connection.state === HubConnectionState.Disconnected) await connection.start();
  return connection;
}

async function startCall(title: string, callLang: string): Promise<void> {
  const hub = await connect();
  const result = await hub.invoke<{ callId: string }>("StartCall", { title: title || undefined, lang: callLang });
  Object.assign(call, { id: result.callId, title, lang: callLang, ended: false, lines: [], suggestions: [], scorecard: null });
  renderAll();
}

async function endCall(): Promise<void> {
  if (!call.id) return;
  call.replaying = false;
  call.scorecard = await (await connect()).invoke<Scorecard>("EndCall", call.id);
  call.ended = true;
  renderAll();
}

function acknowledge(line: Line, labels: Labels): void {
  line.labels = labels;
  line.acked = true;
  line.error = undefined;
  const el = view.transcript?.querySelector(`[data-seq="${line.seq}"]`);
  el?.replaceWith(lineItem(line));
}

async function sendLine(line: Line): Promise<void> {
  try {
    const hub = await connect();
    const ack = await hub.invoke<{ seq: number; labels: Labels; text?: string }>("SendUtterance",
      { callId: call.id, seq: line.seq, speaker: line.speaker, text: line.text, name: line.name });
    // The service masks personal data (phone numbers, e-mail…): show the line as it was kept.
    line.text = ack.text ?? line.text;
    acknowledge(line, ack.labels);
    void refreshState();
  } catch (ex) {
    // Not connected: it stays unacknowledged and is resent on reconnect. Refused by the service: say why.
    if (connection?.state === HubConnectionState.Connected) {
      line.error = (ex as Error).message.replace(/^.*HubException: /, "");
      view.transcript?.querySelector(`[data-seq="${line.seq}"]`)?.replaceWith(lineItem(line));
    }
  }
}

async function say(speaker: string, text: string, name?: string): Promise<void> {
  if (!call.id || call.ended || !text.trim()) return;
  const line: Line = { seq: call.lines.length + 1, speaker, text: text.trim(), name, acked: false };
  call.lines.push(line);
  view.transcript?.querySelector(".empty")?.remove();
  view.transcript?.append(lineItem(line));
  view.transcript?.lastElementChild?.scrollIntoView({ block: "nearest" });
  await sendLine(line);
}

async function refreshState(): Promise<void> {
  if (!call.id) return;
  try {
    call.scorecard = (await api.call(call.id)).scorecard;
    renderState();
  } catch { /* the state panel keeps what it had */ }
}

async function replay(script: DemoLine[], scriptLang: string): Promise<void> {
  if (!call.id || call.ended) await startCall(scriptLang === "zh" ? "演示通话" : "Demo call", scriptLang);
  call.replaying = true;
  renderControls();
  for (const [speaker, text] of script) {
    if (!call.replaying) break;
    await say(speaker, text);
    await new Promise((r) => setTimeout(r, 2500));
  }
  call.replaying = false;
  renderControls();
}

function lineItem(line: Line): HTMLLIElement {
  const textEl = h("span", { class: "text" }, line.text);
  const li = h("li", { class: `line ${line.speaker}${line.acked ? "" : " pending"}`, "data-seq": line.seq, "data-speaker": line.speaker },
    h("span", { class: "who" }, line.name ?? t(line.speaker === "rep" ? "rep" : "customer")),
    textEl,
    line.acked && line.labels ? tags(line.speaker, line.labels) : h("span", { class: "muted small" }, line.error ?? t("sending")));
  if (line.acked && call.id) {
    const callId = call.id;
    explainOnHover(li, textEl, line.text, async () => (await connect()).invoke<LabelEvidence[]>("ExplainLine", callId, line.seq));
  }
  return li;
}

function renderControls(): void {
  const box = view.controls;
  if (!box) return;
  const title = h("input", { name: "title", value: call.title, placeholder: t("callTitle") });
  const langSelect = h("select", { name: "lang" },
    h("option", { value: "auto" }, t("auto")), h("option", { value: "zh" }, t("chinese")), h("option", { value: "en" }, t("english")));
  langSelect.value = call.lang;
  const start = h("form", { class: "row", id: "start-call" }, field(t("callTitle"), title), field(t("callLang"), langSelect),
    h("button", { type: "submit" }, t("startCall")));
  start.addEventListener("submit", (e) => { e.preventDefault(); void startCall(title.value.trim(), langSelect.value); });

  const active = call.id !== null && !call.ended;
  const speakerToggle = h("div", { class: "toggle", role: "group", "aria-label": t("speaker") },
    (["customer", "rep"] as const).map((s) => h("button", {
      type: "button", "aria-pressed": String(call.speaker === s), "data-speaker": s,
      onclick: () => { call.speaker = s; speakerToggle.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.speaker === s))); input.focus(); },
    }, t(s))));
  const input = h("input", { name: "line", id: "line-input", placeholder: t("lineHint"), autocomplete: "off", disabled: !active });
  const composer = h("form", { class: "composer", id: "composer" }, speakerToggle, field(t("lineText"), input),
    h("button", { type: "submit", disabled: !active }, t("send")));
  composer.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value;
    input.value = "";
    void say(call.speaker, text);
  });

  const paste = h("textarea", { name: "transcript", rows: 4, placeholder: t("pasteHint") });
  const repName = h("select", { name: "repName" });
  paste.addEventListener("input", () => {
    const names = [...new Set(parseTranscript(paste.value).map(([n]) => n))];
    const was = repName.value;
    clear(repName, names.map((n) => h("option", { value: n }, n)));
    if (names.includes(was)) repName.value = was;
  });
  const pasteForm = h("details", { class: "paste", open: call.pasteOpen, ontoggle: () => { call.pasteOpen = pasteForm.open; } }, h("summary", null, t("paste")),
    h("form", { onsubmit: async (e: Event) => {
      e.preventDefault();
      for (const [name, text] of parseTranscript(paste.value)) await say(name === repName.value ? "rep" : "customer", text, name);
    } }, field(t("paste"), paste), field(t("repName"), repName), h("button", { type: "submit", disabled: !active }, t("sendLines"))));

  const demo = h("div", { class: "row" },
    call.replaying
      ? h("button", { type: "button", class: "secondary", onclick: () => { call.replaying = false; } }, t("stop"))
      : [h("button", { type: "button", class: "secondary", id: "replay-zh", onclick: () => void replay(DEMO_ZH, "zh") }, t("replayZh")),
         h("button", { type: "button", class: "secondary", id: "replay-en", onclick: () => void replay(DEMO_EN, "en") }, t("replayEn"))],
    active ? h("button", { type: "button", class: "danger", onclick: () => void endCall() }, t("endCall")) : null);

  clear(box, active ? h("p", { class: "callid" }, `${t("callStarted")}: `, h("strong", null, call.title || call.id!)) : start,
    composer, pasteForm, demo);
  if (active) input.focus();
}

function renderState(): void {
  const box = view.state;
  if (!box) return;
  const sc = call.scorecard;
  clear(box, h("h2", null, t("callState")),
    h("dl", { class: "facts" },
      h("dt", null, t("stage")), h("dd", { id: "stage" }, sc ? labelName(sc.stage) : "–"),
      h("dt", null, t("unhandled")), h("dd", null, sc && sc.unhandledObjections.length
        ? sc.unhandledObjections.map((o) => h("span", { class: "tag tag-objection" }, labelName(`objection.${o.split("@")[0]}`), ` #${o.split("@")[1]}`))
        : t("none")),
      h("dt", null, t("signalsMissed")), h("dd", null, String(sc?.signalsMissed ?? 0))),
    call.ended && call.id ? h("p", null, t("ended"), " ", h("a", { href: `#/review/${encodeURIComponent(call.id)}` }, t("navReview"))) : null);
}

function renderAll(): void {
  renderControls();
  if (view.transcript) {
    clear(view.transcript, call.lines.length ? call.lines.map(lineItem) : h("li", { class: "empty muted" }, t("noCall")));
  }
  if (view.suggestions) {
    clear(view.suggestions, call.suggestions.length ? [...call.suggestions].reverse().map(suggestionCard) : h("p", { class: "empty muted" }, t("noSuggestions")));
  }
  renderState();
}

export function renderLive(main: HTMLElement): void {
  view.controls = h("div", { class: "controls" });
  view.transcript = h("ol", { class: "transcript", id: "transcript", "aria-live": "polite" });
  view.suggestions = h("div", { class: "suggestions", id: "suggestions", "aria-live": "polite" });
  view.state = h("section", { class: "card state", id: "call-state" });
  clear(main, h("div", { class: "live", "data-view": "live", lang: lang() === "zh" ? "zh-CN" : "en" },
    h("section", { class: "card call" }, h("h1", null, t("navLive")), view.controls,
      h("h2", null, t("transcript")), view.transcript),
    h("aside", { class: "side" }, view.state, h("section", { class: "card" }, h("h2", null, t("suggestions")), view.suggestions))));
  renderAll();
}
