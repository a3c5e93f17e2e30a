// ppsim serve --shared: signing in, workspaces, plans and their versions around the same page (app.js).
// Loaded after app.js and using its globals ($, api, lang, csrf, simulate, toForm, fmtPercent); the local
// server never calls these functions (its /api/me answers 404).
"use strict";
const shared = { me: null, workspace: null, role: null, plan: null, head: 0, invite: null };

function t(nl, en) {
  return lang === "en" ? en : nl;
}
// a role's name for people (the API's codes owner/editor/viewer are ids)
function roleName(code) {
  const names = { owner: ["eigenaar", "owner"], editor: ["bewerker", "editor"], viewer: ["lezer", "viewer"] };
  return names[code] ? t(names[code][0], names[code][1]) : code;
}
function sharedStatus(text) {
  $("shared-status").textContent = text;
}
async function errorText(response) {
  try {
    const body = await response.json();
    return body.error && body.error.message ? body.error.message : response.statusText;
  } catch (e) {
    return response.statusText;
  }
}
function postJson(url, body) {
  return api(url + (url.includes("?") ? "&" : "?") + "lang=" + lang,
    { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// ------------------------------------------------------------------ signing in
// true when signed in (the page goes on), false while the sign-in form is shown
async function sharedStart(me) {
  shared.me = me;
  const invite = new URLSearchParams(location.search).get("invite");
  if (me.signed_in) {
    csrf = me.csrf;
    $("shared-bar").hidden = false;
    $("who").textContent = me.account.name + " (" + me.account.email + ")";
    return true;
  }
  // signed out: only the form (the page's own controls need an account)
  document.querySelector("main").hidden = true;
  document.querySelector("header .controls").hidden = true;
  $("account").hidden = false;
  let mode = me.signup_open ? (me.first_account ? "signup" : "signin") : "signin";
  if (invite) {
    const response = await api("api/invitations/" + encodeURIComponent(invite) + "?lang=" + lang);
    if (response.ok) {
      shared.invite = await response.json();
      mode = "invite";
    } else {
      showAccountError(await errorText(response));
    }
  }
  accountMode(mode, me);
  $("account-switch").addEventListener("click", () => accountMode($("account-switch").dataset.to, me));
  $("account-form").addEventListener("submit", async (e) => {
    e.preventDefault();
    await submitAccount(invite);
  });
  return false;
}

function accountMode(mode, me) {
  $("account").dataset.mode = mode;
  const signin = mode === "signin";
  $("name-label").hidden = signin;
  $("email-label").hidden = mode === "invite";
  $("account-password").autocomplete = signin ? "current-password" : "new-password";
  const title = signin ? t("Inloggen", "Sign in") : mode === "invite" ? t("Uitnodiging aannemen", "Accept the invitation")
    : t("Account maken", "Make an account");
  $("account-title").textContent = title;
  $("account-submit").textContent = signin ? t("Inloggen", "Sign in") : t("Account maken", "Make the account");
  $("account-intro").textContent = mode === "invite"
    ? t("U bent uitgenodigd voor de werkruimte '" + shared.invite.workspace + "' als " + roleName(shared.invite.role)
        + " (" + shared.invite.email + "). Kies uw naam en een wachtwoord.",
      "You are invited to the workspace '" + shared.invite.workspace + "' as " + roleName(shared.invite.role)
        + " (" + shared.invite.email + "). Choose your name and a password.")
    : me.first_account
      ? t("Deze server heeft nog geen accounts: het eerste account wordt de beheerder.",
        "This server has no accounts yet: the first account becomes the administrator.")
      : me.signup_open ? "" : t("Een account krijgt u met een uitnodiging van de eigenaar van een werkruimte.",
        "An account comes with an invitation from a workspace's owner.");
  const canSwitch = mode !== "invite" && me.signup_open && !me.first_account;
  $("account-switch").hidden = !canSwitch;
  $("account-switch").dataset.to = signin ? "signup" : "signin";
  $("account-switch").textContent = signin ? t("Nieuw account maken", "Make a new account") : t("Ik heb al een account", "I have an account");
}

function showAccountError(text) {
  $("account-error").hidden = !text;
  $("account-error").textContent = text || "";
}

async function submitAccount(invite) {
  const mode = $("account").dataset.mode;
  const body = { password: $("account-password").value };
  if (mode !== "invite") {
    body.email = $("account-email").value;
  }
  if (mode !== "signin") {
    body.name = $("account-name").value;
  }
  const url = mode === "signin" ? "api/signin" : mode === "signup" ? "api/signup" : "api/invitations/" + encodeURIComponent(invite);
  const response = await postJson(url, body);
  if (!response.ok) {
    showAccountError(await errorText(response));
    return;
  }
  // a fresh page with the new session (and without the invitation's token in the address)
  location.href = location.pathname + (lang === "en" ? "?lang=en" : "");
}

// ------------------------------------------------------------------ workspaces and plans
async function sharedLoad() {
  for (const option of $("invite-role").options) {
    option.textContent = roleName(option.value);
  }
  $("workspace").addEventListener("change", (e) => openWorkspace(Number(e.target.value)));
  $("plan").addEventListener("change", (e) => openPlan(Number(e.target.value)));
  $("new-workspace").addEventListener("click", newWorkspace);
  $("new-plan").addEventListener("click", newPlan);
  $("save-version").addEventListener("click", saveVersion);
  $("invite").addEventListener("click", invite);
  $("signout").addEventListener("click", async () => {
    await postJson("api/signout", {});
    location.href = location.pathname + (lang === "en" ? "?lang=en" : "");
  });
  await loadWorkspaces();
}

async function loadWorkspaces(select) {
  const list = await (await api("api/workspaces")).json();
  const box = $("workspace");
  box.innerHTML = "";
  for (const w of list) {
    const option = document.createElement("option");
    option.value = w.id;
    option.textContent = w.name + " (" + roleName(w.role) + ")";
    box.appendChild(option);
  }
  if (list.length === 0) {
    sharedStatus(t("Maak eerst een werkruimte (een per pps).", "First make a workspace (one per PPS)."));
    updateButtons();
    return;
  }
  const chosen = select || Number(localStorage.getItem("ppsim.workspace")) || list[0].id;
  box.value = list.some((w) => w.id === chosen) ? chosen : list[0].id;
  await openWorkspace(Number(box.value));
}

async function openWorkspace(id, planToOpen) {
  const response = await api("api/workspaces/" + id);
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const w = await response.json();
  shared.workspace = w.id;
  shared.role = w.role;
  localStorage.setItem("ppsim.workspace", w.id);
  const box = $("plan");
  box.innerHTML = "";
  for (const p of w.plans) {
    const option = document.createElement("option");
    option.value = p.id;
    option.textContent = p.name;
    box.appendChild(option);
  }
  updateButtons();
  if (w.plans.length === 0) {
    shared.plan = null;
    $("versions-box").hidden = true;
    sharedStatus(t("Nog geen plannen: open een voorbeeld of uw eigen bestand en kies 'Nieuw plan van deze tekst'.",
      "No plans yet: open an example or your own file and choose 'New plan from this text'."));
    return;
  }
  const chosen = planToOpen || Number(localStorage.getItem("ppsim.plan"));
  box.value = w.plans.some((p) => p.id === chosen) ? chosen : w.plans[0].id;
  await openPlan(Number(box.value));
}

function updateButtons() {
  const edit = shared.role === "owner" || shared.role === "editor";
  $("new-plan").disabled = !edit || !shared.workspace;
  $("save-version").disabled = !edit || !shared.plan;
  $("invite-box").hidden = shared.role !== "owner";
}

async function openPlan(id, version) {
  const response = await api("api/plans/" + id);
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const plan = await response.json();
  shared.plan = plan.id;
  shared.head = plan.head;
  localStorage.setItem("ppsim.plan", plan.id);
  const v = await (await api("api/plans/" + id + "/versions/" + (version || plan.head))).json();
  $("yaml").value = v.yaml;
  simulate();
  toForm();
  renderVersions(plan);
  updateButtons();
  sharedStatus(t("Versie " + v.version + " van " + plan.versions.length + " geopend", "Version " + v.version + " of "
    + plan.versions.length + " opened"));
}

function renderVersions(plan) {
  $("versions-box").hidden = false;
  $("compare-result").hidden = true;
  const body = $("versions").querySelector("tbody");
  body.innerHTML = "";
  const edit = shared.role === "owner" || shared.role === "editor";
  for (const v of plan.versions) {
    const row = document.createElement("tr");
    const cells = [
      String(v.version),
      new Date(v.at).toLocaleString(lang === "en" ? "en-GB" : "nl-NL"),
      v.author,
      v.summary,
      v.headline === null ? "" : fmtPercent(v.headline),
    ];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      row.appendChild(td);
    }
    const actions = document.createElement("td");
    const button = (nl, en, handler) => {
      const b = document.createElement("button");
      b.type = "button";
      b.textContent = t(nl, en);
      b.addEventListener("click", handler);
      actions.appendChild(b);
    };
    button("Openen", "Open", () => openPlan(plan.id, v.version));
    if (v.version !== plan.head) {
      if (edit) {
        button("Terugzetten", "Restore", () => restoreVersion(plan.id, v.version));
      }
      button("Vergelijk met versie " + plan.head, "Compare with version " + plan.head, () => compareVersions(plan.id, v.version, plan.head));
    }
    button("Rapport", "Report", () => versionReport(plan.id, v.version));
    row.appendChild(actions);
    body.appendChild(row);
  }
}

// the name typed beside the buttons, or null after saying that one is needed
function typedName(what) {
  const name = $("new-name").value.trim();
  if (!name) {
    sharedStatus(t("Typ eerst de naam van de nieuwe " + what[0] + ".", "First type the name of the new " + what[1] + "."));
    $("new-name").focus();
    return null;
  }
  return name;
}

async function newWorkspace() {
  const name = typedName(["werkruimte", "workspace"]);
  if (!name) {
    return;
  }
  const response = await postJson("api/workspaces", { name });
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const w = await response.json();
  $("new-name").value = "";
  await loadWorkspaces(w.id);
}

async function newPlan() {
  const name = typedName(["plan", "plan"]);
  if (!name) {
    return;
  }
  const response = await postJson("api/workspaces/" + shared.workspace + "/plans",
    { name, yaml: $("yaml").value, summary: $("summary-text").value || t("eerste versie", "first version") });
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const v = await response.json();
  $("summary-text").value = "";
  $("new-name").value = "";
  await openWorkspace(shared.workspace, v.plan);
}

async function saveVersion() {
  const button = $("save-version");
  button.disabled = true;
  sharedStatus(t("opslaan…", "saving…"));
  try {
    const response = await postJson("api/plans/" + shared.plan + "/versions",
      { base: shared.head, yaml: $("yaml").value, summary: $("summary-text").value });
    if (!response.ok) {
      // a conflict keeps the user's text in the editor: nothing is overwritten on either side
      sharedStatus(await errorText(response));
      return;
    }
    const v = await response.json();
    shared.head = v.version;
    $("summary-text").value = "";
    const plan = await (await api("api/plans/" + shared.plan)).json();
    renderVersions(plan);
    sharedStatus(t("Opgeslagen als versie " + v.version, "Saved as version " + v.version));
  } finally {
    updateButtons();
  }
}

async function restoreVersion(plan, version) {
  const response = await postJson("api/plans/" + plan + "/restore", { version, base: shared.head });
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  await openPlan(plan);
}

async function compareVersions(plan, a, b) {
  const box = $("compare-result");
  box.hidden = false;
  box.textContent = t("vergelijken…", "comparing…");
  const response = await postJson("api/plans/" + plan + "/compare", { a, b });
  if (!response.ok) {
    box.textContent = await errorText(response);
    return;
  }
  const c = await response.json();
  const points = (x) => new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL",
    { minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: "exceptZero" }).format(100 * x);
  box.textContent = t("Versie " + b + " tegen versie " + a + ": ", "Version " + b + " against version " + a + ": ")
    + fmtPercent(c.b.estimate) + t(" tegen ", " against ") + fmtPercent(c.a.estimate) + "; "
    + t("verschil ", "difference ") + points(c.difference) + t(" procentpunt", " percentage points")
    + " (" + t("onzekerheidsmarge ±", "uncertainty margin ±") + points(1.959963984540054 * c.paired_se).replace("+", "")
    + t(", met dezelfde trekkingen", ", with the same draws") + ")";
}

async function versionReport(plan, version) {
  const response = await api("api/plans/" + plan + "/versions/" + version + "/report?lang=" + lang);
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const blob = await response.blob();
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  link.download = match ? match[1] : "rapport.zip";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

async function invite() {
  const email = $("invite-email").value.trim();
  const role = $("invite-role").value;
  if (!email) {
    sharedStatus(t("Typ eerst het e-mailadres van het nieuwe lid.", "First type the new member's email address."));
    return;
  }
  const response = await postJson("api/workspaces/" + shared.workspace + "/members", { email, role });
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const answer = await response.json();
  $("invite-email").value = "";
  sharedStatus(answer.added
    ? t(email + " is nu lid (" + roleName(role) + ")", email + " is now a member (" + roleName(role) + ")")
    : t("Geef " + email + " deze link (eenmalig te gebruiken): ", "Give " + email + " this link (it works once): ")
      + location.origin + location.pathname + answer.invitation);
}
