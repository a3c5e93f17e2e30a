// ppsim serve: the page. Each edit (debounced) re-runs a quick simulation through /api/simulate with
// the same seed, so a change in the answer is the edit's, not noise; a newer edit aborts the older request.
"use strict";
const $ = (id) => document.getElementById(id);
let lang = new URLSearchParams(location.search).get("lang") === "en" ? "en" : "nl";
let pending = null;
let timer = null;
// the form's state (see "the form" below)
let tree = null;
let catalog = [];
let schemes = [];
let formEditing = false;
let lastError = null;
// every change carries this header: the shared server (ppsim serve --shared) checks it against the session's
// token (shared.js sets it after sign-in); the local server ignores it
let csrf = "1";
function api(url, options = {}) {
  const headers = Object.assign({}, options.headers || {}, { "X-PPSIM-CSRF": csrf });
  return fetch(url, Object.assign({}, options, { headers }));
}

function fmtPercent(p) {
  return new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(p);
}
// an amount axis in one unit, chosen by its largest value: every tick in mln, or every tick in k, or in euros,
// so that one axis never mixes "750K" and "1 mln."
function fmtAmount(x, scale) {
  const nf = (d) => new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: d });
  if (x === 0) {
    return "0";
  }
  if (scale >= 1e6) {
    return nf(2).format(x / 1e6) + " mln";
  }
  if (scale >= 1e3) {
    return nf(1).format(x / 1e3) + "k";
  }
  return nf(0).format(x);
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
  const files = await (await api("api/scenarios")).json();
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
  const response = await api("api/scenarios/" + encodeURIComponent(name));
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
  markStale(lang === "en" ? "Edited: the answer below is to the text before this edit." : "Gewijzigd: het antwoord hieronder hoort bij de tekst van voor deze wijziging.");
  timer = setTimeout(simulate, 400);
}

// the answer: first a preview (the first 4.096 iterations of the scenario's own run), then the
// scenario's answer, the same as ppsim run gives; greyed and marked stale while it is not the
// answer to the text in the editor (an edit pending, being computed, or invalid)
function markStale(why) {
  const answer = document.querySelector("section.answer");
  answer.classList.toggle("stale", why !== null);
  // for tools and tests: "answer" once the answer on screen is the one to the text in the editor
  answer.dataset.state = why === null ? "answer" : "stale";
  const note = $("stale");
  if (why === null) {
    if (note) {
      note.remove();
    }
    return;
  }
  const p = note || document.createElement("p");
  p.id = "stale";
  p.className = "stale-note";
  p.textContent = why;
  if (!note) {
    $("headline").after(p);
  }
}

// undo and redo of edits, in the editor or the form: every text that was simulated, the last 100
const history = [];
const future = [];
let restoring = false;
function remember(text) {
  if (!restoring && history[history.length - 1] !== text) {
    history.push(text);
    if (history.length > 100) {
      history.shift();
    }
    future.length = 0;
  }
  $("undo").disabled = history.length < 2;
  $("redo").disabled = future.length === 0;
}
function restore(text) {
  restoring = true;
  $("yaml").value = text;
  toForm();
  simulate().finally(() => { restoring = false; });
}
function undo() {
  if (history.length >= 2) {
    future.push(history.pop());
    restore(history[history.length - 1]);
  }
}
function redo() {
  if (future.length > 0) {
    const text = future.pop();
    history.push(text);
    restore(text);
  }
}

// the text a precise answer on screen belongs to: a quick run of the same text would only replace it with a less precise one
let preciseFor = null;

