// The phone's queue of photos waiting to be sent, and the tus client that sends them (ADR 0070).
// Loaded by the photo page (photos.js) and by the service worker (photo-worker.js), so either can
// send: the page while it is open (on load and when the phone comes back online), the worker on a
// Background Sync where the browser has it. One Web Lock makes sure only one of them sends at a time;
// a BroadcastChannel tells every open page what happened, so each redraws its "waiting" rows.
//
// A photo is kept in IndexedDB (the blob itself, already shrunk by the page) with its product's
// upload URL, its idempotency key (one per photo: a photo sent twice is still one photo) and, once
// the server has created it, its tus upload URL. Sending asks the server how much it already has
// (HEAD, Upload-Offset) and PATCHes only the rest, in 256 KB chunks, so a cut connection costs at
// most the chunk in flight, never the whole photo.
(function (root) {
  "use strict";
  var DB = "craftmarket-photos";
  var STORE = "queue";
  var LOCK = "craftmarket-photo-queue";
  var CHANNEL = "craftmarket-photos";
  var CHUNK = 256 * 1024;
  var TIMEOUT = 60000;   // one chunk on a 2G link (about 30 KB/s) takes under 10 s; a minute means the link is gone
  var TUS = "1.0.0";

  var memory = null;   // when IndexedDB is not there (some private windows), the queue lives as long as the page
  var opening = null;

  function open() {
    if (opening) return opening;
    opening = new Promise(function (resolve) {
      if (!root.indexedDB) { memory = {}; resolve(null); return; }
      var request;
      try { request = root.indexedDB.open(DB, 1); } catch (e) { memory = {}; resolve(null); return; }
      request.onupgradeneeded = function () {
        var store = request.result.createObjectStore(STORE, { keyPath: "id" });
        store.createIndex("product", "productId");
      };
      request.onsuccess = function () { resolve(request.result); };
      request.onerror = function () { memory = {}; resolve(null); };
    });
    return opening;
  }

  function tx(mode, work) {
    return open().then(function (db) {
      if (!db) return work(null);
      return new Promise(function (resolve, reject) {
        var t = db.transaction(STORE, mode);
        var result;
        t.oncomplete = function () { resolve(result); };
        t.onerror = t.onabort = function () { reject(t.error); };
        var store = t.objectStore(STORE);
        work(store, function (value) { result = value; });
      });
    });
  }

  function all() {
    return tx("readonly", function (store, done) {
      if (!store) return Object.keys(memory).map(function (k) { return memory[k]; });
      var request = store.getAll();
      request.onsuccess = function () { done(request.result); };
    }).then(function (items) {
      return (items || []).sort(function (a, b) { return a.created - b.created; });
    });
  }

  function put(item) {
    return tx("readwrite", function (store) {
      if (!store) { memory[item.id] = item; return item; }
      store.put(item);
    }).then(function () { return item; });
  }

  function remove(id) {
    return tx("readwrite", function (store) {
      if (!store) { delete memory[id]; return; }
      store.delete(id);
    });
  }

  var channel = root.BroadcastChannel ? new root.BroadcastChannel(CHANNEL) : null;
  var listeners = [];
  function tell(item, extra) {
    var message = { id: item.id, productId: item.productId, state: item.state, sent: item.sent || 0, size: item.size, reason: item.reason || "" };
    if (extra) Object.keys(extra).forEach(function (k) { message[k] = extra[k]; });
    listeners.forEach(function (listener) { listener(message); });
    if (channel) channel.postMessage(message);
  }
  function listen(listener) {
    listeners.push(listener);
    if (channel) channel.addEventListener("message", function (e) { listener(e.data); });
  }

  function newId() {
    if (root.crypto && root.crypto.randomUUID) return root.crypto.randomUUID();
    var bytes = root.crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  /** Keeps a photo on the phone until it is sent. `uploads` is the product's tus creation URL. */
  function add(productId, uploads, blob, name, token) {
    return put({
      id: newId(), productId: productId, uploads: uploads, blob: blob, name: name, type: blob.type || "application/octet-stream",
      size: blob.size, token: token, created: Date.now(), state: "waiting", url: null, sent: 0, reason: "",
    }).then(function (item) { tell(item); return item; });
  }

  function forget(id) {
    return remove(id).then(function () { tell({ id: id, state: "gone" }); });
  }

  function again(id) {
    return all().then(function (items) {
      var item = items.filter(function (i) { return i.id === id; })[0];
      if (!item) return null;
      item.state = "waiting";
      item.reason = "";
      return put(item).then(function () { tell(item); return item; });
    });
  }

  // tus Upload-Metadata: comma-separated "key base64(value)" pairs; values are UTF-8 (Vietnamese file names).
  function b64(text) {
    var bytes = new TextEncoder().encode(text);
    var binary = "";
    for (var i = 0; i < bytes.length; i++) binary += String.fromCharCode(bytes[i]);
    return root.btoa(binary);
  }

  /** An answer that is neither "keep going" nor "try later": the photo cannot be sent (too large, not a photo...). */
  function Refused(status, reason) { this.status = status; this.reason = reason; }
  /** No connection, a timeout, or a server that asks to wait: the photo stays queued. */
  function Later(offline) { this.offline = offline; }

  function request(method, url, token, headers, body) {
    var controller = root.AbortController ? new root.AbortController() : null;
    var timer = controller ? setTimeout(function () { controller.abort(); }, TIMEOUT) : null;
    var all = { "Tus-Resumable": TUS, "RequestVerificationToken": token || "", "X-Requested-With": "fetch" };
    Object.keys(headers || {}).forEach(function (k) { all[k] = headers[k]; });
    return root.fetch(url, {
      method: method, headers: all, body: body, credentials: "same-origin", cache: "no-store", redirect: "manual",
      signal: controller ? controller.signal : undefined,
    }).then(function (response) {
      clearTimeout(timer);
      return response;
    }, function () {
      clearTimeout(timer);
      throw new Later(root.navigator && root.navigator.onLine === false);
    });
  }

  function refuse(response) {
    var status = response.status;
    if (status === 0 || status === 408 || status === 423 || status === 429 || status >= 500) return Promise.reject(new Later(false));
    return response.text().then(function (text) {
      var reason = "";
      try { reason = JSON.parse(text).detail || ""; } catch (e) { /* not problem details: the status says enough */ }
      throw new Refused(status, reason);
    });
  }

  function offsetOf(response) {
    var value = parseInt(response.headers.get("Upload-Offset"), 10);
    return isNaN(value) ? -1 : value;
  }

  // Creates the upload on the server (once per photo; the idempotency key makes a repeated create the same upload).
  function create(item, token) {
    var metadata = ["filename " + b64(item.name), "filetype " + b64(item.type), "idempotencyKey " + b64(item.id)].join(",");
    return request("POST", item.uploads, token, {
      "Upload-Length": String(item.size), "Upload-Metadata": metadata, "Idempotency-Key": item.id,
    }).then(function (response) {
      if (response.status !== 201 && response.status !== 200) return refuse(response);
      var location = response.headers.get("Location");
      if (!location) return refuse(response);
      item.url = new URL(location, new URL(item.uploads, root.location.href)).href;
      var offset = offsetOf(response);
      item.sent = offset > 0 ? offset : 0;
      return put(item);
    });
  }

  // Where to go on from: the server's own count of the bytes it has. A forgotten upload (expired, removed) starts again.
  function resume(item, token) {
    return request("HEAD", item.url, token, {}).then(function (response) {
      if (response.status === 404 || response.status === 410) { item.url = null; item.sent = 0; return create(item, token); }
      if (!response.ok) return refuse(response);
      var offset = offsetOf(response);
      if (offset < 0 || offset > item.size) return refuse(response);
      item.sent = offset;
      item.photo = response.headers.get("CraftMarket-Photo-Id");   // complete already: the answer to the last PATCH was lost
      return put(item);
    });
  }

  function patch(item, token) {
    var end = Math.min(item.size, item.sent + CHUNK);
    // The chunk is read into memory (256 KB) rather than sent as a Blob slice: some browsers stream a
    // Blob body from disk and lose it when the page goes to the background.
    return item.blob.slice(item.sent, end).arrayBuffer().then(function (body) {
      return request("PATCH", item.url, token, {
        "Upload-Offset": String(item.sent), "Content-Type": "application/offset+octet-stream",
      }, body);
    }).then(function (response) {
      if (response.status === 409) return resume(item, token);   // the server's offset differs: ask it, go on from there
      if (response.status === 404 || response.status === 410) { item.url = null; item.sent = 0; return create(item, token); }
      if (!response.ok) return refuse(response);
      var offset = offsetOf(response);
      item.sent = offset >= 0 ? offset : end;
      if (item.sent >= item.size) {
        item.photo = response.headers.get("CraftMarket-Photo-Id");   // the completing PATCH names the photo the upload became
        return item;
      }
      return put(item).then(function (saved) { tell(saved); return saved; });
    });
  }

  function send(item, token) {
    item.state = "uploading";
    tell(item);
    var start = item.url ? resume(item, token) : create(item, token);
    function step() {
      if (item.sent >= item.size) return item;
      return patch(item, token).then(step);
    }
    return start.then(step);
  }

  function locked(work) {
    if (root.navigator && root.navigator.locks) {
      return root.navigator.locks.request(LOCK, { ifAvailable: true }, function (lock) { return lock ? work() : false; });
    }
    if (locked.busy) return Promise.resolve(false);
    locked.busy = true;
    return work().then(function (r) { locked.busy = false; return r; }, function (e) { locked.busy = false; throw e; });
  }

  /**
   * Sends every waiting photo, oldest first, until the queue is empty or the connection is gone.
   * `token` is the page's antiforgery token; the worker passes none and each photo's own is used.
   * Resolves "offline" when it stopped for want of a connection, "busy" when another sender holds the queue.
   */
  function drain(token) {
    return locked(function () {
      function next() {
        return all().then(function (items) {
          var item = items.filter(function (i) { return i.state !== "failed"; })[0];
          if (!item) return "done";
          return send(item, token || item.token).then(function () {
            return remove(item.id).then(function () {
              item.state = "sent";
              tell(item, { photo: item.photo || null });
              return next();
            });
          }, function (problem) {
            if (problem instanceof Refused) {
              item.state = "failed";
              item.reason = problem.reason;
              return put(item).then(function () { tell(item); return next(); });
            }
            item.state = "waiting";
            return put(item).then(function () {
              tell(item, { offline: !!(problem && problem.offline) });
              if (!(problem instanceof Later)) throw problem;
              return "offline";
            });
          });
        });
      }
      return next();
    }).then(function (r) { return r === false ? "busy" : r; });
  }

  root.CraftMarketPhotoQueue = {
    add: add, all: all, forget: forget, again: again, drain: drain, listen: listen, chunkSize: CHUNK,
  };
})(self);
