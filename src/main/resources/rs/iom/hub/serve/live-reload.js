// Live reload for `hub serve` (never part of the published site). Listens to the preview server's event stream:
// "reload" reloads the page; "problems" shows the problems of a failed bake over the page until the next good one;
// "hello" (on connecting) shows what is current: a failed bake's errors, or a good bake's warnings, collapsed.
// Each event carries JSON (ProblemOverlay.java): the problems as `hub check` words them, and the overlay's own texts
// per edition, from the site's message files; the texts of this page's language are used.
(function () {
  'use strict';
  var overlayId = 'hub-preview-problems';

  function removeOverlay() {
    var old = document.getElementById(overlayId);
    if (old) { old.parentNode.removeChild(old); }
  }

  function texts(ui) {
    var lang = document.documentElement.lang;
    if (ui[lang]) { return { lang: lang, ui: ui[lang] }; }
    for (var key in ui) {
      if (Object.prototype.hasOwnProperty.call(ui, key)) { return { lang: key, ui: ui[key] }; }
    }
    return null;
  }

  function list(items) {
    var pre = document.createElement('pre');
    pre.setAttribute('lang', 'en'); // hub check's own words
    pre.textContent = items.join('\n');
    pre.style.whiteSpace = 'pre-wrap';
    pre.style.margin = '0.25rem 0 0';
    return pre;
  }

  function showOverlay(data) {
    removeOverlay();
    var report;
    try { report = JSON.parse(data); } catch (e) { return; }
    var errors = report.errors || [];
    var warnings = report.warnings || [];
    if (!errors.length && !warnings.length) { return; }
    var local = texts(report.ui || {});
    var box = document.createElement('section');
    box.id = overlayId;
    box.className = errors.length ? 'hub-preview-problems--errors' : 'hub-preview-problems--warnings';
    // errors stop the preview from updating: said at once; warnings wait, collapsed, until the reader opens them
    box.setAttribute('role', errors.length ? 'alert' : 'status');
    if (local) { box.setAttribute('lang', local.lang); }
    var s = box.style;
    s.position = 'fixed'; s.left = '0'; s.right = '0'; s.bottom = '0'; s.maxHeight = '60vh'; s.overflow = 'auto';
    s.zIndex = '2147483647'; s.padding = errors.length ? '1rem' : '0.5rem 1rem';
    s.font = '14px/1.5 ui-monospace, Menlo, Consolas, monospace';
    s.background = errors.length ? '#fff4f4' : '#fffbe6'; s.color = errors.length ? '#3b0000' : '#2b2100';
    s.borderTop = errors.length ? '4px solid #b00020' : '4px solid #8a6d00';
    if (errors.length) {
      if (local) {
        var title = document.createElement('h2');
        title.textContent = local.ui.notRebuilt;
        title.style.font = 'bold 16px/1.4 system-ui, sans-serif';
        title.style.margin = '0 0 0.5rem';
        box.appendChild(title);
        var count = document.createElement('h3');
        count.textContent = local.ui.errors;
        count.style.font = 'bold 15px/1.4 system-ui, sans-serif';
        count.style.margin = '0';
        box.appendChild(count);
      }
      box.appendChild(list(errors));
    }
    if (warnings.length) {
      var details = document.createElement('details');
      details.style.marginTop = errors.length ? '0.75rem' : '0';
      var summary = document.createElement('summary');
      summary.textContent = local ? local.ui.warnings : String(warnings.length);
      summary.style.font = 'bold 15px/1.4 system-ui, sans-serif';
      summary.style.cursor = 'pointer';
      details.appendChild(summary);
      if (local) {
        var note = document.createElement('p');
        note.textContent = local.ui.warningsNote;
        note.style.font = '14px/1.4 system-ui, sans-serif';
        note.style.margin = '0.25rem 0';
        details.appendChild(note);
      }
      details.appendChild(list(warnings));
      box.appendChild(details);
    }
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
