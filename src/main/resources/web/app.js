// ppsim serve: the page. Each edit (debounced) re-runs a quick simulation through /api/simulate with
// the same seed, so a change in the answer is the edit's, not noise; a newer edit aborts the older request.
"use strict";
const $ = (id) => document.getElementById(id);
let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";
let pending = null;
let timer = null;

function fmtPercent(p) {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}
function fmtCompact(x) {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { notation: "compact", maximumSignificantDigits: 2 }).format(x);
}
function fmtEuro(x) {
  return "EUR " + new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { maximumSignificantDigits: 3 }).format(x);
}
function applyLanguage() {
  document.documentElement.lang = lang;
  $("lang").value = lang;
  for (const el of document.querySelectorAll("[data-nl]")) {
    el.textContent = el.dataset[lang];
  }
}

async function loadFiles() {
  const files = await (await fetch("api/scenarios")).json();
  const select = $("files");
  select.innerHTML = "";
  for (const f of files) {
    const option = document.createElement("option");
    option.value = f;
    option.textContent = f;
    select.appendChild(option);
  }
  const saved = localStorage.getItem("ppsim.current");
  if (saved) {
    $("yaml").value = saved;
    simulate();
    return;
  }
  const start = files.includes("voorbeeld.yaml") ? "voorbeeld.yaml" : files[0];
  if (start) {
    select.value = start;
    await openFile(start);
  }
}

async function openFile(name) {
  const response = await fetch("api/scenarios/" + encodeURIComponent(name));
  $("yaml").value = await response.text();
  simulate();
}

// the line an error is on: shown beside the message and selected in the editor when the user clicks the message
function markLine(line) {
  $("error").title = line ? (lang === "en" ? "click: go to line " : "klik: naar regel ") + line : "";
}
function goToLine() {
  const line = Number($("error").dataset.line || 0);
  if (!line) {
    return;
  }
  const area = $("yaml");
  const lines = area.value.split("\n");
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  area.focus();
  area.setSelectionRange(start, start + (lines[line - 1] || "").length);
  area.scrollTop = Math.max(0, (line - 5) * 17);
}

function schedule() {
  clearTimeout(timer);
  timer = setTimeout(simulate, 400);
}

async function simulate() {
  if (pending) {
    pending.abort();
  }
  const controller = new AbortController();
  pending = controller;
  $("status").textContent = lang === "en" ? "computing…" : "rekenen…";
  try {
    const response = await fetch("api/simulate?lang=" + lang, { method: "POST", body: $("yaml").value, signal: controller.signal,
      headers: { "Content-Type": "text/yaml" } });
    const answer = await response.json();
    if (controller !== pending) {
      return;
    }
    if (!response.ok) {
      $("error").hidden = false;
      $("error").textContent = answer.error.message;
      $("error").dataset.line = answer.error.line || "";
      $("status").textContent = "";
      markLine(answer.error.line);
      return;
    }
    $("error").hidden = true;
    show(answer);
    localStorage.setItem("ppsim.current", $("yaml").value);
    compareWithKept(controller);
  } catch (e) {
    if (e.name !== "AbortError") {
      $("error").hidden = false;
      $("error").textContent = String(e);
    }
  }
}

// two small SVG charts drawn here (no chart library to vendor): the probability per year and the reserve fan
const SVG = "http://www.w3.org/2000/svg";
function el(name, attrs, parent) {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) {
    e.setAttribute(k, v);
  }
  parent.appendChild(e);
  return e;
}
function chart(svg, years, series, range, format) {
  svg.innerHTML = "";
  const W = 600, H = 220, L = 56, R = 22, T = 10, B = 28;
  const all = series.flatMap((s) => s.values.concat(s.low || [], s.high || []));
  let lo = range ? range[0] : Math.min(0, ...all), hi = range ? range[1] : Math.max(...all);
  if (hi <= lo) { hi = lo + 1; }
  const x = (i) => L + (W - L - R) * (years.length === 1 ? 0.5 : i / (years.length - 1));
  const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  const subsidy = years.filter((yr) => yr.subsidy_phase).length;
  if (subsidy > 0) {
    el("rect", { x: L, y: T, width: Math.max(0, x(subsidy - 0.5) - L), height: H - T - B, fill: "#f0f0f0" }, svg);
  }
  for (let k = 0; k <= 4; k++) {
    const v = lo + (hi - lo) * k / 4;
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e5e5e5" }, svg);
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, svg).textContent = format(v);
  }
  if (lo < 0) {
    el("line", { x1: L, x2: W - R, y1: y(0), y2: y(0), stroke: "#333" }, svg);
  }
  years.forEach((yr, i) => {
    if (i % Math.ceil(years.length / 10) === 0) {
      el("text", { x: x(i), y: H - 8, "text-anchor": "middle" }, svg).textContent = yr.year;
    }
  });
  for (const s of series) {
    if (s.low) {
      const top = s.high.map((v, i) => x(i) + "," + y(v));
      const bottom = s.low.map((v, i) => x(i) + "," + y(v)).reverse();
      el("polygon", { points: top.concat(bottom).join(" "), fill: s.colour, "fill-opacity": 0.2 }, svg);
    }
    el("polyline", { points: s.values.map((v, i) => x(i) + "," + y(v)).join(" "), fill: "none", stroke: s.colour, "stroke-width": 2.5 }, svg);
  }
}

