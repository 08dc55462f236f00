/* quizgen: say "too large" before uploading, so nothing typed on the page is lost.
 * The server refuses a request over its limit (413) without reading the form; checking
 * the chosen file here keeps the pasted text and the title where they are.
 */
(function () {
  "use strict";
  var box = document.querySelector("[data-max-bytes]");
  if (!box) { return; }
  var limit = parseInt(box.getAttribute("data-max-bytes"), 10) || 0;
  var input = box.querySelector("input[type=file]");
  var form = input && input.form;
  if (!input || !form || !limit) { return; }
  var note = document.createElement("p");
  note.className = "error";
  note.id = input.id + "-size";
  note.setAttribute("role", "alert");
  note.hidden = true;
  input.parentNode.appendChild(note);

  function tooLarge() {
    var file = input.files && input.files[0];
    return file && file.size > limit ? file : null;
  }
  function check() {
    var file = tooLarge();
    note.hidden = !file;
    note.textContent = file ? "“" + file.name + "” is " + (file.size / 1048576).toFixed(1) + " MB; the limit is " +
      Math.round(limit / 1048576) + " MB. Choose a smaller file, or paste the text instead." : "";
    var described = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (id) {
      return id && id !== note.id;
    });
    if (file) { described.push(note.id); input.setAttribute("aria-invalid", "true"); }
    else { input.removeAttribute("aria-invalid"); }
    if (described.length) { input.setAttribute("aria-describedby", described.join(" ")); }
    else { input.removeAttribute("aria-describedby"); }
    return !file;
  }
  input.addEventListener("change", check);
  form.addEventListener("submit", function (event) {
    if (!check()) { event.preventDefault(); input.focus(); }
  });
}());
