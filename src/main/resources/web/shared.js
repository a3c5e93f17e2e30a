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
    sharedListen();
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
// the bar's buttons work from the moment the bar shows
function sharedListen() {
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
  $("submit-plan").addEventListener("click", submitPlan);
  $("review-open").addEventListener("click", openReview);
  $("round-open").addEventListener("click", openRound);
  $("review-round").addEventListener("change", (e) => loadRanking(Number(e.target.value)));
  $("comment-post").addEventListener("click", postComment);
  $("audit-open").addEventListener("click", showAudit);
}

// the workspace's audit log (owners): who did what, when, newest first
async function showAudit() {
  const response = await api("api/workspaces/" + shared.workspace + "/audit");
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const body = $("audit").querySelector("tbody");
  body.innerHTML = "";
  for (const e of await response.json()) {
    const row = document.createElement("tr");
    for (const text of [new Date(e.at).toLocaleString(lang === "en" ? "en-GB" : "nl-NL"), e.account || "", e.action, e.subject]) {
      const td = document.createElement("td");
      td.textContent = text;
      row.appendChild(td);
    }
    body.appendChild(row);
  }
  $("audit-box").hidden = false;
  $("audit-box").scrollIntoView();
}

async function sharedLoad() {
  await loadWorkspaces();
  await loadRounds();
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
  $("submit-plan").disabled = !edit || !shared.plan || $("round-select").options.length === 0;
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
  await offerResponse(response, "rapport.zip");
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

// ------------------------------------------------------------------ rounds
// applicants submit a plan's newest version to an open round; the administrator opens rounds; reviewers see
// them ranked as ppsim check ranks them, with each plan's checks, and comment
async function loadRounds() {
  const response = await api("api/rounds");
  const rounds = response.ok ? await response.json() : [];
  shared.rounds = rounds;
  const open = rounds.filter((r) => r.open);
  const box = $("round-select");
  box.innerHTML = "";
  for (const r of open) {
    const option = document.createElement("option");
    option.value = r.id;
    option.textContent = r.name + " (" + r.scheme + ", " + t("tot ", "until ") + new Date(r.deadline).toLocaleDateString(lang === "en" ? "en-GB" : "nl-NL") + ")";
    box.appendChild(option);
  }
  $("submit-box").hidden = open.length === 0;
  $("review-open").hidden = !(shared.me.account.admin || rounds.some((r) => r.reviewer));
  updateButtons();
}

async function submitPlan() {
  const round = Number($("round-select").value);
  const response = await postJson("api/plans/" + shared.plan + "/submit", { round, version: shared.head });
  sharedStatus(response.ok ? t("Versie " + shared.head + " is ingediend; een indiening ligt vast.",
    "Version " + shared.head + " is submitted; a submission is final.") : await errorText(response));
}

async function openReview() {
  $("review-box").hidden = false;
  $("round-new").hidden = !shared.me.account.admin;
  if (shared.me.account.admin && $("round-scheme").options.length === 0) {
    for (const name of ["rif", "rif-2014", "groeifonds-pps", "llo-katalysator", "coe-hbo", "raak-mkb", "raak-pro", "sprong"]) {
      const option = document.createElement("option");
      option.value = name;
      option.textContent = name;
      $("round-scheme").appendChild(option);
    }
  }
  const box = $("review-round");
  box.innerHTML = "";
  for (const r of shared.rounds.filter((x) => x.reviewer)) {
    const option = document.createElement("option");
    option.value = r.id;
    option.textContent = r.name + " (" + r.scheme + ")";
    box.appendChild(option);
  }
  if (box.options.length > 0) {
    await loadRanking(Number(box.value));
  }
  $("review-box").scrollIntoView();
}

async function openRound() {
  // an amount as written in the page's language: 3.000.000 or 3.000.000,50 in Dutch, 3,000,000.50 in English
  const typed = $("round-budget").value.trim();
  const budgetText = lang === "en" ? typed.replace(/,/g, "") : typed.replace(/\./g, "").replace(",", ".");
  const body = { name: $("round-name").value, scheme: $("round-scheme").value, deadline: $("round-deadline").value };
  if (budgetText) {
    body.budget = Number(budgetText);
    if (!Number.isFinite(body.budget)) {
      sharedStatus(t("Het budget is een bedrag, zoals 3.000.000.", "The budget is an amount, such as 3,000,000."));
      return;
    }
  }
  const response = await postJson("api/rounds", body);
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const round = await response.json();
  sharedStatus(t("Ronde '" + round.name + "' is open.", "Round '" + round.name + "' is open."));
  await loadRounds();
  await openReview();
  $("review-round").value = round.id;
  await loadRanking(round.id);
}

async function loadRanking(id) {
  shared.reviewRound = id;
  $("review-detail").hidden = true;
  const response = await api("api/rounds/" + id + "?lang=" + lang);
  const body = $("ranking").querySelector("tbody");
  body.innerHTML = "";
  if (!response.ok) {
    $("review-summary").textContent = await errorText(response);
    return;
  }
  const round = await response.json();
  const money = (x) => "EUR " + new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 0 }).format(x);
  $("review-summary").textContent = (round.ranked.length === 0 ? t("Nog geen indieningen. ", "No submissions yet. ") : "")
    + (round.budget_used === null ? t("Geen budget.", "No budget.") : t("Budget: ", "Budget: ") + money(round.budget_used) + ".")
    + " " + t("Gerangschikt zoals ppsim check een ronde rangschikt.", "Ranked as ppsim check ranks a round.");
  for (const x of round.ranked) {
    const row = document.createElement("tr");
    const cells = [
      String(x.rank),
      x.workspace + ": " + x.plan_name + " (" + t("versie ", "version ") + x.version + ")",
      x.judged ? fmtPercent(x.headline.estimate) + " (" + fmtPercent(x.headline.ci_low) + " - " + fmtPercent(x.headline.ci_high) + ")" : "",
      x.judged ? x.conclusion : x.error,
      x.judged ? money(x.subsidy) : "",
      x.judged ? (x.within_budget ? t("ja", "yes") : t("nee", "no")) : "",
    ];
    for (const text of cells) {
      const td = document.createElement("td");
      td.textContent = text;
      row.appendChild(td);
    }
    const td = document.createElement("td");
    const b = document.createElement("button");
    b.type = "button";
    b.textContent = t("Toetsing en opmerkingen", "Review and comments") + (x.comments ? " (" + x.comments + ")" : "");
    b.addEventListener("click", () => loadSubmitted(id, x.plan));
    td.appendChild(b);
    row.appendChild(td);
    body.appendChild(row);
  }
}

