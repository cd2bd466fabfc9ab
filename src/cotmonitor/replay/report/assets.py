"""The report's inline stylesheet and script (no external assets, no data in the script).

.. versionadded:: 0.1.0
"""

STYLE = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1100px;
color:#222}
h1{margin-bottom:.2em}.headline{color:#444}
.charts{display:flex;flex-wrap:wrap;gap:1.5em}.chart text{font-size:11px}
.chart-title{font-weight:bold}
table{border-collapse:collapse;margin:.5em 0}
td,th{border:1px solid #ddd;padding:2px 6px;text-align:left}
.trace{border:1px solid #ccc;border-radius:6px;padding:.5em 1em;margin:1em 0}
.trace h3{font-size:15px;margin:.2em 0}.trace small{color:#666;font-weight:normal}
pre{white-space:pre-wrap;word-break:break-word;background:#f7f7f7;padding:.5em;max-height:30em;overflow:auto}
mark{background:#ffe066;outline:1px solid #e0a800}
.sev-high td:first-child,.sev-critical td:first-child{color:#b00;font-weight:bold}
.controls{position:sticky;top:0;background:#fff;padding:.5em 0;border-bottom:1px solid #ddd}
[hidden]{display:none!important}
.session{border:1px solid #9467bd;border-radius:6px;padding:.5em 1em;margin:1em 0}
.session h3{font-size:15px;margin:.2em 0}.session small{color:#666;font-weight:normal}
.timeline{overflow-x:auto}.session-timeline text{font-size:11px}
tr.pointed td{background:#f3ecfa}
"""

SCRIPT = """
(function () {
  var cards = Array.prototype.slice.call(document.querySelectorAll('article.trace'));
  var category = document.getElementById('f-category');
  var severity = document.getElementById('f-severity');
  var model = document.getElementById('f-model');
  var text = document.getElementById('f-text');
  var count = document.getElementById('f-count');
  function apply() {
    var shown = 0;
    var needle = text.value.toLowerCase();
    cards.forEach(function (card) {
      var ok = (!category.value || card.dataset.categories.split(' ').indexOf(category.value) >= 0)
        && Number(card.dataset.severity) >= Number(severity.value)
        && (!model.value || card.dataset.model === model.value)
        && (!needle || card.textContent.toLowerCase().indexOf(needle) >= 0);
      card.hidden = !ok;
      if (ok) { shown += 1; }
    });
    count.textContent = shown + ' of ' + cards.length + ' shown';
  }
  [category, severity, model].forEach(function (el) { el.addEventListener('change', apply); });
  text.addEventListener('input', apply);
  apply();
  document.body.setAttribute('data-ready', String(cards.length));
})();
"""
