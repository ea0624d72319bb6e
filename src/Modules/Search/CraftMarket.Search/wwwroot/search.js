// Progressive enhancement for search: suggestions in the search box's <datalist> as the buyer
// types, and the results page's facet checkboxes apply at once. Without this file both still work.
(() => {
  'use strict';
  for (const input of document.querySelectorAll('input[data-suggest-url]')) {
    const list = document.getElementById(input.getAttribute('list'));
    if (!list) continue;
    let timer = 0;
    let controller = null;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      const q = input.value.trim();
      if (q.length < 2) { list.replaceChildren(); return; }
      timer = setTimeout(async () => {
        controller?.abort();
        controller = new AbortController();
        try {
          const url = `${input.dataset.suggestUrl}?q=${encodeURIComponent(q)}`;
          const response = await fetch(url, { signal: controller.signal, headers: { Accept: 'application/json' } });
          if (!response.ok) return;
          const suggestions = await response.json();
          list.replaceChildren(...suggestions.map(s => Object.assign(document.createElement('option'), { value: s.text })));
        } catch (e) {
          if (e.name !== 'AbortError') list.replaceChildren();
        }
      }, 150);
    });
  }
  // Wide screens show the filters beside the results: open the folded control there (CSS already
  // shows its content in browsers that support ::details-content; this covers the others).
  const wide = window.matchMedia('(min-width: 48.01rem)');
  const unfold = () => { if (wide.matches) for (const d of document.querySelectorAll('details.search-filters')) d.open = true; };
  unfold();
  wide.addEventListener('change', unfold);
  for (const box of document.querySelectorAll('form[data-autosubmit] input[type=checkbox], form[data-autosubmit] select')) {
    box.addEventListener('change', () => box.form.requestSubmit());
  }
})();
