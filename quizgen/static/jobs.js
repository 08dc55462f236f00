/* quizgen job progress: poll the job's status and announce each step.
 *
 * The status line is a live region (role="status"): it changes only when the
 * step changes, so a screen reader announces each step once. When the job
 * has finished, the browser goes to the job page, which leads on to the
 * result (or back to the form, with the reason, if it failed).
 * Without JavaScript the page refreshes itself instead (<noscript> refresh).
 */
(function () {
  "use strict";
  var box = document.querySelector(".job[data-status-url]");
  if (!box || !window.fetch) { return; }
  var url = box.getAttribute("data-status-url");
  var line = document.getElementById("job-status");
  var POLL_MS = 1000;
  var delay = POLL_MS;

  function showSteps(number) {
    var items = box.querySelectorAll(".job-steps li");
    for (var i = 0; i < items.length; i++) {
      var state = i + 1 < number ? "done" : (i + 1 === number ? "current" : "to do");
      items[i].className = state.replace(" ", "-");
      var label = items[i].querySelector(".job-step-state");
      if (label) { label.textContent = "(" + state + ")"; }
      if (state === "current") { items[i].setAttribute("aria-current", "step"); }
      else { items[i].removeAttribute("aria-current"); }
    }
  }

  function update(data) {
    if (line.textContent !== data.message) { line.textContent = data.message; }
    showSteps(data.step_number);
    if (data.next) {
      window.location.assign(data.next);
      return false;
    }
    return true;
  }

  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (response) {
        if (!response.ok) { throw new Error("status " + response.status); }
        return response.json();
      })
      .then(function (data) {
        delay = POLL_MS;
        if (update(data)) { window.setTimeout(poll, delay); }
      })
      .catch(function () {
        delay = Math.min(delay * 2, 10000);  // server busy or restarting: try again, less often
        window.setTimeout(poll, delay);
      });
  }

  window.setTimeout(poll, POLL_MS);
}());
