// Live reload for `hub serve` (never part of the published site). Listens to the preview server's event stream:
// "reload" reloads the page; "problems" shows the build problems over the page until the next good build.
(function () {
  'use strict';
  var overlayId = 'hub-preview-problems';

  function removeOverlay() {
    var old = document.getElementById(overlayId);
    if (old) { old.parentNode.removeChild(old); }
  }

  function showOverlay(text) {
    removeOverlay();
    var box = document.createElement('section');
    box.id = overlayId;
    box.setAttribute('role', 'alert');
    box.setAttribute('lang', 'en');
    var s = box.style;
    s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.maxHeight = '60vh'; s.overflow = 'auto';
    s.zIndex = '2147483647'; s.background = '#fff4f4'; s.color = '#3b0000'; s.borderTop = '4px solid #b00020';
    s.padding = '1rem'; s.font = '14px/1.5 ui-monospace, Menlo, Consolas, monospace';
    var title = document.createElement('h2');
    title.textContent = 'The site was not rebuilt: fix these problems and save (the page reloads by itself)';
    title.style.font = 'bold 16px/1.4 system-ui, sans-serif';
    title.style.margin = '0 0 0.5rem';
    var pre = document.createElement('pre');
    pre.textContent = text;
    pre.style.whiteSpace = 'pre-wrap';
    pre.style.margin = '0';
    box.appendChild(title);
    box.appendChild(pre);
    document.body.appendChild(box);
  }

  if (!window.EventSource) { return; }
  var source = new EventSource('/__hub/events');
  source.addEventListener('reload', function () { window.location.reload(); });
  source.addEventListener('problems', function (event) { showOverlay(event.data); });
  source.addEventListener('hello', function (event) {
    if (event.data) { showOverlay(event.data); } else { removeOverlay(); }
  });
})();
