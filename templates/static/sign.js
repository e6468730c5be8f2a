// Progressive enhancement only: the form works without this script.
// When the signer picks a country, preselect that country's first delivery
// point (unless they already chose one there), and move focus to the list of
// errors after a failed submission.
(function () {
  "use strict";
  var country = document.getElementById("country");
  var point = document.getElementById("delivery_point");
  if (country && point) {
    country.addEventListener("change", function () {
      var current = point.options[point.selectedIndex];
      if (current && current.getAttribute("data-country") === country.value) return;
      for (var i = 0; i < point.options.length; i++) {
        if (point.options[i].getAttribute("data-country") === country.value) {
          point.selectedIndex = i;
          return;
        }
      }
    });
  }
  var summary = document.getElementById("error-summary");
  if (summary) summary.focus();
})();
