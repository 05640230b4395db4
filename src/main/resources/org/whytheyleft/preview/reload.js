// The preview's live reload, served by the preview only (never part of a built site). The page names the build
// that served it; when the preview's events announce another one, built or failed, the page reloads and returns
// to where the reader had scrolled. The position travels in the history entry, so nothing is stored.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script.getAttribute('data-build');
  var state = history.state;
  // The script keeps the position itself, the same way in every browser, rather than each browser's own guess.
  history.scrollRestoration = 'manual';

  if (state && typeof state.previewScrollY === 'number') {
    var y = state.previewScrollY;
    var rest = Object.assign({}, state);
    delete rest.previewScrollY;
    history.replaceState(rest, '');
    // instant: the site's smooth scrolling would glide down from the top on every reload
    var restore = function () { window.scrollTo({ left: window.scrollX, top: y, behavior: 'instant' }); };
    if (document.readyState === 'complete') {
      restore();
    } else {
      window.addEventListener('load', restore, { once: true });
    }
  }

  var events = new EventSource(new URL('events', script.src));
  events.onmessage = function (event) {
    if (event.data === shown) {
      return;
    }
    events.close();
    history.replaceState(Object.assign({}, history.state, { previewScrollY: window.scrollY }), '');
    location.reload();
  };
})();
