import "./style.css";
import { api } from "./api";
import { clear, h } from "./dom";
import { lang, onLangChange, setLang, t } from "./i18n";
import { session } from "./session";
import { banner, navigate, onNavigate } from "./shell";
import { renderSignIn } from "./views/signin";
import { renderLive } from "./views/live";
import { renderReview } from "./views/review";
import { renderPlaybook } from "./views/playbook";

const root = document.getElementById("app")!;
const header = h("header", { class: "top" });
const main = h("main", { id: "main", tabindex: "-1" });
root.append(header, banner, main);

function route(): string[] {
  return location.hash.replace(/^#\/?/, "").split("/").filter(Boolean).map(decodeURIComponent);
}

function renderHeader(): void {
  const [view] = route();
  const user = session.user;
  const link = (hash: string, key: "navLive" | "navReview" | "navPlaybook", name: string) =>
    h("a", { href: hash, class: "nav", "aria-current": view === name ? "page" : undefined }, t(key));
  clear(header,
    h("a", { class: "brand", href: "#/" }, t("appName")),
    h("nav", { "aria-label": "main" },
      user && user.role !== "coach" ? link("#/live", "navLive", "live") : null,
      user ? link("#/review", "navReview", "review") : null,
      link("#/playbook", "navPlaybook", "playbook")),
    h("div", { class: "who" },
      h("button", { type: "button", class: "lang-toggle", "aria-label": t("switchLangLabel"), onclick: () => setLang(lang() === "zh" ? "en" : "zh") }, t("switchLang")),
      user
        ? [h("span", { class: "user", "data-user": user.userName }, `${user.displayName ?? user.userName} (${user.role})`),
           h("button", { type: "button", class: "secondary", onclick: signOut }, t("signOut"))]
        : h("a", { href: "#/signin", class: "nav" }, t("signIn"))));
}

async function signOut(): Promise<void> {
  try { await api.logout(); } catch { /* signed out anyway */ }
  session.user = null;
  navigate("#/signin");
}

async function render(): Promise<void> {
  const [view, arg] = route();
  renderHeader();
  const user = session.user;
  if (view === "playbook") return renderPlaybook(main);
  if (!user || view === "signin") return renderSignIn(main);
  if (view === "review") return renderReview(main, arg);
  if (view === "live" || (!view && user.role !== "coach")) return renderLive(main);
  if (!view) return navigate("#/review");
  clear(main, h("p", null, "404"));
}

async function start(): Promise<void> {
  try { session.user = await api.me(); } catch { session.user = null; }
  window.addEventListener("hashchange", () => void render());
  onLangChange(() => void render());
  onNavigate(() => void render());
  await render();
}

void start();
