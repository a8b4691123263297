// The timeline: incidents per day stacked by type (bars) and the day's fatalities (line), drawn
// as SVG from /api/v1/timeline. Dragging across it selects a range of days ("brushing") and
// tells the page (event "sitrep:range" on document), which filters the map and the list.
"use strict";
(function () {
  const NS = "http://www.w3.org/2000/svg";
  function el(name, attrs) {
    const node = document.createElementNS(NS, name);
    for (const k in attrs) node.setAttribute(k, attrs[k]);
    return node;
  }
  function draw(box, data, onRange) {
    box.textContent = "";
    const days = data.days;
    if (!days.length) { box.textContent = "No dated incidents match."; return; }
    const W = Math.max(box.clientWidth || 800, 300), H = 140, pad = 24;
    const svg = el("svg", {width: W, height: H, viewBox: `0 0 ${W} ${H}`, class: "timeline-svg"});
    const first = Date.parse(days[0].date), last = Date.parse(days[days.length - 1].date);
    const span = Math.max(1, (last - first) / 86400000 + 1);
    const bw = (W - 2 * pad) / span;
    const maxN = Math.max(...days.map(d => d.total), 1);
    const maxF = Math.max(...days.map(d => d.fatalities), 1);
    const x = date => pad + ((Date.parse(date) - first) / 86400000) * bw;
    for (const d of days) {
      let y = H - pad;
      for (const t of data.types) {
        const n = d.types[t] || 0;
        if (!n) continue;
        const h = (n / maxN) * (H - 2 * pad);
        y -= h;
        const r = el("rect", {x: x(d.date), y: y, width: Math.max(bw - 0.5, 0.8), height: h,
                              fill: window.sitrepColour(t), class: "bar"});
        const tip = el("title", {}); tip.textContent = `${d.date} ${t}: ${n}`;
        r.appendChild(tip); svg.appendChild(r);
      }
    }
    const pts = days.map(d => `${x(d.date) + bw / 2},${H - pad - (d.fatalities / maxF) * (H - 2 * pad)}`);
    svg.appendChild(el("polyline", {points: pts.join(" "), class: "fatalities-line"}));
    const axis = (text, xx, anchor) => {
      const t = el("text", {x: xx, y: H - 6, "text-anchor": anchor, class: "axis"});
      t.textContent = text; svg.appendChild(t);
    };
    axis(days[0].date, pad, "start");
    axis(days[days.length - 1].date, W - pad, "end");
    const yl = el("text", {x: W - pad, y: 12, "text-anchor": "end", class: "axis"});
    yl.textContent = `max ${maxN} incidents/day · ${maxF} killed/day`;
    svg.appendChild(yl);
    const brush = el("rect", {x: 0, y: pad / 2, width: 0, height: H - pad, class: "brush"});
    svg.appendChild(brush);
    const dayAt = px => {
      const i = Math.min(span - 1, Math.max(0, Math.floor((px - pad) / bw)));
      return new Date(first + i * 86400000).toISOString().slice(0, 10);
    };
    let start = null;
    const local = ev => ev.clientX - svg.getBoundingClientRect().left;
    svg.addEventListener("mousedown", ev => { start = local(ev); brush.setAttribute("x", start); brush.setAttribute("width", 0); ev.preventDefault(); });
    svg.addEventListener("mousemove", ev => {
      if (start === null) return;
      const now = local(ev);
      brush.setAttribute("x", Math.min(start, now)); brush.setAttribute("width", Math.abs(now - start));
    });
    const finish = ev => {
      if (start === null) return;
      const now = local(ev), a = Math.min(start, now), b = Math.max(start, now);
      start = null;
      if (b - a < 3) { brush.setAttribute("width", 0); onRange(null); return; }
      onRange([dayAt(a), dayAt(b)]);
    };
    svg.addEventListener("mouseup", finish);
    svg.addEventListener("mouseleave", ev => { if (start !== null) finish(ev); });
    box.appendChild(svg);
    const legend = document.getElementById("legend");
    if (legend) {
      legend.textContent = "";
      for (const t of data.types) {
        const item = document.createElement("span");
        const dot = document.createElement("span");
        dot.className = "dot t-" + t;
        item.appendChild(dot); item.appendChild(document.createTextNode(t + " "));
        legend.appendChild(item);
      }
    }
  }
  window.SitrepTimeline = {draw: draw};
})();
