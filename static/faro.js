// Faro's only script of its own: keyboard shortcuts, notices, form resets and keeping the
// timeline's newest entry in view. Everything works without it; htmx does the requests.
(function () {
  "use strict";

  function typing(target) {
    return target.closest("input, textarea, select, [contenteditable]") !== null;
  }

  function focusField(selector) {
    var field = document.querySelector(selector);
    if (!field) return false;
    var details = field.closest("details");
    if (details) details.open = true;
    field.focus();
    return true;
  }

  // --- Keyboard shortcuts: r reply, n note, q queue, / search, j/k move in the queue.
  var queueRow = -1;

  function moveInQueue(step) {
    var links = document.querySelectorAll("#queue-rows .case-link");
    if (!links.length) return;
    queueRow = Math.max(0, Math.min(links.length - 1, queueRow + step));
    links[queueRow].focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape" && typing(event.target)) {
      event.target.blur();
      return;
    }
    if (typing(event.target)) return;
    var handled = true;
    switch (event.key) {
      case "r": handled = focusField("#id_reply-text"); break;
      case "n": handled = focusField("#id_note-text"); break;
      case "/": handled = focusField("#id_q"); break;
      case "q": window.location.href = document.body.dataset.queueUrl; break;
      case "j": moveInQueue(1); break;
      case "k": moveInQueue(-1); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  // --- A link that leads to a form field puts the cursor in it ("Escalate to a supervisor").
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-focus]");
    if (link && focusField(link.dataset.focus)) event.preventDefault();
  });

  // --- Notices sent by the server in an HX-Trigger header.
  document.body.addEventListener("faro:notice", function (event) {
    var notices = document.getElementById("notices");
    if (!notices) return;
    var notice = document.createElement("p");
    notice.className = "notice notice-success";
    notice.textContent = event.detail.message;
    notices.replaceChildren(notice);
    window.setTimeout(function () { notice.remove(); }, 6000);
  });

  // --- After a successful action, clear the form that sent it and its old errors.
  document.body.addEventListener("htmx:afterRequest", function (event) {
    var form = event.detail.elt;
    if (!(form instanceof HTMLFormElement) || !event.detail.successful) return;
    form.querySelectorAll(".form-errors").forEach(function (box) { box.replaceChildren(); });
    var errors = document.getElementById("errors-" + (form.className.split("-form")[0] || ""));
    if (errors) errors.replaceChildren();
    if (form.hasAttribute("data-reset")) form.reset();
  });

  // --- Keep the newest activity in view, unless the agent scrolled up to read.
  function timeline() { return document.getElementById("timeline"); }
  function nearBottom(list) { return list.scrollHeight - list.scrollTop - list.clientHeight < 120; }
  var stick = true;

  document.addEventListener("DOMContentLoaded", function () {
    var list = timeline();
    if (!list) return;
    list.scrollTop = list.scrollHeight;
    list.addEventListener("scroll", function () { stick = nearBottom(list); });
  });
  document.body.addEventListener("htmx:afterSettle", function () {
    var list = timeline();
    if (list && stick) list.scrollTop = list.scrollHeight;
  });
})();