async function simulate() {
  // routes to explore when the scenario says which (its explore: section)
  $("explore").hidden = !/^explore:/m.test($("yaml").value);
  if (pending) {
    pending.abort();
  }
  remember($("yaml").value);
  if (preciseFor !== null && preciseFor === $("yaml").value) {
    markStale(null);
    return;
  }
  preciseFor = null;
  const controller = new AbortController();
  pending = controller;
  markStale(lang === "en" ? "Computing: this answer is to the text before your last edit." : "Rekenen: dit antwoord hoort bij de tekst van voor uw laatste wijziging.");
  try {
    for (const preview of [true, false]) {
      const response = await api("api/simulate?" + (preview ? "preview=1&" : "") + "lang=" + lang, { method: "POST",
        body: $("yaml").value, signal: controller.signal, headers: { "Content-Type": "text/yaml" } });
      const answer = await response.json();
      if (controller !== pending) {
        return;
      }
      if (!response.ok) {
        showError(answer.error.message);
        $("error").dataset.line = answer.error.line || "";
        markLine(answer.error.line);
        lastError = answer.error;
        markError();
        markStale(lang === "en" ? "Not the answer to the text now: it has an error (see below the editor)."
          : "Niet het antwoord op de tekst van nu: die bevat een fout (zie onder de editor).");
        return;
      }
      $("error").hidden = true;
      lastError = null;
      markError();
      show(answer);
      if (answer.answer) {
        break;
      }
      markStale(lang === "en" ? "Preview: the first " + fmtInt(answer.iterations) + " draws; the answer follows."
        : "Voorlopig: de eerste " + fmtInt(answer.iterations) + " doorrekeningen; het antwoord volgt.");
    }
    markStale(null);
    localStorage.setItem("ppsim.current", $("yaml").value);
    compareWithKept(controller);
    explain(controller);
  } catch (e) {
    if (e.name !== "AbortError") {
      showError(String(e));
    }
  }
}
// a message above the editor that is not a scenario error at a line (those also mark the line)
function showError(message) {
  $("error").hidden = false;
  $("error").textContent = message;
}
function fmtInt(n) {
  return n.toLocaleString(lang === "en" ? "en-GB" : "nl-NL");
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
// a step between axis ticks of 1, 2, 2.5 or 5 times a power of ten, so that about four steps span the range
function niceStep(span) {
  const raw = span / 4, power = Math.pow(10, Math.floor(Math.log10(raw)));
  return [1, 2, 2.5, 5, 10].map((m) => m * power).find((step) => step >= raw);
}
function chart(svg, years, series, range, format, title) {
  svg.innerHTML = "";
  const W = 600, H = 220, L = 56, R = 22, T = 10, B = 28;
  const all = series.flatMap((s) => s.values.concat(s.low || [], s.high || []));
  let lo = range ? range[0] : Math.min(0, ...all), hi = range ? range[1] : Math.max(...all);
  if (hi <= lo) { hi = lo + 1; }
  // amounts get ticks at round values (the axis widened to the next tick); a given range keeps its quarters
  const step = range ? (hi - lo) / 4 : niceStep(hi - lo);
  if (!range) {
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
  }
  const x = (i) => L + (W - L - R) * (years.length === 1 ? 0.5 : i / (years.length - 1));
  const y = (v) => T + (H - T - B) * (1 - (v - lo) / (hi - lo));
  const subsidy = years.filter((yr) => yr.subsidy_phase).length;
  if (subsidy > 0) {
    el("rect", { x: L, y: T, width: Math.max(0, x(subsidy - 0.5) - L), height: H - T - B, fill: "#f0f0f0" }, svg);
  }
  const scale = Math.max(Math.abs(lo), Math.abs(hi));
  for (let k = 0; k <= Math.round((hi - lo) / step); k++) {
    const v = lo + k * step;
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e5e5e5" }, svg);
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "data-tick": v }, svg).textContent = format(v, scale);
  }
  if (title) {
    el("text", { x: L + 4, y: T + 12, "class": "axis-title" }, svg).textContent = title;
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
  const tick = niceStep(Math.max(1, ...totals));
  const hi = Math.ceil(Math.max(1, ...totals) / tick) * tick;
  const y = (v) => T + (H - T - B) * (1 - v / hi);
  const step = (W - L - R) / years.length;
  for (let k = 0; k <= Math.round(hi / tick); k++) {
    const v = k * tick;
    el("line", { x1: L, x2: W - R, y1: y(v), y2: y(v), stroke: "#e5e5e5" }, svg);
    el("text", { x: L - 6, y: y(v) + 4, "text-anchor": "end", "data-tick": v }, svg).textContent = fmtAmount(v, hi);
  }
  el("text", { x: L + 4, y: T + 12, "class": "axis-title" }, svg).textContent = lang === "en" ? "EUR per year (mean)" : "EUR per jaar (gemiddeld)";
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

// the why beside the answer (/api/why): tornado, contribution per business model, the final reserve's
// histogram and S-curve, the net cash fan; fetched once the answer is on screen, at the answer's seed
async function explain(controller) {
  const why = $("why");
  why.classList.add("pending");
  $("why-status").textContent = T("Waarom wordt berekend…", "Working out why…");
  try {
    const response = await api("api/why?lang=" + lang, { method: "POST", body: $("yaml").value, signal: controller.signal,
      headers: { "Content-Type": "text/yaml" } });
    const w = await response.json();
    if (controller !== pending) {
      return;
    }
    if (!response.ok) {
      $("why-status").textContent = w.error.message;
      return;
    }
    why.classList.remove("pending");
    $("why-status").textContent = T("Met dezelfde seed als het antwoord", "With the same seed as the answer")
      + (w.iterations < w.answer_iterations ? T(", op de eerste ", ", on the first ") + fmtInt(w.iterations) + T(" doorrekeningen", " draws") : "")
      + T("; tornado met ", "; tornado with ") + fmtInt(w.tornado.iterations) + T(" doorrekeningen per balk.", " draws per bar.");
    tornado($("chart-tornado"), w.tornado);
    contributions(w.models);
    histogram($("chart-histogram"), w.final_reserve);
    sCurve($("chart-scurve"), w.final_reserve);
    chart($("chart-net"), w.net_cash, [
      { values: w.net_cash.map((y) => y.p50), low: w.net_cash.map((y) => y.p05), high: w.net_cash.map((y) => y.p95), colour: "#0072B2" },
      { values: w.net_cash.map((y) => y.p50), low: w.net_cash.map((y) => y.p25), high: w.net_cash.map((y) => y.p75), colour: "#0072B2" }],
      null, (v, scale) => fmtAmount(v, scale), T("netto per jaar (EUR)", "net per year (EUR)"));
  } catch (e) {
    if (e.name !== "AbortError") {
      $("why-status").textContent = String(e);
    }
  }
}

// horizontal bars: the mean final reserve with each input low (orange) and high (blue), from the base
function tornado(svg, t) {
  svg.innerHTML = "";
  const bars = t.bars, row = 26, top = 40, left = 250, right = 20, W = 600;
  const H = top + row * Math.max(1, bars.length) + 10;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  const base = t.base_final_reserve_mean;
  const deltas = bars.flatMap((b) => [b.final_reserve_mean_at_p10 - base, b.final_reserve_mean_at_p90 - base]);
  const span = Math.max(1, ...deltas.map(Math.abs));
  const step = niceStep(2 * span);
  const lim = Math.ceil(span / step) * step;
  const x = (v) => left + (W - left - right) * (v + lim) / (2 * lim);
  for (let v = -lim; v <= lim + 1e-9; v += step) {
    el("line", { x1: x(v), x2: x(v), y1: top - 4, y2: H - 10, stroke: "#e5e5e5" }, svg);
    el("text", { x: x(v), y: top - 10, "text-anchor": "middle", "data-tick": v }, svg).textContent = fmtAmount(v, lim);
  }
  el("text", { x: 4, y: 12, "class": "axis-title" }, svg).textContent =
    T("verschil in gemiddelde eindreserve (EUR), basis ", "difference in mean final reserve (EUR), base ") + fmtEuro(base);
  bars.forEach((b, i) => {
    const y = top + i * row;
    const label = el("text", { x: left - 6, y: y + row / 2 + 4, "text-anchor": "end" }, svg);
    label.textContent = b.label.length > 38 ? b.label.slice(0, 37) + "…" : b.label;
    el("title", {}, label).textContent = b.label;
    for (const [v, colour] of [[b.final_reserve_mean_at_p10 - base, "#D55E00"], [b.final_reserve_mean_at_p90 - base, "#0072B2"]]) {
      const r = el("rect", { x: Math.min(x(0), x(v)), y: y + 4, width: Math.abs(x(v) - x(0)), height: row - 8, fill: colour }, svg);
      el("title", {}, r).textContent = b.label + ": " + fmtEuro(v + base) + " (" + T("kans ", "probability ")
        + fmtPercent(colour === "#D55E00" ? b.p_verduurzaamd_at_p10 : b.p_verduurzaamd_at_p90) + ")";
    }
  });
  el("line", { x1: x(0), x2: x(0), y1: top - 4, y2: H - 10, stroke: "#333" }, svg);
}

function contributions(models) {
  const body = $("contributions").querySelector("tbody");
  body.innerHTML = "";
  const points = (d) => new Intl.NumberFormat(lang === "en" ? "en-GB" : "nl-NL", { maximumFractionDigits: 1, minimumFractionDigits: 1,
    signDisplay: "exceptZero" }).format(100 * d) + T(" procentpunt", " points");
  for (const m of models) {
    const tr = document.createElement("tr");
    for (const v of [m.name, fmtPercent(m.p_with), fmtPercent(m.p_without), points(m.difference), "± " + points(m.margin95).replace(/^[+-]/, "")]) {
      const td = document.createElement("td");
      td.textContent = v;
      tr.appendChild(td);
    }
    body.appendChild(tr);
  }
  $("contributions").hidden = models.length === 0;
}

// an x axis of amounts (one unit for all ticks) under a plot from left to W - right
function amountAxis(svg, lo, hi, x, bottom, title) {
  const step = niceStep(hi - lo), scale = Math.max(Math.abs(lo), Math.abs(hi));
  for (let v = Math.ceil(lo / step) * step; v <= hi + 1e-9; v += step) {
    el("text", { x: x(v), y: bottom + 14, "text-anchor": "middle", "data-tick": v }, svg).textContent = fmtAmount(v, scale);
  }
  el("text", { x: 600 - 20, y: bottom + 28, "text-anchor": "end", "class": "axis-title" }, svg).textContent = title;
}

function histogram(svg, reserve) {
  svg.innerHTML = "";
  const bins = reserve.histogram, W = 600, H = 220, left = 56, right = 20, top = 22, bottom = 180;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  const lo = bins[0].from, hi = bins[bins.length - 1].to;
  const peak = Math.max(...bins.map((b) => b.share));
  const tick = niceStep(peak), ymax = Math.ceil(peak / tick) * tick;
  const x = (v) => left + (W - left - right) * (v - lo) / (hi - lo);
  const y = (v) => bottom - (bottom - top) * v / ymax;
  for (let v = 0; v <= ymax + 1e-9; v += tick) {
    el("line", { x1: left, x2: W - right, y1: y(v), y2: y(v), stroke: "#e5e5e5" }, svg);
    el("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end" }, svg).textContent = fmtPercent(v);
  }
  for (const b of bins) {
    const r = el("rect", { x: x(b.from) + 1, width: Math.max(1, x(b.to) - x(b.from) - 2), y: y(b.share), height: bottom - y(b.share),
      fill: (b.from + b.to) / 2 < 0 ? "#D55E00" : "#0072B2" }, svg);
    el("title", {}, r).textContent = fmtEuro(b.from) + " – " + fmtEuro(b.to) + ": " + fmtPercent(b.share);
  }
  if (lo < 0 && hi > 0) {
    el("line", { x1: x(0), x2: x(0), y1: top, y2: bottom, stroke: "#333" }, svg);
  }
  el("text", { x: left + 4, y: 14, "class": "axis-title" }, svg).textContent = T("deel van de doorrekeningen", "share of draws");
  $("shortfall").textContent = T("Kans op een tekort eind ", "Probability of a shortfall at the end of ") + reserve.year + ": "
    + fmtPercent(reserve.p_shortfall.estimate) + T(" (onzekerheidsmarge ", " (uncertainty margin ") + fmtPercent(reserve.p_shortfall.ci_low)
    + " – " + fmtPercent(reserve.p_shortfall.ci_high) + ").";
  amountAxis(svg, lo, hi, x, bottom, T("eindreserve ", "final reserve ") + reserve.year + " (EUR)");
}