async function loadSubmitted(round, plan) {
  const response = await api("api/rounds/" + round + "/plans/" + plan + "?lang=" + lang);
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  const x = await response.json();
  shared.reviewPlan = plan;
  $("review-detail").hidden = false;
  $("detail-title").textContent = x.workspace + ": " + x.plan_name + " (" + t("versie ", "version ") + x.version + ")";
  $("detail-conclusion").textContent = x.review ? x.review.conclusion : x.error;
  const body = $("detail-checks").querySelector("tbody");
  body.innerHTML = "";
  for (const c of (x.review ? x.review.checks : [])) {
    const row = document.createElement("tr");
    for (const [text, cls] of [[c.verdict_text, c.verdict], [c.value, ""], [c.norm, ""], [c.explanation, ""]]) {
      const td = document.createElement("td");
      td.textContent = text;
      if (cls) {
        td.className = cls;
      }
      row.appendChild(td);
    }
    body.appendChild(row);
  }
  const list = $("detail-comments");
  list.innerHTML = "";
  for (const c of x.comments) {
    const li = document.createElement("li");
    li.textContent = c.author + " (" + new Date(c.at).toLocaleString(lang === "en" ? "en-GB" : "nl-NL") + "): " + c.text;
    list.appendChild(li);
  }
}

async function postComment() {
  const text = $("comment-text").value.trim();
  if (!text) {
    return;
  }
  const response = await postJson("api/rounds/" + shared.reviewRound + "/plans/" + shared.reviewPlan + "/comments", { text });
  if (!response.ok) {
    sharedStatus(await errorText(response));
    return;
  }
  $("comment-text").value = "";
  await loadSubmitted(shared.reviewRound, shared.reviewPlan);
  await loadRanking(shared.reviewRound);
  await loadSubmitted(shared.reviewRound, shared.reviewPlan);
}