// stacked bars of the mean funding per year, by source (the same colours as the report)
function mix(svg, years) {
  svg.innerHTML = "";
  const W = 600, H = 220, L = 56, R = 22, T = 10, B = 28;
  const parts = [["subsidy_mean", "#0072B2", 1], ["partner_cash_mean", "#009E73", 1], ["revenue_mean", "#D55E00", 1], ["in_kind_mean", "#009E73", 0.35]];
  const totals = years.map((y) => parts.reduce((sum, [k]) => sum + Math.max(0, y[k]), 0));
  const hi = Math.max(1, ...totals);
  const y = (v) => T + (H - T - B) * (1 - v / hi);
  const step = (W - L - R) / years.length;
  for (let k = 0; k <= 4; k++) {
    const v = hi * k / 4;
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e5e5e5" }, svg);
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end" }, svg).textContent = fmtCompact(v);
  }
  years.forEach((yr, i) => {
    let base = 0;
    for (const [k, colour, opacity] of parts) {
      const v = Math.max(0, yr[k]);
      el("rect", { x: L + i * step + step * 0.15, width: step * 0.7, y: y(base + v), height: y(base) - y(base + v), fill: colour,
        "fill-opacity": opacity }, svg);
      base += v;
    }
    el("text", { x: L + i * step + step / 2, y: H - 8, "text-anchor": "middle" }, svg).textContent = yr.year;
  });
}

