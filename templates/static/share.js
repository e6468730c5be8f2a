// Progressive enhancement only: the share links work without this script.
// Where scripts run, show a copy-link button, and the browser's own share
// sheet where it has one (the Web Share API: every messenger on a phone,
// KakaoTalk included). Nothing is sent anywhere until the reader chooses.
(function () {
  "use strict";
  var buttons = document.querySelector(".share-buttons");
  if (!buttons) return;
  var copy = buttons.querySelector("[data-share-copy]");
  var native = buttons.querySelector("[data-share-native]");
  if (copy && navigator.clipboard) {
    buttons.hidden = false;
    copy.addEventListener("click", function () {
      navigator.clipboard.writeText(copy.getAttribute("data-url")).then(function () {
        copy.textContent = copy.getAttribute("data-copied");
      });
    });
  } else if (copy) {
    copy.hidden = true;
  }
  if (native && navigator.share) {
    buttons.hidden = false;
    native.hidden = false;
    native.addEventListener("click", function () {
      navigator.share({
        text: native.getAttribute("data-text"),
        url: native.getAttribute("data-url")
      }).catch(function () {});
    });
  }
})();