function sCurve(svg, reserve) {
  svg.innerHTML = "";
  const q = reserve.percentiles_1_to_99, W = 600, H = 220, left = 56, right = 20, top = 22, bottom = 180;
  svg.setAttribute("viewBox", "0 0 " + W + " " + H);
  let lo = q[0], hi = q[q.length - 1];
  if (hi <= lo) { hi = lo + 1; }
  const x = (v) => left + (W - left - right) * (v - lo) / (hi - lo);
  const y = (p) => bottom - (bottom - top) * p;
  for (let p = 0; p <= 1.0001; p += 0.25) {
    el("line", { x1: left, x2: W - right, y1: y(p), y2: y(p), stroke: "#e5e5e5" }, svg);
    el("text", { x: left - 6, y: y(p) + 4, "text-anchor": "end" }, svg).textContent = fmtPercent(p);
  }
  if (lo < 0 && hi > 0) {
    el("line", { x1: x(0), x2: x(0), y1: top, y2: bottom, stroke: "#333" }, svg);
  }
  el("polyline", { points: q.map((v, k) => x(v) + "," + y((k + 1) / 100)).join(" "), fill: "none", stroke: "#0072B2", "stroke-width": 2.5 }, svg);
  el("text", { x: left + 4, y: 14, "class": "axis-title" }, svg).textContent = T("kans op een lagere eindreserve", "probability of a lower final reserve");
  amountAxis(svg, lo, hi, x, bottom, T("eindreserve ", "final reserve ") + reserve.year + " (EUR, p01 – p99)");
}

