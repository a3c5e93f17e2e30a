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
