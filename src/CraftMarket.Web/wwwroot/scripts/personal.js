// Fills the personal parts of a kept page (ADR 0050). The page is the same for every visitor; what is
// theirs (the account menu, the inquiry list's count) comes from one private request to /personal:
//   data-personal="name"          text becomes the part's value (left as it is when the part is absent)
//   data-personal-href="url"      with a value, the link leads there instead ("Sign in" becomes the account)
//   data-personal-reveal="name"   shown (hidden removed) once the part has a value (the sign-out link)
// Without JavaScript the placeholders stay as they are: plain links that work.
(function () {
    'use strict';
    var script = document.currentScript;
    var url = script && script.getAttribute('data-url');
    if (!url || !window.fetch || !document.querySelector('[data-personal]')) return;

    function fill(parts) {
        Array.prototype.forEach.call(document.querySelectorAll('[data-personal]'), function (el) {
            var value = parts[el.getAttribute('data-personal')];
            if (typeof value !== 'string') return;
            el.textContent = value;
            var href = el.getAttribute('data-personal-href');
            if (href) el.setAttribute('href', href);
            el.classList.add('personal-filled');
        });
        Array.prototype.forEach.call(document.querySelectorAll('[data-personal-reveal]'), function (el) {
            if (typeof parts[el.getAttribute('data-personal-reveal')] === 'string') el.hidden = false;
        });
    }

    fetch(url, { credentials: 'same-origin', cache: 'no-store', headers: { 'Accept': 'application/json' } })
        .then(function (response) { return response.ok ? response.json() : {}; })
        .then(function (parts) { if (parts && typeof parts === 'object') fill(parts); })
        .catch(function () { /* the placeholders stay: they work on their own */ });
})();