function show(a) {
  $("headline").textContent = a.headline_text;
  $("headline").dataset.p = a.p_verduurzaamd.estimate;
  $("criterion").textContent = a.criterion;
  $("tests").textContent = a.tests;
  const notes = $("notes");
  notes.replaceChildren();
  (a.notes || []).forEach(t => { const li = document.createElement("li"); li.textContent = t; notes.appendChild(li); });
  document.querySelector("section.answer").classList.toggle("preview", a.answer === false);
  // a precise run's answer says its own status (see precise)
  if (a.answer === true) {
    $("status").textContent = (lang === "en" ? "The scenario's answer: " : "Het antwoord van het scenario: ") + fmtInt(a.iterations)
      + (lang === "en" ? " draws, seed " : " doorrekeningen, seed ") + a.seed
      + (lang === "en" ? " (the same as ppsim run)" : " (hetzelfde als ppsim run)")
      + (a.capped ? (lang === "en" ? "; the scenario asks for more draws than the web app runs" : "; het scenario vraagt meer doorrekeningen dan de webapp draait") : "");
  } else if (a.answer === false) {
    $("status").textContent = (lang === "en" ? "Preview: " : "Voorlopig: ") + fmtInt(a.iterations) + (lang === "en" ? " of " : " van ")
      + fmtInt(a.answer_iterations) + (lang === "en" ? " draws" : " doorrekeningen");
  }
  const messages = $("messages");
  messages.innerHTML = "";
  for (const m of a.messages) {
    const li = document.createElement("li");
    li.textContent = m;
    messages.appendChild(li);
  }
  chart($("chart-p"), a.years, [{ values: a.years.map((y) => y.p_self_sufficient), colour: "#0072B2" },
    { values: a.years.map((y) => y.p_reserve_negative), colour: "#D55E00" }], [0, 1], (v) => fmtPercent(v), T("kans", "probability"));
  chart($("chart-reserve"), a.years, [{ values: a.years.map((y) => y.reserve_p50), low: a.years.map((y) => y.reserve_p05),
    high: a.years.map((y) => y.reserve_p95), colour: "#0072B2" }], null, (v, scale) => fmtAmount(v, scale), T("reserve (EUR)", "reserve (EUR)"));
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
  const response = await api("api/compare?lang=" + lang, { method: "POST", signal: controller.signal,
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

// the routes of the scenario's explore: section, as ppsim explore chooses them (docs/explore.md)
async function exploreRoutes() {
  const button = $("explore-run");
  button.disabled = true;
  $("explore-summary").hidden = false;
  $("explore-summary").textContent = lang === "en" ? "computing the routes…" : "routes doorrekenen…";
  const body = $("explore-table").querySelector("tbody");
  body.innerHTML = "";
  try {
    const response = await api("api/explore?lang=" + lang, { method: "POST", body: $("yaml").value });
    const answer = await response.json();
    if (!response.ok) {
      $("explore-summary").textContent = answer.error.message;
      return;
    }
    $("explore-summary").textContent = answer.summary;
    $("explore-objective").textContent = answer.objective_name;
    const rows = answer.candidates.slice().sort((a, b) => b.value - a.value);
    for (const c of rows) {
      const row = document.createElement("tr");
      const status = c.chosen ? (lang === "en" ? "chosen" : "gekozen")
        : c.in_best_set ? (lang === "en" ? "cannot be told apart" : "niet te onderscheiden")
        : c.feasible ? (lang === "en" ? "no" : "nee")
        : (lang === "en" ? "takes no part: " : "doet niet mee: ") + c.outside;
      for (const text of [c.route, c.value_text, c.interval_text, status]) {
        const td = document.createElement("td");
        td.textContent = text;
        row.appendChild(td);
      }
      body.appendChild(row);
    }
  } finally {
    button.disabled = false;
  }
}

// the review against the scheme, as ppsim check makes it (slower: a full run and a tornado)
async function review() {
  $("conclusion").textContent = lang === "en" ? "reviewing…" : "toetsen…";
  const response = await api("api/check?lang=" + lang, { method: "POST", body: $("yaml").value });
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
  // the precise run answers the text as it is now: a quick run still going would only overwrite it
  clearTimeout(timer);
  if (pending) {
    pending.abort();
    pending = null;
  }
  const button = $("precise");
  button.disabled = true;
  const bar = $("progress");
  bar.hidden = false;
  bar.value = 0;
  try {
    const text = $("yaml").value;
    const start = await api("api/precise?se=0.005&lang=" + lang, { method: "POST", body: text });
    const job = await start.json();
    if (!start.ok) {
      showError(job.error.message);
      return;
    }
    while (true) {
      await new Promise((resolve) => setTimeout(resolve, 300));
      const state = await (await api("api/jobs/" + job.job)).json();
      bar.value = state.total > 0 ? state.done / state.total : 0;
      if (state.finished) {
        if (state.error) {
          showError(state.error.message);
        } else {
          if ($("yaml").value !== text) {
            $("status").textContent = lang === "en" ? "The text changed while the precise run ran: its answer is not shown; run it again."
              : "De tekst veranderde terwijl de precieze run liep: zijn antwoord staat er niet; start hem opnieuw.";
            return;
          }
          preciseFor = text;
          show(state.answer);
          markStale(null);
          $("status").textContent = (lang === "en" ? "precise run: standard error " : "precieze run: standaardfout ")
            + fmtPercent(state.answer.p_verduurzaamd.se) + (lang === "en" ? " after " : " na ")
            + state.answer.iterations.toLocaleString(lang === "en" ? "en-GB" : "nl-NL") + (lang === "en" ? " draws" : " doorrekeningen");
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
  if (/\.xlsx$/i.test(file.name)) {
    // a plan workbook: the server reads it as ppsim run does, and the editor shows the YAML it reads into
    reader.onload = async () => {
      const response = await api("api/workbook?lang=" + lang + "&name=" + encodeURIComponent(file.name),
        { method: "POST", body: reader.result });
      if (!response.ok) {
        const answer = await response.json();
        showError(answer.error.message);
        return;
      }
      $("yaml").value = await response.text();
      simulate();
    };
    reader.readAsArrayBuffer(file);
  } else {
    reader.onload = () => { $("yaml").value = reader.result; simulate(); };
    reader.readAsText(file);
  }
  e.target.value = "";
}
// a file for the user: the browser saves the blob under the name
function offer(blob, name) {
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
}
// a file the server sent, under the name its Content-Disposition gives (else the fallback)
async function offerResponse(response, fallback) {
  const match = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") || "");
  offer(await response.blob(), match ? match[1] : fallback);
}
// the plan as a workbook, as ppsim template --from writes it, in the page's language
async function saveWorkbook() {
  const response = await api("api/template?lang=" + lang, { method: "POST", body: $("yaml").value });
  if (!response.ok) {
    const answer = await response.json();
    showError(answer.error.message);
    return;
  }
  const id = /^scenario:\s*([a-z0-9-]+)/m.exec($("yaml").value);
  offer(await response.blob(), (id ? id[1] : "plan") + ".xlsx");
}
function save() {
  const id = /^scenario:\s*([a-z0-9-]+)/m.exec($("yaml").value);
  offer(new Blob([$("yaml").value], { type: "text/yaml" }), (id ? id[1] : "scenario") + ".yaml");
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
    const response = await api("api/report?lang=" + lang, { method: "POST", body: $("yaml").value });
    if (!response.ok) {
      const answer = await response.json();
      showError(answer.error.message);
      return;
    }
    await offerResponse(response, "rapport.zip");
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
$("save-xlsx").addEventListener("click", saveWorkbook);
$("undo").addEventListener("click", undo);
$("redo").addEventListener("click", redo);
$("precise").addEventListener("click", precise);
$("error").addEventListener("click", goToLine);
$("review").addEventListener("click", review);
$("explore-run").addEventListener("click", exploreRoutes);
$("files").addEventListener("change", (e) => openFile(e.target.value));
$("lang").addEventListener("change", async (e) => {
  lang = e.target.value;
  applyLanguage();
  simulate();
  catalog = await (await api("api/models?lang=" + lang)).json();
  renderForm();
});
applyLanguage();
start();

// the local server shows the examples at once; the shared server first asks who is there (shared.js)
async function start() {
  let me = {};
  try {
    const response = await api("api/me");
    me = response.ok ? await response.json() : {};
  } catch (e) {
    me = {};
  }
  if (me.shared && !(await sharedStart(me))) {
    return;
  }
  await loadFiles();
  await startForm();
  if (me.shared) {
    await sharedLoad();
  }
}

// ------------------------------------------------------------------ the form
// The form edits the scenario's JSON form (POST /api/parse) and writes it back into the editor's YAML
// (POST /api/render with the text, so comments and style stay where the form left them): general settings,
// subsidy and scheme, partners (also pools), lines, business models with the catalog's parameters, risks,
// correlations and what counts as sustained. An uncertain number is a fixed value, low / likely / high
// (PERT) or a 90% range; anything else stays as written ("advanced"). Every field knows its YAML path, so a
// scenario error is shown at the field it concerns.
const T = (nl, en) => (lang === "en" ? en : nl);

// what a typed number means: a number, or the text itself when it is not a plain number or when a Dutch writer
// means a thousands separator (250.000): ppsim then answers with its message, and 250.000 is never read as 250
function num(text) {
  const t = text.trim();
  if (/^[-+]?[1-9][0-9]{0,2}(\.[0-9]{3})+$/.test(t) || !/^[-+]?([0-9]+(\.[0-9]*)?|\.[0-9]+)(e[-+]?[0-9]+)?$/i.test(t)) {
    return t;
  }
  return Number(t);
}

function uncertain(value, onChange, placeholder) {
  const box = document.createElement("span");
  box.className = "uncertain";
  const kind = document.createElement("select");
  // every distribution the engine accepts has fields of its own; discrete (lists) is written as JSON
  const forms = {
    uniform: [T("min", "min"), T("max", "max")],
    normal: [T("gemiddelde", "mean"), T("sd", "sd")],
    lognormal: [T("gemiddelde", "mean"), T("sd", "sd")],
    beta: ["alpha", "beta"],
    poisson: [T("gemiddelde", "mean")],
    bernoulli: [T("kans", "probability")],
  };
  const kinds = [["fixed", T("vast", "fixed")], ["pert", T("laag / waarschijnlijk / hoog", "low / likely / high")],
    ["range90", T("90%-bereik", "90% range")], ["uniform", T("uniform (min / max)", "uniform (min / max)")],
    ["normal", T("normaal", "normal")], ["lognormal", T("lognormaal", "lognormal")], ["beta", "beta"],
    ["poisson", T("Poisson (aantallen)", "Poisson (counts)")], ["bernoulli", T("ja/nee (kans)", "yes/no (probability)")],
    ["advanced", T("geavanceerd (discrete)", "advanced (discrete)")]];
  for (const [k, label] of kinds) {
    const o = document.createElement("option");
    o.value = k;
    o.textContent = label;
    kind.appendChild(o);
  }
  const inputs = document.createElement("span");
  box.append(kind, inputs);
  const current = value === undefined || value === null ? null : value;
  const formOf = (c) => Object.keys(forms).find((k) => c[k] !== undefined);
  let mode = current === null || typeof current === "number" || typeof current === "string" ? "fixed"
    : current.pert || current.triangular ? "pert" : current.range90 ? "range90" : formOf(current) || "advanced";
  kind.value = mode;
  // low / likely / high keeps the family it was written in (triangular stays triangular), PERT by default
  const family = current && current.triangular ? "triangular" : "pert";
  function field(v, label) {
    const input = document.createElement("input");
    input.inputMode = "decimal";
    input.className = "number";
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
    const args = current === null || typeof current !== "object" ? [current] : current.pert || current.triangular || current.range90 || [];
    if (mode === "fixed") {
      fields = [field(typeof current === "number" || typeof current === "string" ? current : null, placeholder || T("waarde", "value"))];
    } else if (mode === "pert") {
      fields = [field(args[0], T("laag", "low")), field(args[1], T("waarschijnlijk", "likely")), field(args[2], T("hoog", "high"))];
    } else if (mode === "range90") {
      fields = [field(args[0], T("laag (p5)", "low (p5)")), field(args[1], T("hoog (p95)", "high (p95)"))];
    } else if (forms[mode]) {
      const given = current && typeof current === "object" && current[mode] !== undefined
        ? [].concat(current[mode]) : [];
      fields = forms[mode].map((label, k) => field(given[k], label));
    } else {
      const text = document.createElement("input");
      text.className = "name";
      text.value = current === null ? "" : JSON.stringify(current);
      text.placeholder = "{\"lognormal\": [10, 0.5]}";
      text.title = T("de verdeling als JSON: uniform, triangular, pert, normal, lognormal, beta, poisson, bernoulli, range90, discrete"
        + " (zie de README), bv. {\"normal\": [100000, 8000]}", "the distribution as JSON: uniform, triangular, pert, normal, lognormal, beta,"
        + " poisson, bernoulli, range90, discrete (see the README), e.g. {\"normal\": [100000, 8000]}");
      text.addEventListener("change", () => { try { onChange(JSON.parse(text.value)); } catch (e) { /* keep typing */ } });
      inputs.appendChild(text);
      fields = [];
    }
  }
  function emit() {
    const v = fields.map((f) => (f.value === "" ? null : num(f.value)));
    if (mode === "fixed" && v[0] === null) {
      onChange(undefined);
      return;
    }
    if (v.some((x) => x === null)) {
      return;
    }
    onChange(mode === "fixed" ? v[0] : mode === "pert" ? { [family]: v } : mode === "range90" ? { range90: v }
      : forms[mode].length === 1 ? { [mode]: v[0] } : { [mode]: v });
  }
  kind.addEventListener("change", () => { mode = kind.value; build(); emit(); });
  build();
  return box;
}

// a field: its label, its input and the YAML path a scenario error names, so the error can be shown here
function labelled(text, element, path) {
  const label = document.createElement("label");
  label.append(text + " ", element);
  if (path) {
    label.dataset.path = path;
  }
  return label;
}
function set(object, key, value) {
  if (value === undefined || value === null || value === "") {
    delete object[key];
  } else {
    object[key] = value;
  }
  changed();
}
function numberField(object, key, text, path) {
  const input = document.createElement("input");
  input.inputMode = "decimal";
  input.className = "number";
  if (typeof object[key] === "number" || typeof object[key] === "string") {
    input.value = object[key];
  }
  input.addEventListener("input", () => set(object, key, input.value === "" ? undefined : num(input.value)));
  return labelled(text, input, path);
}
function textField(object, key, text, path) {
  const input = document.createElement("input");
  input.className = "name";
  input.value = object[key] === undefined ? "" : String(object[key]);
  input.addEventListener("input", () => set(object, key, input.value));
  return labelled(text, input, path);
}
// a list of years typed as "2031, 2035"
function yearsField(object, key, text, path) {
  const input = document.createElement("input");
  input.value = Array.isArray(object[key]) ? object[key].join(", ") : "";
  input.placeholder = "2031, 2035";
  input.addEventListener("input", () => {
    const years = input.value.split(/[,; ]+/).filter((v) => v !== "").map(Number);
    if (years.every((y) => Number.isInteger(y))) {
      set(object, key, years.length ? years : undefined);
    }
  });
  return labelled(text, input, path);
}
// a choice; values are [value, text] pairs or plain values; "" means: leave the key out
function selectField(object, key, text, values, path, after) {
  const select = document.createElement("select");
  for (const v of values) {
    const [value, label] = Array.isArray(v) ? v : [v, v];
    const o = document.createElement("option");
    o.value = value;
    o.textContent = label;
    select.appendChild(o);
  }
  select.value = object[key] === undefined ? "" : String(object[key]);
  select.addEventListener("change", () => { set(object, key, select.value); if (after) { after(); } });
  return labelled(text, select, path);
}
function checkField(object, key, text, path, after) {
  const box = document.createElement("input");
  box.type = "checkbox";
  box.checked = object[key] === true;
  box.addEventListener("change", () => { set(object, key, box.checked ? true : undefined); if (after) { after(); } });
  return labelled(text, box, path);
}
function uncertainField(object, key, text, path, placeholder) {
  return labelled(text, uncertain(object[key], (v) => set(object, key, v), placeholder), path);
}
function section(title, items, path, make, fresh) {
  const fieldset = document.createElement("fieldset");
  fieldset.dataset.path = path;
  const legend = document.createElement("legend");
  legend.textContent = title;
  fieldset.appendChild(legend);
  (items || []).forEach((item, k) => {
    const row = document.createElement("div");
    row.className = "item";
    row.dataset.path = path + "[" + k + "]";
    make(item, row, path + "[" + k + "]");
    const remove = document.createElement("button");
    remove.type = "button";
    remove.textContent = T("verwijderen", "remove");
    remove.addEventListener("click", () => { items.splice(k, 1); changed(); renderForm(); });
    row.appendChild(remove);
    fieldset.appendChild(row);
  });
  const add = document.createElement("button");
  add.type = "button";
  add.textContent = T("toevoegen", "add");
  add.addEventListener("click", () => { items.push(fresh()); changed(); renderForm(); });
  fieldset.appendChild(add);
  return fieldset;
}
function group(title, path) {
  const fieldset = document.createElement("fieldset");
  fieldset.dataset.path = path;
  fieldset.innerHTML = "<legend></legend>";
  fieldset.firstChild.textContent = title;
  return fieldset;
}
function list(object, key) {
  if (!Array.isArray(object[key])) {
    object[key] = [];
  }
  return object[key];
}
function modelName(m) {
  const c = catalog.find((x) => x.key === m.model);
  return m.name || (c ? c.name : m.model);
}
// the uncertain inputs a correlation may join: their YAML path and a label from the scenario's names
function uncertainInputs() {
  const out = [];
  const add = (path, label, v) => { if (v && typeof v === "object") { out.push([path, label]); } };
  add("subsidy.per_year", T("subsidie per jaar", "subsidy per year"), (tree.subsidy || {}).per_year);
  (tree.partners || []).forEach((p, k) => {
    add("partners[" + k + "].cash_per_year", p.name + ": " + T("geld", "cash"), p.cash_per_year);
    add("partners[" + k + "].in_kind_per_year", p.name + ": " + T("natura", "in kind"), p.in_kind_per_year);
  });
  (tree.lines || []).forEach((l, k) => add("lines[" + k + "].amount", l.name, l.amount));
  (tree.business_models || []).forEach((m, k) => {
    const c = catalog.find((x) => x.key === m.model);
    for (const [key, v] of Object.entries(m.params || {})) {
      const p = c && c.parameters.find((x) => x.key === key);
      add("business_models[" + k + "].params." + key, modelName(m) + ": " + (p ? p.label : key), v);
    }
  });
  return out;
}

function renderForm() {
  const form = $("form");
  form.innerHTML = "";
  if (!tree || typeof tree !== "object") {
    return;
  }
  const general = group(T("Algemeen", "General"), "");
  general.append(textField(tree, "title", T("Titel", "Title"), "title"),
    numberField(tree, "start_year", T("Startjaar", "Start year"), "start_year"),
    numberField(tree, "subsidy_years", T("Subsidiejaren", "Subsidy years"), "subsidy_years"),
    numberField(tree, "horizon_years", T("Jaren", "Years"), "horizon_years"),
    numberField(tree, "initial_reserve", T("Beginreserve (EUR)", "Initial reserve (EUR)"), "initial_reserve"),
    numberField(tree, "iterations", T("Doorrekeningen (volledig rapport)", "Draws (full report)"), "iterations"),
    numberField(tree, "seed", "Seed", "seed"));
  form.appendChild(general);

  tree.subsidy = tree.subsidy && typeof tree.subsidy === "object" ? tree.subsidy : {};
  const subsidy = group(T("Subsidie en regeling", "Subsidy and scheme"), "subsidy");
  const scheme = schemes.find((x) => x.key === tree.subsidy.scheme);
  subsidy.append(uncertainField(tree.subsidy, "per_year", T("Subsidie per jaar (EUR)", "Subsidy per year (EUR)"), "subsidy.per_year"),
    selectField(tree.subsidy, "scheme", T("Regeling", "Scheme"), [["", T("geen", "none")]].concat(schemes.map((x) => [x.key, x.key + ": " + x.title]),
      typeof tree.subsidy.scheme === "string" && !scheme ? [[tree.subsidy.scheme, tree.subsidy.scheme]] : []), "subsidy.scheme",
    () => { delete tree.subsidy.variant; renderForm(); }));
  if (scheme && scheme.variants.length) {
    subsidy.append(selectField(tree.subsidy, "variant", T("Variant", "Variant"), [["", T("geen", "none")]].concat(scheme.variants),
      "subsidy.variant"));
  }
  form.appendChild(subsidy);

  const models = (tree.business_models || []).map(modelName);
  form.appendChild(section("Partners", list(tree, "partners"), "partners", (p, row, path) => {
    row.append(textField(p, "name", T("Naam", "Name"), path + ".name"),
      selectField(p, "group", T("Groep", "Group"), [["onderwijs", T("onderwijs", "education")], ["werkveld", T("werkveld", "work field")],
        ["overheid", T("overheid", "government")]], path + ".group"),
      uncertainField(p, "cash_per_year", T("Geld per jaar", "Cash per year") + (p.pool ? T(" (per lid)", " (per member)") : ""), path + ".cash_per_year"),
      uncertainField(p, "in_kind_per_year", T("Natura per jaar", "In kind per year") + (p.pool ? T(" (per lid)", " (per member)") : ""),
        path + ".in_kind_per_year"),
      numberField(p, "committed_years", T("Zeker voor jaren", "Committed years"), path + ".committed_years"));
    const pool = document.createElement("input");
    pool.type = "checkbox";
    pool.checked = !!p.pool;
    pool.addEventListener("change", () => {
      if (pool.checked) {
        p.pool = { members: 10, leave_probability: 0.1 };
        delete p.renewal_probability;
        delete p.renewal_years;
      } else {
        delete p.pool;
      }
      changed();
      renderForm();
    });
    row.append(labelled(T("Pool (groep gelijksoortige leden)", "Pool (members alike)"), pool, path + ".pool"));
    if (p.pool && typeof p.pool === "object") {
      row.append(numberField(p.pool, "members", T("Leden bij de start", "Members at the start"), path + ".pool.members"),
        numberField(p.pool, "leave_probability", T("Kans per lid per jaar op vertrek", "Probability a member leaves per year"), path + ".pool.leave_probability"),
        uncertainField(p.pool, "join_per_year", T("Nieuwe leden per jaar", "New members per year"), path + ".pool.join_per_year"));
    } else {
      row.append(numberField(p, "renewal_probability", T("Kans op verlenging", "Renewal probability"), path + ".renewal_probability"),
        yearsField(p, "renewal_years", T("Opnieuw besluiten in", "Decides again in"), path + ".renewal_years"));
    }
    row.append(uncertainField(p, "after_subsidy_factor", T("Factor na de subsidie", "Factor after the subsidy"), path + ".after_subsidy_factor"),
      selectField(p, "pays_for", T("Klant van model", "Customer of model"), [["", T("geen", "none")]].concat(models,
        p.pays_for && !models.includes(p.pays_for) ? [p.pays_for] : []), path + ".pays_for"));
  }, () => ({ name: T("Nieuwe partner", "New partner"), group: "werkveld", cash_per_year: 10000, committed_years: tree.subsidy_years || 4 })));

  form.appendChild(section(T("Kosten en opbrengsten", "Costs and revenue"), list(tree, "lines"), "lines", (l, row, path) => row.append(
    textField(l, "name", T("Naam", "Name"), path + ".name"),
    selectField(l, "kind", T("Soort", "Kind"), [["cost", T("kosten", "cost")], ["revenue", T("opbrengst", "revenue")]], path + ".kind"),
    uncertainField(l, "amount", T("Bedrag per jaar", "Amount per year"), path + ".amount"),
    numberField(l, "from_year", T("Van jaar", "From year"), path + ".from_year"),
    numberField(l, "to_year", T("Tot en met jaar", "To year"), path + ".to_year"),
    uncertainField(l, "growth", T("Groei per jaar", "Growth per year"), path + ".growth")),
  () => ({ name: T("nieuwe regel", "new line"), kind: "cost", amount: 10000 })));

  form.appendChild(section(T("Bedrijfsmodellen", "Business models"), list(tree, "business_models"), "business_models", (m, row, path) => {
    row.append(selectField(m, "model", T("Model", "Model"), catalog.map((c) => [c.key, c.name + " (" + c.group + ")"]), path + ".model",
      renderForm), textField(m, "name", T("Naam", "Name"), path + ".name"),
    numberField(m, "from_year", T("Van jaar", "From year"), path + ".from_year"),
    numberField(m, "to_year", T("Tot en met jaar", "To year"), path + ".to_year"));
    const model = catalog.find((c) => c.key === m.model);
    if (model) {
      const about = document.createElement("p");
      about.className = "note";
      about.textContent = model.logic;
      row.appendChild(about);
      m.params = m.params && typeof m.params === "object" ? m.params : {};
      const params = document.createElement("div");
      for (const p of model.parameters) {
        params.appendChild(uncertainField(m.params, p.key, p.label + " [" + p.unit + "]", path + ".params." + p.key,
          p.default ? T("standaard ", "default ") + p.default : ""));
      }
      row.appendChild(params);
    }
  }, () => ({ model: catalog.length ? catalog[0].key : "", params: {} })));

  const partners = (tree.partners || []).map((p) => p.name);
  form.appendChild(section(T("Risico's", "Risks"), list(tree, "events"), "events", (e, row, path) => {
    row.append(textField(e, "name", T("Naam", "Name"), path + ".name"));
    const once = e.probability && typeof e.probability === "object";
    const holder = once ? e.probability : e;
    const key = once ? "once" : "probability";
    row.append(numberField(holder, key, once ? T("Kans (één keer)", "Probability (once)") : T("Kans per jaar", "Probability per year"),
      path + ".probability"));
    const onceBox = document.createElement("input");
    onceBox.type = "checkbox";
    onceBox.checked = once;
    onceBox.addEventListener("change", () => {
      const p = once ? e.probability.once : e.probability;
      e.probability = onceBox.checked ? { once: p } : p;
      changed();
      renderForm();
    });
    row.append(labelled(T("hoogstens één keer", "at most once"), onceBox));
    e.impact = e.impact && typeof e.impact === "object" ? e.impact : { cost: 10000 };
    const kind = Object.keys(e.impact)[0] || "cost";
    const choice = { kind };
    row.append(selectField(choice, "kind", T("Gevolg", "Impact"), [["cost", T("kosten", "cost")], ["partner_exit", T("partner stopt", "partner leaves")],
      ["revenue_loss", T("omzetverlies van een model", "revenue loss of a model")]], path + ".impact", () => {
      e.impact = choice.kind === "cost" ? { cost: 10000 } : choice.kind === "partner_exit" ? { partner_exit: partners[0] || "" }
        : { revenue_loss: { model: models[0] || "", share: 0.5, years: 1 } };
      changed();
      renderForm();
    }));
    if (kind === "cost") {
      row.append(uncertainField(e.impact, "cost", T("Kosten (EUR)", "Cost (EUR)"), path + ".impact.cost"));
    } else if (kind === "partner_exit") {
      row.append(selectField(e.impact, "partner_exit", "Partner", partners, path + ".impact.partner_exit"));
    } else if (kind === "revenue_loss" && e.impact.revenue_loss && typeof e.impact.revenue_loss === "object") {
      const loss = e.impact.revenue_loss;
      row.append(selectField(loss, "model", T("Model", "Model"), models, path + ".impact.revenue_loss.model"),
        numberField(loss, "share", T("Deel (0-1)", "Share (0-1)"), path + ".impact.revenue_loss.share"),
        numberField(loss, "years", T("Jaren", "Years"), path + ".impact.revenue_loss.years"));
    }
    row.append(numberField(e, "from_year", T("Van jaar", "From year"), path + ".from_year"),
      numberField(e, "to_year", T("Tot en met jaar", "To year"), path + ".to_year"));
  }, () => ({ name: T("nieuw risico", "new risk"), probability: 0.05, impact: { cost: 10000 } })));

  const inputs = uncertainInputs();
  form.appendChild(section(T("Correlaties (rangcorrelatie binnen een jaar)", "Correlations (rank correlation within a year)"),
    list(tree, "correlations"), "correlations", (c, row, path) => {
      c.between = Array.isArray(c.between) ? c.between : ["", ""];
      const pair = { a: c.between[0], b: c.between[1] };
      const options = inputs.concat([pair.a, pair.b].filter((v) => v && !inputs.some(([p]) => p === v)).map((v) => [v, v]));
      const update = () => { c.between = [pair.a, pair.b]; changed(); };
      row.append(selectField(pair, "a", T("Tussen", "Between"), options, path + ".between[0]", update),
        selectField(pair, "b", T("en", "and"), options, path + ".between[1]", update),
        numberField(c, "rank", T("Rangcorrelatie (-1 tot 1)", "Rank correlation (-1 to 1)"), path + ".rank"));
    }, () => ({ between: [inputs[0] ? inputs[0][0] : "", inputs[1] ? inputs[1][0] : ""], rank: 0.5 })));

  tree.sustainability = tree.sustainability && typeof tree.sustainability === "object" ? tree.sustainability : {};
  const sustained = group(T("Wat telt als verduurzaamd", "What counts as sustained"), "sustainability");
  sustained.append(selectField(tree.sustainability, "criterion", T("Criterium", "Criterion"), [["", T("standaard (doorgaan en structureel sluitend)",
    "default (continues and structurally balanced)")], ["continues_and_structural", "continues_and_structural"], ["continues", "continues"],
  ["structural", "structural"], ["balanced_every_year", "balanced_every_year"]], "sustainability.criterion"),
  numberField(tree.sustainability, "structural_years", T("Jaren voor structureel sluitend", "Years for structurally balanced"),
    "sustainability.structural_years"),
  checkField(tree.sustainability, "require_all_groups", T("Alle partijen dragen nog bij", "All groups still contribute"),
    "sustainability.require_all_groups"));
  form.appendChild(sustained);
  markError();
}

// the scenario's error at the field it concerns: the field with the longest path that the error's path starts with
function markError() {
  for (const e of document.querySelectorAll("#form .field-error")) {
    e.remove();
  }
  for (const e of document.querySelectorAll("#form .invalid")) {
    e.classList.remove("invalid");
  }
  if (!lastError || !lastError.path) {
    return;
  }
  let best = null;
  for (const e of document.querySelectorAll("#form [data-path]")) {
    const p = e.dataset.path;
    if (p && (lastError.path === p || lastError.path.startsWith(p + ".") || lastError.path.startsWith(p + "["))
      && (!best || p.length > best.dataset.path.length)) {
      best = e;
    }
  }
  if (best) {
    best.classList.add("invalid");
    const message = document.createElement("span");
    message.className = "field-error";
    message.setAttribute("role", "alert");
    message.textContent = lastError.message;
    best.appendChild(message);
  }
}

let renderTimer = null;
function changed() {
  formEditing = true;
  clearTimeout(renderTimer);
  renderTimer = setTimeout(async () => {
    const response = await api("api/render", { method: "POST", body: JSON.stringify({ tree: clean(tree), yaml: $("yaml").value }) });
    if (response.ok) {
      $("yaml").value = await response.text();
      simulate();
    }
    formEditing = false;
  }, 300);
}
// what the form adds to show empty sections (an empty list, an empty map) is not written into the YAML
function clean(t) {
  const out = JSON.parse(JSON.stringify(t));
  for (const m of Array.isArray(out.business_models) ? out.business_models : []) {
    if (m && m.params && typeof m.params === "object" && Object.keys(m.params).length === 0) {
      delete m.params;
    }
  }
  for (const k of ["partners", "lines", "business_models", "events", "correlations"]) {
    if (Array.isArray(out[k]) && out[k].length === 0) {
      delete out[k];
    }
  }
  for (const k of ["subsidy", "sustainability"]) {
    if (out[k] && typeof out[k] === "object" && Object.keys(out[k]).length === 0) {
      delete out[k];
    }
  }
  return out;
}

async function toForm() {
  if (formEditing) {
    return;
  }
  const response = await api("api/parse", { method: "POST", body: $("yaml").value });
  if (response.ok) {
    tree = await response.json();
    renderForm();
  }
}

async function startForm() {
  [catalog, schemes] = await Promise.all([(await api("api/models?lang=" + lang)).json(), (await api("api/schemes")).json()]);
  $("yaml").addEventListener("input", () => { clearTimeout(renderTimer); setTimeout(toForm, 600); });
  const original = openFile;
  openFile = async (name) => { await original(name); toForm(); };
  setTimeout(toForm, 800);
}
