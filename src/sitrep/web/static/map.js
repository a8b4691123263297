// The map page: an offline basemap of country outlines, the incidents from /api/v1/map
// (points, clustered in the browser by Leaflet.markercluster; or clusters made on the server when
// thousands are in view), marker size by fatalities and colour by type, a click opens the
// incident; the timeline above brushes a range of days that filters the map and the list.
"use strict";
(function () {
  const box = document.getElementById("timeline");
  const base = JSON.parse(box.dataset.filters || "{}");
  let range = null;
  const map = L.map("map", {preferCanvas: true, worldCopyJump: true, minZoom: 1, maxZoom: 12})
    .setView([25, 20], 2);
  fetch("/static/vendor/countries.geojson").then(r => r.json()).then(geo => {
    L.geoJSON(geo, {style: {color: "#8a8f98", weight: 0.6, fillColor: "#eef0f2", fillOpacity: 1},
                    interactive: false}).addTo(map).bringToBack();
  });
  const points = L.markerClusterGroup({maxClusterRadius: 40, chunkedLoading: true});
  const clusters = L.layerGroup();
  map.addLayer(points); map.addLayer(clusters);
  window.sitrepMap = map; window.sitrepPoints = points;

  function params(extra) {
    const p = new URLSearchParams();
    for (const k in base) if (base[k]) p.set(k, base[k]);
    if (range) { p.set("since", range[0]); p.set("until", range[1]); }
    for (const k in extra) p.set(k, extra[k]);
    return p.toString();
  }
  function radius(dead) { return 5 + 3 * Math.sqrt(dead || 0); }
  function loadMap() {
    const b = map.getBounds();
    const bbox = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]
      .map(v => Math.max(-180, Math.min(180, v)).toFixed(3)).join(",");
    fetch("/api/v1/map?" + params({zoom: map.getZoom(), bbox: bbox}))
      .then(r => r.json()).then(fc => {
        points.clearLayers(); clusters.clearLayers();
        const layers = [];
        for (const f of fc.features || []) {
          const [lon, lat] = f.geometry.coordinates, p = f.properties;
          if (p.cluster) {
            const icon = L.divIcon({className: "server-cluster", iconSize: [36, 36]});
            const m = L.marker([lat, lon], {icon: icon, title: p.count + " incidents"});
            m.on("add", () => { const e = m.getElement(); if (e) e.textContent = String(p.count); });
            m.on("click", () => map.setView([lat, lon], Math.min(map.getZoom() + 2, 12)));
            clusters.addLayer(m);
          } else {
            const m = L.circleMarker([lat, lon], {radius: radius(p.fatalities_best),
              color: "#222", weight: 1, fillColor: window.sitrepColour(p.plover_type),
              fillOpacity: 0.8, className: "incident-marker"});
            m.bindTooltip(`${p.date_first || ""} ${p.plover_type} ${p.place || ""}` +
                          (p.fatalities_best ? ` · ${p.fatalities_best} killed` : ""));
            m.on("click", () => { window.location.href = "/incidents/" + encodeURIComponent(f.id); });
            m.incidentId = f.id;
            layers.push(m);
          }
        }
        points.addLayers(layers);
        window.sitrepMarkers = layers;
        document.getElementById("map").dataset.count = String(fc["sitrep:count"]);
        document.getElementById("map").dataset.markers = String(layers.length);
      });
  }
  let cursor = null;
  function loadList(append) {
    const tbody = document.querySelector("#incident-list tbody");
    if (!append) { tbody.textContent = ""; cursor = null; }
    const extra = {limit: 50, sort: "-fatalities"};
    if (cursor) extra.cursor = cursor;
    fetch("/api/v1/incidents?" + params(extra)).then(r => r.json()).then(page => {
      for (const i of page.items) {
        const tr = document.createElement("tr");
        tr.dataset.date = i.date_first || "";
        const cells = [i.date_first || "", i.plover_type, i.place || "",
                       i.fatalities_best == null ? "" : String(i.fatalities_best), String(i.n_sources)];
        cells.forEach((text, k) => {
          const td = document.createElement("td");
          if (k === 0) {
            const a = document.createElement("a");
            a.href = "/incidents/" + encodeURIComponent(i.id); a.textContent = text || i.id.slice(4, 12);
            td.appendChild(a);
          } else td.textContent = text;
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      }
      cursor = page.next_cursor;
      document.getElementById("more").hidden = !cursor;
      document.getElementById("list-count").textContent =
        range ? `${range[0]} – ${range[1]}` : "";
    });
  }
  function loadTimeline() {
    fetch("/api/v1/timeline?" + params({})).then(r => r.json()).then(data => {
      window.SitrepTimeline.draw(box, data, r => {
        range = r;
        document.getElementById("brush-label").textContent = r ? `${r[0]} – ${r[1]}` : "";
        document.body.dataset.range = r ? r.join("/") : "";
        loadMap(); loadList(false);
      });
    });
  }
  map.on("moveend", loadMap);
  document.getElementById("more").addEventListener("click", () => loadList(true));
  loadTimeline(); loadMap(); loadList(false);
})();
