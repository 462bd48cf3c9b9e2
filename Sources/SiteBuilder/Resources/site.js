/* ActivationAtlas layout script (assets/site.js): the menu button of narrow screens and
   the "On this page" highlight. A classic script, nothing fetched, so it works from
   file://. Without it the page stays whole: the button stays hidden, on a phone the
   lists stand above the lesson (the skip link passes them), and the contents list is
   there, only not highlighted. */
(function () {
  'use strict';
  var root = document.documentElement;
  var button = document.querySelector('.menu-button');
  var menu = document.getElementById('site-menu');
  // The width at which the sidebars stand beside the lesson (style.css, 68.75rem).
  var wide = window.matchMedia('(min-width: 68.75rem)');

  if (button && menu) {
    root.classList.add('has-menu-button');
    button.hidden = false;
    var setOpen = function (open) {
      button.setAttribute('aria-expanded', open ? 'true' : 'false');
      root.classList.toggle('menu-open', open);
    };
    button.addEventListener('click', function () {
      setOpen(button.getAttribute('aria-expanded') !== 'true');
    });
    // Escape closes the menu and gives the focus back to its button.
    menu.addEventListener('keydown', function (event) {
      if (event.key === 'Escape' && button.getAttribute('aria-expanded') === 'true') {
        setOpen(false);
        button.focus();
      }
    });
    // Following a link of the menu (a heading of this page) closes it.
    menu.addEventListener('click', function (event) {
      if (event.target.closest && event.target.closest('a') && !wide.matches) setOpen(false);
    });
  }

  // The contents entry of the heading the reader is in: the last h2/h3 whose top has
  // passed the upper fifth of the window, else the first.
  var toc = document.querySelector('nav.toc');
  if (!toc || !('IntersectionObserver' in window)) return;
  var links = {};
  Array.prototype.forEach.call(toc.querySelectorAll('a[href^="#"]'), function (a) {
    links[decodeURIComponent(a.getAttribute('href').slice(1))] = a;
  });
  function find() {
    return Array.prototype.filter.call(
      document.querySelectorAll('main h2[id], main h3[id]'), function (h) { return links[h.id]; });
  }
  var headings = find();
  if (!headings.length) return;
  var active = null;
  function update() {
    // The lesson replaced in place (atlas serve's live reload): its new headings.
    if (!headings[0].isConnected) {
      headings = find();
      headings.forEach(function (h) { observer.observe(h); });
      if (!headings.length) return;
    }
    var line = window.innerHeight * 0.2;
    var current = headings[0];
    for (var i = 0; i < headings.length; i++) {
      if (headings[i].getBoundingClientRect().top <= line) current = headings[i]; else break;
    }
    var a = links[current.id];
    if (a === active) return;
    if (active) { active.classList.remove('is-active'); active.removeAttribute('aria-current'); }
    active = a;
    a.classList.add('is-active');
    a.setAttribute('aria-current', 'location');
  }
  // The observer catches a jump (a contents link, the back button) that brings a heading
  // into view; scrolling within the view is followed at most once a frame.
  var observer = new IntersectionObserver(update, { threshold: [0, 1] });
  headings.forEach(function (h) { observer.observe(h); });
  var queued = false;
  window.addEventListener('scroll', function () {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () { queued = false; update(); });
  }, { passive: true });
  update();
})();
