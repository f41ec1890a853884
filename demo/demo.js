// The merchant's own script (a separate file: the page's CSP allows no inline script).
// It mounts the widget on #pay (the /demo/element variant uses <coreport-checkout> instead) and
// lists every event the widget reports, as a shop would forward them to its own backend.
(function () {
  "use strict";
  var config = document.getElementById("pay");
  var log = document.getElementById("events");

  function record(event) {
    var li = document.createElement("li");
    li.setAttribute("data-type", event.type);
    var detail = event.payment ? event.payment.id + " " + event.payment.status : event.quote ? event.quote.id : event.message || "";
    li.textContent = event.type + (detail ? ": " + detail : "");
    log.appendChild(li);
  }

  var element = document.querySelector("coreport-checkout");
  if (element) {
    ["ready", "quote", "payment_created", "redirect", "status", "completed", "error"].forEach(function (type) {
      element.addEventListener("coreport:" + type, function (e) { record(e.detail); });
    });
    return;
  }
  if (!window.CorePort) {
    record({ type: "error", message: "The CorePort widget script did not load" });
    return;
  }
  window.CorePort.mount("#pay", {
    publishableKey: config.getAttribute("data-publishable-key"),
    amount: config.getAttribute("data-amount"),
    currency: config.getAttribute("data-currency"),
    reference: config.getAttribute("data-reference"),
    onEvent: record,
  });
})();
