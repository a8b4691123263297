// Review buttons of the incident page: each sends one correction to POST /api/v1/corrections
// with the token in the X-Sitrep-Token header (kept for this tab in sessionStorage), then
// reloads the page to show the corrected record.
"use strict";
(function () {
  for (const form of document.querySelectorAll(".review-form")) {
    const token = form.querySelector(".token");
    token.value = sessionStorage.getItem("sitrep-token") || "";
    const status = form.querySelector(".review-status");
    const send = body => {
      sessionStorage.setItem("sitrep-token", token.value);
      body.kind = form.dataset.kind; body.record_id = form.dataset.id;
      const note = form.querySelector(".note");
      if (note && note.value) body.note = note.value;
      status.textContent = "saving…";
      fetch("/api/v1/corrections", {method: "POST", body: JSON.stringify(body),
        headers: {"Content-Type": "application/json", "X-Sitrep-Token": token.value}})
        .then(r => r.json().then(data => ({ok: r.ok, data: data})))
        .then(res => {
          if (res.ok) { status.textContent = "saved as correction #" + res.data.id; window.location.reload(); }
          else status.textContent = "not saved: " + res.data.error + (res.data.hint ? " (" + res.data.hint + ")" : "");
        });
    };
    const on = (cls, make) => { const b = form.querySelector(cls); if (b) b.addEventListener("click", () => send(make())); };
    on(".act-wrong", () => ({action: "wrong"}));
    on(".act-set", () => ({action: "set", field: form.querySelector(".field").value,
                           value: form.querySelector(".value").value}));
    on(".act-merge", () => ({action: "merge", other_id: form.querySelector(".other").value}));
    on(".act-split", () => ({action: "split", other_id: form.querySelector(".split-article").value}));
  }
})();