function show(a) {
  $("headline").textContent = a.headline_text;
  $("headline").dataset.p = a.p_verduurzaamd.estimate;
  $("criterion").textContent = a.criterion;
  $("tests").textContent = a.tests;
  $("status").textContent = (lang === "en" ? "quick run: " : "snelle run: ") + a.iterations.toLocaleString(lang === "en" ? "en-GB" : "nl-NL")
    + (lang === "en" ? " iterations (Latin hypercube), seed " : " trekkingen (Latin hypercube), seed ") + a.seed;
  const messages = $("messages");
  messages.innerHTML = "";
  for (const m of a.messages) {
    const li = document.createElement("li");
    li.textContent = m;
    messages.appendChild(li);
  }
  chart($("chart-p"), a.years, [{ values: a.years.map((y) => y.p_self_sufficient), colour: "#0072B2" },
    { values: a.years.map((y) => y.p_reserve_negative), colour: "#D55E00" }], [0, 1], (v) => fmtPercent(v));
  chart($("chart-reserve"), a.years, [{ values: a.years.map((y) => y.reserve_p50), low: a.years.map((y) => y.reserve_p05),
    high: a.years.map((y) => y.reserve_p95), colour: "#0072B2" }], null, (v) => fmtCompact(v));
  mix($("chart-mix"), a.years);
  const body = $("years").querySelector("tbody");
  body.innerHTML = "";
  for (const y of a.years) {
    const tr = document.createElement("tr");
    if (y.subsidy_phase) {
      tr.className = "subsidy";
    }
    for (const v of [String(y.year), fmtPercent(y.p_self_sufficient), fmtEuro(y.reserve_p05), fmtEuro(y.reserve_p50), fmtEuro(y.reserve_p95)]) {
      const td = document.createElement("td");
      td.textContent = v;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
}

// a kept variant: every later answer is compared with it under the same random numbers (paired difference)
async function compareWithKept(controller) {
  const kept = localStorage.getItem("ppsim.variant");
  if (!kept) {
    $("variant").hidden = true;
    return;
  }
  const response = await fetch("api/compare?lang=" + lang, { method: "POST", signal: controller.signal,
    body: JSON.stringify({ a: kept, b: $("yaml").value }) });
  const answer = await response.json();
  if (controller !== pending) {
    return;
  }
  $("variant").hidden = !response.ok;
  if (response.ok) {
    $("variant").textContent = answer.text;
    $("variant").dataset.difference = answer.difference;
  }
}

// the review against the scheme, as ppsim check makes it (slower: a full run and a tornado)
async function review() {
  $("conclusion").textContent = lang === "en" ? "reviewing…" : "toetsen…";
  const response = await fetch("api/check?lang=" + lang, { method: "POST", body: $("yaml").value });
  const answer = await response.json();
  const body = $("checks").querySelector("tbody");
  body.innerHTML = "";
  if (!response.ok) {
    $("conclusion").textContent = answer.error.message;
    return;
  }
  $("conclusion").textContent = answer.conclusion;
  for (const c of answer.checks) {
    const tr = document.createElement("tr");
    const cells = [c.rule, c.verdict_text, c.value, c.norm, c.explanation];
    cells.forEach((v, k) => {
      const td = document.createElement("td");
      td.textContent = v;
      if (k === 1) {
        td.className = c.verdict;
      }
      tr.appendChild(td);
    });
    body.appendChild(tr);
  }
}

// a precise run in the background: grows until the headline's se is at most 0.5%, with a progress bar
async function precise() {
  const button = $("precise");
  button.disabled = true;
  const bar = $("progress");
  bar.hidden = false;
  bar.value = 0;
  try {
    const start = await fetch("api/precise?se=0.005&lang=" + lang, { method: "POST", body: $("yaml").value });
    const job = await start.json();
    if (!start.ok) {
      $("error").hidden = false;
      $("error").textContent = job.error.message;
      return;
    }
    while (true) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const state = await (await fetch("api/jobs/" + job.job)).json();
      bar.value = state.total > 0 ? state.done / state.total : 0;
      if (state.finished) {
        if (state.error) {
          $("error").hidden = false;
          $("error").textContent = state.error.message;
        } else {
          show(state.answer);
          $("status").textContent = (lang === "en" ? "precise run: standard error " : "precieze run: standaardfout ")
            + fmtPercent(state.answer.p_verduurzaamd.se) + (lang === "en" ? " after " : " na ")
            + state.answer.iterations.toLocaleString(lang === "en" ? "en-GB" : "nl-NL") + (lang === "en" ? " iterations" : " trekkingen");
        }
        return;
      }
    }
  } finally {
    button.disabled = false;
    bar.hidden = true;
  }
}

// open a scenario file from this computer into the editor, and save the editor's text as a file
function upload(e) {
  const file = e.target.files[0];
  if (!file) {
    return;
  }
  const reader = new FileReader();
  reader.onload = () => { $("yaml").value = reader.result; simulate(); };
  reader.readAsText(file);
}
function save() {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(new Blob([$("yaml").value], { type: "text/yaml" }));
  const id = /^scenario:\s*([a-z0-9-]+)/m.exec($("yaml").value);
  link.download = (id ? id[1] : "scenario") + ".yaml";
  document.body.appendChild(link);
  link.click();
  link.remove();
}

function keep() {
  localStorage.setItem("ppsim.variant", $("yaml").value);
  simulate();
}

// the full report (HTML, CSV, charts, as ppsim run writes it, with the scenario's own iterations) as a zip
async function download() {
  const button = $("download");
  button.disabled = true;
  $("status").textContent = lang === "en" ? "writing the full report…" : "volledig rapport maken…";
  try {
    const response = await fetch("api/report?lang=" + lang, { method: "POST", body: $("yaml").value });
    if (!response.ok) {
      const answer = await response.json();
      $("error").hidden = false;
      $("error").textContent = answer.error.message;
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
    $("status").textContent = lang === "en" ? "report downloaded" : "rapport gedownload";
  } finally {
    button.disabled = false;
  }
}

$("yaml").addEventListener("input", schedule);
$("download").addEventListener("click", download);
$("keep").addEventListener("click", keep);
$("upload").addEventListener("change", upload);
$("save").addEventListener("click", save);
$("precise").addEventListener("click", precise);
$("error").addEventListener("click", goToLine);
$("review").addEventListener("click", review);
$("files").addEventListener("change", (e) => openFile(e.target.value));
$("lang").addEventListener("change", (e) => { lang = e.target.value; applyLanguage(); simulate(); });
applyLanguage();
loadFiles();

// ------------------------------------------------------------------ the form
// The form edits the scenario's JSON form (POST /api/parse) and writes it back as YAML (POST /api/render):
// general settings, subsidy, partners, lines and business models with the catalog's parameters. An uncertain
// number is a fixed value, low / likely / high (PERT) or a 90% range; anything else stays as written ("advanced").
let tree = null;
let catalog = [];
let formEditing = false;
const T = (nl, en) => (lang === "en" ? en : nl);

function uncertain(value, onChange, placeholder) {
  const box = document.createElement("span");
  box.className = "uncertain";
  const kind = document.createElement("select");
  const kinds = [["fixed", T("vast", "fixed")], ["pert", T("laag / waarschijnlijk / hoog", "low / likely / high")],
    ["range90", T("90%-bereik", "90% range")], ["advanced", T("geavanceerd", "advanced")]];
  for (const [k, label] of kinds) {
    const o = document.createElement("option");
    o.value = k;
    o.textContent = label;
    kind.appendChild(o);
  }
  const inputs = document.createElement("span");
  box.append(kind, inputs);
  const current = value === undefined || value === null ? null : value;
  let mode = current === null || typeof current === "number" ? "fixed"
    : current.pert || current.triangular ? "pert" : current.range90 ? "range90" : "advanced";
  kind.value = mode;
  // low / likely / high keeps the family it was written in (triangular stays triangular), PERT by default
  const family = current && current.triangular ? "triangular" : "pert";
  function field(v, label) {
    const input = document.createElement("input");
    input.type = "number";
    input.step = "any";
    input.title = label;
    input.placeholder = label;
    if (v !== undefined && v !== null) {
      input.value = v;
    }
    input.addEventListener("input", emit);
    inputs.appendChild(input);
    return input;
  }
  let fields = [];
  function build() {
    inputs.innerHTML = "";
    const args = current === null || typeof current === "number" ? [current] : current.pert || current.triangular || current.range90 || [];
    if (mode === "fixed") {
      fields = [field(typeof current === "number" ? current : null, placeholder || T("waarde", "value"))];
    } else if (mode === "pert") {
      fields = [field(args[0], T("laag", "low")), field(args[1], T("waarschijnlijk", "likely")), field(args[2], T("hoog", "high"))];
    } else if (mode === "range90") {
      fields = [field(args[0], T("laag (p5)", "low (p5)")), field(args[1], T("hoog (p95)", "high (p95)"))];
    } else {
      const text = document.createElement("input");
      text.value = JSON.stringify(current);
      text.addEventListener("change", () => { try { onChange(JSON.parse(text.value)); } catch (e) { /* keep typing */ } });
      inputs.appendChild(text);
      fields = [];
    }
  }
  function emit() {
    const v = fields.map((f) => (f.value === "" ? null : Number(f.value)));
    if (v.some((x) => x === null)) {
      return;
    }
    onChange(mode === "fixed" ? v[0] : mode === "pert" ? { [family]: v } : { range90: v });
  }
  kind.addEventListener("change", () => { mode = kind.value; build(); emit(); });
  build();
  return box;
}

function labelled(text, element) {
  const label = document.createElement("label");
  label.append(text + " ", element);
  return label;
}
function numberField(object, key, text) {
  const input = document.createElement("input");
  input.type = "number";
  input.step = "any";
  if (object[key] !== undefined) {
    input.value = object[key];
  }
  input.addEventListener("input", () => { if (input.value !== "") { object[key] = Number(input.value); changed(); } });
  return labelled(text, input);
}
function textField(object, key, text) {
  const input = document.createElement("input");
  input.className = "name";
  input.value = object[key] || "";
  input.addEventListener("input", () => { object[key] = input.value; changed(); });
  return labelled(text, input);
}
function selectField(object, key, text, values) {
  const select = document.createElement("select");
  for (const v of values) {
    const o = document.createElement("option");
    o.value = v;
    o.textContent = v;
    select.appendChild(o);
  }
  select.value = object[key];
  select.addEventListener("change", () => { object[key] = select.value; changed(); });
  return labelled(text, select);
}
function uncertainField(object, key, text, placeholder) {
  return labelled(text, uncertain(object[key], (v) => { object[key] = v; changed(); }, placeholder));
}
function section(title, items, make, fresh) {
  const set = document.createElement("fieldset");
  const legend = document.createElement("legend");
  legend.textContent = title;
  set.appendChild(legend);
  (items || []).forEach((item, k) => {
    const row = document.createElement("div");
    row.className = "item";
    make(item, row);
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = T("verwijderen", "remove");
    remove.addEventListener("click", () => { items.splice(k, 1); changed(); renderForm(); });
    row.appendChild(remove);
    set.appendChild(row);
  });
  const add = document.createElement("button");
  add.type = "button";
  add.textContent = T("toevoegen", "add");
  add.addEventListener("click", () => { items.push(fresh()); changed(); renderForm(); });
  set.appendChild(add);
  return set;
}

function renderForm() {
  const form = $("form");
  form.innerHTML = "";
  if (!tree || typeof tree !== "object") {
    return;
  }
  const general = document.createElement("fieldset");
  general.innerHTML = "<legend>" + T("Algemeen", "General") + "</legend>";
  general.append(textField(tree, "title", T("Titel", "Title")), numberField(tree, "start_year", T("Startjaar", "Start year")),
    numberField(tree, "subsidy_years", T("Subsidiejaren", "Subsidy years")), numberField(tree, "horizon_years", T("Jaren", "Years")),
    numberField(tree, "initial_reserve", T("Beginreserve (EUR)", "Initial reserve (EUR)")));
  tree.subsidy = tree.subsidy || {};
  general.append(uncertainField(tree.subsidy, "per_year", T("Subsidie per jaar (EUR)", "Subsidy per year (EUR)")));
  form.appendChild(general);
  tree.partners = tree.partners || [];
  form.appendChild(section("Partners", tree.partners, (p, row) => row.append(textField(p, "name", T("Naam", "Name")),
    selectField(p, "group", T("Groep", "Group"), ["onderwijs", "werkveld", "overheid"]),
    uncertainField(p, "cash_per_year", T("Geld per jaar", "Cash per year")),
    uncertainField(p, "in_kind_per_year", T("Natura per jaar", "In kind per year")),
    numberField(p, "committed_years", T("Zeker voor jaren", "Committed years")),
    numberField(p, "renewal_probability", T("Kans op verlenging", "Renewal probability"))),
  () => ({ name: T("Nieuwe partner", "New partner"), group: "werkveld", cash_per_year: 10000, committed_years: tree.subsidy_years || 4 })));
  tree.lines = tree.lines || [];
  form.appendChild(section(T("Kosten en opbrengsten", "Costs and revenue"), tree.lines, (l, row) => row.append(
    textField(l, "name", T("Naam", "Name")), selectField(l, "kind", T("Soort", "Kind"), ["cost", "revenue"]),
    uncertainField(l, "amount", T("Bedrag per jaar", "Amount per year"))),
  () => ({ name: T("nieuwe regel", "new line"), kind: "cost", amount: 10000 })));
  tree.business_models = tree.business_models || [];
  form.appendChild(section(T("Bedrijfsmodellen", "Business models"), tree.business_models, (m, row) => {
    row.append(selectField(m, "model", T("Model", "Model"), catalog.map((c) => c.key)), textField(m, "name", T("Naam", "Name")));
    const model = catalog.find((c) => c.key === m.model);
    if (model) {
      m.params = m.params || {};
      const params = document.createElement("div");
      for (const p of model.parameters) {
        params.appendChild(uncertainField(m.params, p.key, p.label + " [" + p.unit + "]", p.default ? T("standaard ", "default ") + p.default : ""));
      }
      row.appendChild(params);
    }
  }, () => ({ model: catalog.length ? catalog[0].key : "", params: {} })));
}

let renderTimer = null;
function changed() {
  formEditing = true;
  clearTimeout(renderTimer);
  renderTimer = setTimeout(async () => {
    const response = await fetch("api/render", { method: "POST", body: JSON.stringify(tree) });
    if (response.ok) {
      $("yaml").value = await response.text();
      simulate();
    }
    formEditing = false;
  }, 300);
}

async function toForm() {
  if (formEditing) {
    return;
  }
  const response = await fetch("api/parse", { method: "POST", body: $("yaml").value });
  if (response.ok) {
    tree = await response.json();
    renderForm();
  }
}

(async () => {
  catalog = await (await fetch("api/models?lang=" + lang)).json();
  $("yaml").addEventListener("input", () => { clearTimeout(renderTimer); setTimeout(toForm, 600); });
  const original = openFile;
  openFile = async (name) => { await original(name); toForm(); };
  setTimeout(toForm, 800);
})();
