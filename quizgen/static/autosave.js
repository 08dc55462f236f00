/* quizgen autosave: every answer is saved as the student works.
 *
 * - debounced per question, one request at a time, retried with back-off;
 * - each save carries a per-question version; the server keeps the highest,
 *   so an older save can never overwrite a newer one;
 * - a visible status per question ("Saved" / "Not saved — retrying").
 * Without JavaScript the page still works: its form posts every answer.
 */
(function () {
  "use strict";
  var form = document.querySelector(".attempt-form");
  if (!form || !window.fetch || !window.FormData) { return; }
  var url = form.getAttribute("data-save-url");
  var tokenMeta = document.querySelector('meta[name="csrf-token"]');
  var token = tokenMeta ? tokenMeta.getAttribute("content") : "";
  var DEBOUNCE_MS = 700;
  var state = {};
  var queue = [];
  var busy = false;
  var retryDelay = 1000;

  function fieldsetOf(element) { return element.closest ? element.closest("fieldset[data-question]") : null; }

  function stateFor(fieldset) {
    var id = fieldset.getAttribute("data-question");
    if (!state[id]) {
      var stored = parseInt(fieldset.getAttribute("data-version"), 10) || 0;
      state[id] = { fieldset: fieldset, version: stored, saved: stored, timer: null };
    }
    return state[id];
  }

  function show(entry, text, kind) {
    var status = entry.fieldset.querySelector(".save-status");
    if (!status) { return; }
    status.textContent = text;
    status.className = "save-status" + (kind ? " " + kind : "");
  }

  function changed(event) {
    var fieldset = fieldsetOf(event.target);
    if (!fieldset) { return; }
    var entry = stateFor(fieldset);
    entry.version += 1;
    show(entry, "Saving…", "pending");
    clearTimeout(entry.timer);
    entry.timer = setTimeout(function () { enqueue(fieldset.getAttribute("data-question")); }, DEBOUNCE_MS);
  }

  function enqueue(id) {
    if (queue.indexOf(id) < 0) { queue.push(id); }
    pump();
  }

  function payload(id, entry, version) {
    var data = new FormData();
    data.append("question", id);
    data.append("version", String(version));
    var fields = entry.fieldset.querySelectorAll("input, select, textarea");
    for (var i = 0; i < fields.length; i++) {
      var field = fields[i];
      if (!field.name) { continue; }
      if ((field.type === "radio" || field.type === "checkbox") && !field.checked) { continue; }
      data.append(field.name, field.value);
    }
    return data;
  }

  function pump() {
    if (busy || queue.length === 0) { return; }
    var id = queue.shift();
    var entry = state[id];
    var version = entry.version;
    busy = true;
    fetch(url, {
      method: "POST", body: payload(id, entry, version), credentials: "same-origin",
      headers: { "X-CSRFToken": token, "Accept": "application/json" }
    }).then(function (response) {
      return response.json().then(function (body) { return { status: response.status, body: body }; });
    }).then(function (result) {
      busy = false;
      retryDelay = 1000;
      var body = result.body || {};
      if (body.ok || (body.reason === "stale" && body.version >= version)) {
        entry.saved = Math.max(entry.saved, version);
        if (entry.saved >= entry.version) { show(entry, "Saved", "ok"); }
      } else if (body.reason === "stale") {
        entry.version = body.version + 1;  // another tab saved later: ours is newest now
        queue.push(id);
      } else if (body.reason === "submitted" || body.reason === "time" || result.status === 403) {
        show(entry, "Time is up: this quiz is finished.", "error");
        queue = [];
        timeUp();
        return;
      } else {
        show(entry, "Not saved: " + (body.reason || "check this answer"), "error");
      }
      pump();
    }).catch(function () {
      busy = false;
      show(entry, "Not saved — retrying", "error");
      if (queue.indexOf(id) < 0) { queue.unshift(id); }
      setTimeout(pump, retryDelay);
      retryDelay = Math.min(retryDelay * 2, 15000);
    });
  }

  function pending() {
    for (var id in state) {
      if (Object.prototype.hasOwnProperty.call(state, id) && state[id].saved < state[id].version) { return true; }
    }
    return false;
  }

  form.addEventListener("input", changed);
  form.addEventListener("change", function (event) {
    if (event.target.type === "radio" || event.target.tagName === "SELECT") { changed(event); }
  });
  var submitting = false;
  form.addEventListener("submit", function () { submitting = true; });

  window.addEventListener("beforeunload", function (event) {
    if (!submitting && pending()) { event.preventDefault(); event.returnValue = ""; }
  });

  // ---- answer length counters ("120 of 2,000 characters")
  function count(field) {
    var target = document.getElementById(field.getAttribute("data-counter"));
    if (!target) { return; }
    var limit = parseInt(field.getAttribute("maxlength"), 10) || 0;
    target.textContent = field.value.length + " of " + limit.toLocaleString("en") + " characters";
  }
  form.addEventListener("input", function (event) {
    if (event.target.hasAttribute && event.target.hasAttribute("data-counter")) { count(event.target); }
  });

  // ---- the clock: sticky, announced at 5 and 1 minutes, and at time-up the form locks and
  // the saved answers are handed in once (no reloading loop).
  var timer = document.getElementById("timer");
  var announce = document.getElementById("timer-announce");
  var finished = false;

  function say(text) { if (announce) { announce.textContent = text; } }

  function lock() {
    var fields = form.querySelectorAll("input, select, textarea, button");
    for (var i = 0; i < fields.length; i++) {
      if (fields[i].type === "hidden") { continue; }
      if (fields[i].tagName === "BUTTON") { fields[i].hidden = true; } else { fields[i].disabled = true; }
    }
    var actions = document.getElementById("attempt-actions");
    if (actions) { actions.hidden = true; }
    form.classList.add("locked");
  }

  function handIn() {
    var handInForm = timer && document.getElementById(timer.getAttribute("data-submit-form"));
    submitting = true;
    if (handInForm) { handInForm.submit(); } else { window.location.reload(); }
  }

  function timeUp() {
    if (finished) { return; }
    finished = true;
    lock();
    var message = "Time is up. Your saved answers are being handed in.";
    if (timer) { timer.textContent = message; }
    var note = document.getElementById("timer-note");
    if (note) { note.textContent = ""; }
    say(message);
    // Let the saves already typed reach the server (it accepts them for a short grace) and the
    // student read what is happening (at least 3 s), then hand in.
    var waited = 0;
    (function wait() {
      if (waited < 3000 || ((busy || queue.length || pending()) && waited < 15000)) {
        waited += 250;
        pump();
        setTimeout(wait, 250);
      } else {
        handIn();
      }
    }());
  }

  if (timer) {
    var left = parseInt(timer.getAttribute("data-seconds-left"), 10);
    var end = Date.now() + left * 1000;
    var spoken = {};
    var tick = function () {
      var seconds = Math.max(0, Math.round((end - Date.now()) / 1000));
      var minutes = Math.floor(seconds / 60);
      if (seconds === 0) { timeUp(); return; }
      timer.textContent = "Time left: " + minutes + ":" + String(seconds % 60).padStart(2, "0");
      [5, 1].forEach(function (mark) {
        if (seconds <= mark * 60 && left > mark * 60 - 5 && !spoken[mark]) {
          spoken[mark] = true;
          say(mark === 1 ? "1 minute left." : mark + " minutes left.");
        }
      });
      setTimeout(tick, 1000);
    };
    tick();
  }
}());
