import { api, ApiError } from "../api";
import { clear, field, h } from "../dom";
import { t } from "../i18n";
import { session } from "../session";
import { navigate } from "../shell";

export function renderSignIn(main: HTMLElement): void {
  if (session.user) {
    const user = session.user;
    clear(main, h("section", { class: "card narrow" },
      h("h1", null, t("signIn")),
      h("p", null, `${t("signedInAs")} `, h("strong", null, user.displayName ?? user.userName), ` (${user.role})`),
      h("button", { type: "button", onclick: async () => { await api.logout().catch(() => {}); session.user = null; navigate("#/signin"); } }, t("signOut"))));
    return;
  }

  const name = h("input", { name: "userName", autocomplete: "username", required: true, autocapitalize: "off" });
  const password = h("input", { name: "password", type: "password", autocomplete: "current-password", required: true });
  const error = h("p", { class: "error", role: "alert", hidden: true });
  const submit = h("button", { type: "submit" }, t("signIn"));
  const form = h("form", { class: "card narrow", id: "signin" },
    h("h1", null, t("signIn")),
    h("p", { class: "muted" }, t("signInIntro")),
    field(t("userName"), name), field(t("password"), password), error, submit);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    error.hidden = true;
    submit.disabled = true;
    try {
      session.user = await api.login(name.value.trim(), password.value);
      navigate(session.user.role === "coach" ? "#/review" : "#/live");
    } catch (ex) {
      error.textContent = ex instanceof ApiError && ex.status === 429 ? t("signInTooMany") : ex instanceof ApiError && ex.status === 401 ? t("signInFailed") : `${t("error")}: ${(ex as Error).message}`;
      error.hidden = false;
      password.select();
    } finally {
      submit.disabled = false;
    }
  });
  clear(main, form);
  name.focus();
}
