// AgentGym dashboard: sorting, filtering and live updates of the runs table; the learning
// curves (plotly.js, served from the plotly wheel) and their live extension. Everything the
// server sends as HTML was escaped there; data arrives as JSON and is drawn as text.
(function () {
  "use strict";

  const COLOURS = ["#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd",
                   "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf"];
  const GL_ABOVE = 20000; // points per trace beyond which WebGL draws them

  function setLive(on) {
    const badge = document.getElementById("live");
    if (badge) { badge.classList.toggle("off", !on); badge.textContent = on ? "live" : "reconnecting"; }
  }

  // --- runs page -------------------------------------------------------------------------
  function runsPage() {
    const table = document.getElementById("runs");
    const tbody = table.tBodies[0];
    const headers = Array.from(table.tHead.rows[0].cells);
    const filter = document.getElementById("filter");
    const statusFilter = document.getElementById("status-filter");
    const count = document.getElementById("run-count");
    let sortIndex = headers.findIndex((th) => th.classList.contains("sorted-desc"));
    let sortDirection = -1;

    function findRow(id) {
      return Array.from(tbody.rows).find((row) => row.dataset.run === id);
    }
    function value(row, index, kind) {
      const cell = row.cells[index];
      const raw = cell.dataset.value !== undefined ? cell.dataset.value : cell.textContent;
      return kind === "number" ? parseFloat(raw) : raw.trim().toLowerCase();
    }
    function sortRows() {
      if (sortIndex < 0) return;
      const kind = headers[sortIndex].dataset.sort;
      const rows = Array.from(tbody.rows);
      rows.sort((a, b) => {
        const x = value(a, sortIndex, kind), y = value(b, sortIndex, kind);
        return (x < y ? -1 : x > y ? 1 : 0) * sortDirection;
      });
      rows.forEach((row) => tbody.appendChild(row));
      headers.forEach((th, i) => {
        th.classList.toggle("sorted-asc", i === sortIndex && sortDirection > 0);
        th.classList.toggle("sorted-desc", i === sortIndex && sortDirection < 0);
      });
    }
    function applyFilter() {
      const text = filter.value.trim().toLowerCase();
      const status = statusFilter.value;
      let shown = 0;
      for (const row of tbody.rows) {
        const visible = (!text || row.textContent.toLowerCase().includes(text)) &&
                        (!status || row.dataset.status === status);
        row.hidden = !visible;
        if (visible) shown += 1;
      }
      count.textContent = shown === tbody.rows.length ? `${shown} runs` : `${shown} of ${tbody.rows.length} runs`;
      const empty = document.getElementById("no-runs");
      if (empty) empty.hidden = tbody.rows.length > 0;
    }
    headers.forEach((th, index) => {
      if (!th.dataset.sort) return;
      th.addEventListener("click", () => {
        sortDirection = index === sortIndex ? -sortDirection : 1;
        sortIndex = index;
        sortRows();
      });
    });
    filter.addEventListener("input", applyFilter);
    statusFilter.addEventListener("change", applyFilter);

    const source = new EventSource("/events/runs?since=" + encodeURIComponent(table.dataset.since));
    source.onopen = () => setLive(true);
    source.onerror = () => setLive(false);
    source.addEventListener("reload", () => { source.close(); location.reload(); });
    source.addEventListener("runs", (event) => {
      const data = JSON.parse(event.data);
      if (data.columns.join(",") !== table.dataset.columns) { source.close(); location.reload(); return; }
      for (const id of data.removed) {
        const row = findRow(id);
        if (row) row.remove();
      }
      for (const change of data.upserts) {
        const template = document.createElement("template");
        template.innerHTML = change.html.trim();
        const fresh = template.content.querySelector("tr");
        const old = findRow(change.id);
        if (old) {
          fresh.querySelector("input").checked = old.querySelector("input").checked;
          old.replaceWith(fresh);
        } else {
          fresh.classList.add("new");
          tbody.prepend(fresh);
        }
      }
      sortRows();
      applyFilter();
    });
    applyFilter();
  }

  // --- charts ----------------------------------------------------------------------------
  function layout(el) {
    const rate = el.dataset.rate === "1";
    return {
      title: { text: el.dataset.title, font: { size: 15 } },
      xaxis: { title: { text: "episodes" }, zeroline: false },
      yaxis: { title: { text: el.dataset.key }, range: rate ? [-0.02, 1.02] : undefined, zeroline: false },
      margin: { l: 60, r: 15, t: 40, b: 45 },
      height: 300,
      legend: { orientation: "h", y: -0.25, font: { size: 11 } },
      showlegend: true,
    };
  }
  function traces(parts, name, colour, withValidation) {
    const big = parts.train[0].length > GL_ABOVE;
    const list = [{
      x: parts.train[0], y: parts.train[1], name: withValidation ? `${name} (train)` : name,
      type: big ? "scattergl" : "scatter", mode: "lines", line: { color: colour, width: 1.6 },
    }];
    if (withValidation) {
      list.push({
        x: parts.validation[0], y: parts.validation[1], name: `${name} (validation)`,
        type: "scatter", mode: "lines+markers", line: { color: colour, dash: "dash", width: 1.2 },
        marker: { size: 5 },
      });
    }
    return list;
  }
  function charts() {
    return Array.from(document.querySelectorAll(".chart"));
  }
  function draw(runs) {
    // runs: [{name, points}] -> one chart per curve, every run overlaid
    for (const el of charts()) {
      const curve = el.dataset.curve, withValidation = el.dataset.validation === "1";
      const data = [];
      runs.forEach((run, i) => data.push(...traces(run.points[curve], run.name, COLOURS[i % COLOURS.length], withValidation)));
      Plotly.react(el, data, layout(el), { displaylogo: false, responsive: true });
    }
  }
  function extend(points) {
    let last = null;
    for (const el of charts()) {
      const parts = points[el.dataset.curve];
      if (!parts) continue;
      const names = el.dataset.validation === "1" ? ["train", "validation"] : ["train"];
      Plotly.extendTraces(el, { x: names.map((n) => parts[n][0]), y: names.map((n) => parts[n][1]) },
                          names.map((_, i) => i));
      const xs = parts.train[0];
      if (xs.length) last = xs[xs.length - 1];
    }
    return last;
  }

  // --- one run ---------------------------------------------------------------------------
  async function runPage() {
    const run = document.getElementById("run");
    const url = run.dataset.url;
    const name = document.querySelector(".run-name").textContent;
    const note = document.getElementById("curve-note");

    const evaluation = document.getElementById("evaluation");
    if (evaluation) {
      fetch(evaluation.dataset.src)
        .then((response) => response.text())
        .then((html) => { evaluation.innerHTML = html; })
        .catch((error) => { evaluation.textContent = `Could not load the evaluation: ${error}`; });
    }

    const response = await fetch(url + "/curves");
    const data = await response.json();
    draw([{ name, points: data.points }]);
    if (data.problem) note.textContent = data.problem;

    const query = `?offset=${data.offset}&status=${encodeURIComponent(run.dataset.status)}`;
    const source = new EventSource(url + "/events" + query);
    source.onopen = () => setLive(true);
    source.addEventListener("points", (event) => {
      const last = extend(JSON.parse(event.data));
      if (last !== null) {
        const episodes = document.getElementById("episodes");
        episodes.textContent = episodes.textContent.replace(/^\S+/, String(last));
      }
    });
    source.addEventListener("status", (event) => {
      const change = JSON.parse(event.data);
      const badge = document.querySelector("#status .status");
      badge.className = `status status-${change.status}`;
      badge.textContent = change.label;
      document.getElementById("status-reason").textContent = change.reason;
      run.dataset.status = change.status;
      source.close();
      setTimeout(() => location.reload(), 1500); // the result, the report link, the evaluation
    });
    source.addEventListener("reset", () => { source.close(); location.reload(); });
  }

  // --- compare ---------------------------------------------------------------------------
  async function comparePage() {
    const holder = document.getElementById("compare-charts");
    if (!holder) return;
    const runs = JSON.parse(holder.dataset.runs);
    const loaded = await Promise.all(runs.map(async (run) => {
      const response = await fetch(run.url + "/curves");
      return { name: run.name, points: (await response.json()).points };
    }));
    draw(loaded);
  }

  const page = document.body.dataset.page;
  if (page === "runs") runsPage();
  else if (page === "run") runPage();
  else if (page === "compare") comparePage();
})();
