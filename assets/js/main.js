/* homepage theme: collapsible navigation on narrow screens, and in-page links that
   stay in the current tab (the page sets <base target="_blank"> for everything else).
   Plain JavaScript, no dependencies. */
(function () {
  "use strict";

  function setupNav() {
    var nav = document.getElementById("site-nav");
    if (!nav) { return; }
    var button = nav.querySelector(".nav-toggle");
    var list = nav.querySelector(".visible-links");
    if (!button || !list) { return; }
    button.hidden = false;
    nav.classList.add("has-toggle");

    function setOpen(open) {
      nav.classList.toggle("is-open", open);
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
    button.addEventListener("click", function () {
      setOpen(!nav.classList.contains("is-open"));
    });
    list.addEventListener("click", function (event) {
      if (event.target.closest && event.target.closest("a")) { setOpen(false); }
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && nav.classList.contains("is-open")) {
        setOpen(false);
        button.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (nav.classList.contains("is-open") && !nav.contains(event.target)) { setOpen(false); }
    });
  }

  function keepInPageLinksHere() {
    var links = document.querySelectorAll('a[href^="#"]:not([target])');
    Array.prototype.forEach.call(links, function (a) { a.setAttribute("target", "_self"); });
  }

  function init() {
    setupNav();
    keepInPageLinksHere();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
