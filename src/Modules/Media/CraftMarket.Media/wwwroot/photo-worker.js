// The photo page's service worker (ADR 0070). Served at /account/products/photo-worker.js so that
// its scope is /account/products/ (a worker's scope cannot be above its own path). It does two things:
// - keeps the photo pages a household opened, and the files they use, so that the page opens with
//   no signal (network first, with a short wait on a bad link, then the kept copy);
// - sends the queued photos on a Background Sync, where the browser has it, even with the page closed.
// It keeps nothing else: other account pages, lists and uploads go to the network as they would.
importScripts("/_content/CraftMarket.Media/photo-queue.js");

var CACHE = "craftmarket-photo-page-v1";
var PAGE = /\/account\/products\/[0-9a-f-]{36}\/photos$/i;
var ASSET = /^\/(_content|themes|scripts|lib|css|js|favicon)/i;
var PATIENCE = 4000;   // on 2G a page may take this long; after it, the kept copy is shown (and refreshed when the answer comes)

self.addEventListener("install", function () { self.skipWaiting(); });

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (names) {
    return Promise.all(names.filter(function (n) { return n.indexOf("craftmarket-photo-page-") === 0 && n !== CACHE; })
      .map(function (n) { return caches.delete(n); }));
  }).then(function () { return self.clients.claim(); }));
});

function key(url) {
  var u = new URL(url);
  if (PAGE.test(u.pathname)) u.search = "";   // ?done=moved and the like are the same page
  return u.href;
}

function keep(request, response) {
  if (!response || response.status !== 200 || response.type !== "basic") return Promise.resolve();
  var copy = response.clone();
  return caches.open(CACHE).then(function (cache) { return cache.put(key(request.url), copy); });
}

function kept(url) {
  return caches.open(CACHE).then(function (cache) { return cache.match(key(url)); });
}

// Network first, as a signed-in page must be fresh; the kept copy when there is no network or it is too slow.
function networkFirst(event, isPage) {
  var request = event.request;
  var network = fetch(request).then(function (response) {
    if (isPage && (response.type === "opaqueredirect" || response.status === 404 || response.status === 403)) {
      // Signed out, or no longer this household's product: the kept copy must not outlive it.
      event.waitUntil(caches.open(CACHE).then(function (cache) { return cache.delete(key(request.url)); }));
    } else {
      event.waitUntil(keep(request, response));
    }
    return response;
  });
  var fallback = new Promise(function (resolve) {
    network.catch(function () { resolve(null); });
    setTimeout(function () { resolve(null); }, PATIENCE);
  }).then(function () {
    return kept(request.url).then(function (copy) { return copy || network; });
  });
  return Promise.race([network.catch(function () { return fallback; }), fallback]);
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate") {
    if (PAGE.test(url.pathname)) event.respondWith(networkFirst(event, true));
    return;
  }
  if (ASSET.test(url.pathname)) event.respondWith(networkFirst(event, false));
});

// The page tells the worker what it is made of (its URL, scripts, styles, fonts): on the first visit
// they were loaded before the worker was there, so the worker fetches and keeps them now.
self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.type !== "keep" || !Array.isArray(data.urls)) return;
  event.waitUntil(caches.open(CACHE).then(function (cache) {
    return Promise.all(data.urls.filter(function (u) {
      var url = new URL(u, self.location.href);
      return url.origin === self.location.origin && (PAGE.test(url.pathname) || ASSET.test(url.pathname));
    }).map(function (u) {
      var url = new URL(u, self.location.href);
      if (PAGE.test(url.pathname)) url.search = "";   // the page itself, not its list fragment (?handler=List)
      return fetch(url.href, { credentials: "same-origin", redirect: "manual" }).then(function (response) {
        if (response.status === 200 && response.type === "basic") return cache.put(key(url.href), response);
        return undefined;
      }).catch(function () { /* offline already: what is kept stays */ });
    }));
  }));
});

// Background Sync: the browser wakes the worker when the phone has signal again, page open or not.
// A rejected promise asks the browser to try again later; "busy" means an open page is sending.
self.addEventListener("sync", function (event) {
  if (event.tag !== "photo-queue") return;
  event.waitUntil(self.CraftMarketPhotoQueue.drain(null).then(function (outcome) {
    if (outcome === "offline") throw new Error("still no signal");
  }));
});
