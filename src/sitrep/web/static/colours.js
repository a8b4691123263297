// Colours of the PLOVER types (the map's markers, the timeline's bars, the legend).
"use strict";
window.SITREP_COLOURS = {
  ASSAULT: "#c0392b", COERCE: "#e67e22", PROTEST: "#8e44ad", MOBILIZE: "#d35400",
  THREATEN: "#f1c40f", ACCUSE: "#2c3e50", SANCTION: "#16a085", REJECT: "#7f8c8d",
  REQUEST: "#2980b9", AGREE: "#27ae60", CONSULT: "#3498db", SUPPORT: "#1abc9c",
  CONCEDE: "#95a5a6", COOPERATE: "#2ecc71", AID: "#9b59b6", RETREAT: "#bdc3c7"
};
window.sitrepColour = function (type) { return window.SITREP_COLOURS[type] || "#555"; };
