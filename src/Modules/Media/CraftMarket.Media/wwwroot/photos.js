// Photo manager, progressive enhancement. Without this file the page is plain forms that work.
// With it: each chosen photo is shrunk to 2560 px on its long side when larger (JPEG, quality 0.9),
// kept on the phone (IndexedDB, photo-queue.js) and sent with the tus resumable-upload protocol in
// small chunks, resuming where the server stopped after a dropped connection; with no signal at all
// the photo waits on the phone ("waiting for signal") and goes when the signal is back, also after
// the page was closed: the page sends the queue when it opens and when the phone comes online, and
// the service worker (photo-worker.js, which also keeps this page for opening offline) sends it on
// a Background Sync where the browser has one. The list is fetched again while photos are
// processing; actions post in the background and keep focus in place. ADR 0070.
(function () {
  "use strict";
  var form = document.getElementById("photo-upload");
  var region = document.getElementById("photo-list");
  var Q = window.CraftMarketPhotoQueue;
  if (!form || !region || !window.FormData || !window.fetch || !Q) return;

  var text = form.dataset;
  var rows = document.getElementById("uploads");
  var status = document.getElementById("photo-status");
  var token = form.querySelector("input[name=__RequestVerificationToken]").value;
  var maxEdge = parseInt(text.maxEdge, 10) || 2560;
  var product = text.product;
  var polling = null;
  var pause = 0;
  var later = null;
  var noSignal = navigator.onLine === false;
  var registration = null;

  form.querySelector(".upload-submit").remove();  // choosing photos uploads them
  form.querySelector("input[name=clientId]").disabled = true;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) {
    input.addEventListener("change", function () {
      var files = Array.prototype.slice.call(input.files);
      input.value = "";
      files.reduce(function (done, file) {
        return done.then(function () { return keep(file); });
      }, Promise.resolve()).then(send);
    });
  });

  // Shrinks the photo and keeps it on the phone before anything goes over the network.
  function keep(file) {
    var li = row({ id: "new-" + Math.random(), name: file.name, state: "preparing" });
    return shrink(file).then(function (blob) {
      var name = blob === file ? file.name : file.name.replace(/\.[^.]*$/, "") + ".jpg";
      return Q.add(product, text.uploadsUrl, blob, name, token);
    }).then(function (item) {
      li.remove();
      draw(item);
      if (registration && registration.sync) registration.sync.register("photo-queue").catch(function () { /* no Background Sync: the page sends */ });
    }, function () {
      say(li, text.textFailed, true);
    });
  }

  // Phones take 12-50 megapixel photos; buyers never see more than 2048 px. Anything the browser
  // cannot decode (some HEIC) goes as it is, and the server says whether it can read it.
  function shrink(file) {
    if (!window.createImageBitmap || !HTMLCanvasElement.prototype.toBlob) return Promise.resolve(file);
    return createImageBitmap(file, { imageOrientation: "from-image" }).then(function (bitmap) {
      var long = Math.max(bitmap.width, bitmap.height);
      if (long <= maxEdge) { bitmap.close(); return file; }
      var scale = maxEdge / long;
      var canvas = document.createElement("canvas");
      canvas.width = Math.round(bitmap.width * scale);
      canvas.height = Math.round(bitmap.height * scale);
      var context = canvas.getContext("2d");
      context.fillStyle = "#fff";
      context.fillRect(0, 0, canvas.width, canvas.height);
      context.imageSmoothingQuality = "high";
      context.drawImage(bitmap, 0, 0, canvas.width, canvas.height);
      bitmap.close();
      return new Promise(function (resolve) {
        canvas.toBlob(function (blob) { resolve(blob && blob.size > 0 ? blob : file); }, "image/jpeg", 0.9);
      });
    }).catch(function () { return file; });
  }

  function row(item) {
    var li = rows.querySelector('[data-queued="' + item.id + '"]');
    if (li) return li;
    li = document.createElement("li");
    li.setAttribute("data-queued", item.id);
    var name = document.createElement("span");
    var state = document.createElement("span");
    var bar = document.createElement("progress");
    name.className = "name";
    name.textContent = item.name;
    state.className = "state";
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", item.name);
    li.append(name, state, bar);
    rows.appendChild(li);
    if (item.state === "preparing") say(li, text.textPreparing);
    return li;
  }

  function say(li, message, failed) {
    var state = li.querySelector(".state");
    state.textContent = message;
    state.className = failed ? "state failed" : "state";
  }

  // One queued photo's row, from the queue's record or a sender's message about it.
  function draw(item) {
    if (item.productId && item.productId !== product) return;
    var li = rows.querySelector('[data-queued="' + item.id + '"]');
    if (item.state === "gone") { if (li) li.remove(); return; }
    if (item.state === "sent") {
      if (!li) return;
      li.setAttribute("data-state", "sent");
      li.querySelector("progress").value = 100;
      say(li, text.textReceived);
      refresh(function () { li.remove(); });
      return;
    }
    li = li || row(item);
    li.setAttribute("data-state", item.state === "uploading" ? "uploading" : item.state === "failed" ? "failed" : "waiting");
    var bar = li.querySelector("progress");
    var percent = item.size ? Math.round(100 * (item.sent || 0) / item.size) : 0;
    if (bar) bar.value = percent;
    Array.prototype.forEach.call(li.querySelectorAll("button"), function (b) { b.remove(); });
    if (item.state === "uploading") say(li, text.textUploading + " " + percent + "%");
    else if (item.state === "failed") failed(li, item);
    else say(li, noSignal || item.offline ? text.textNoSignal : text.textQueued);
  }

  function failed(li, item) {
    say(li, text.textFailed + (item.reason ? ": " + item.reason : ""), true);
    var again = document.createElement("button");
    var dismiss = document.createElement("button");
    again.type = dismiss.type = "button";
    again.className = dismiss.className = "secondary";
    again.textContent = text.textRetry;
    dismiss.textContent = text.textDismiss;
    again.addEventListener("click", function () { Q.again(item.id).then(send); });
    dismiss.addEventListener("click", function () { Q.forget(item.id); });
    if (!item.reason) li.appendChild(again);
    li.appendChild(dismiss);
  }

  // Sends the queue: now, when the phone comes online, and after a growing pause (2 s ... 1 min) when the server or the link failed.
  function send() {
    clearTimeout(later);
    if (navigator.onLine === false) { signal(true); return; }
    Q.drain(token).then(function (outcome) {
      if (outcome === "offline") {
        signal(navigator.onLine === false);
        pause = Math.min(60000, pause ? pause * 2 : 2000);
        later = setTimeout(send, pause * (0.8 + Math.random() * 0.4));
      } else {
        pause = 0;
        if (outcome === "busy") later = setTimeout(send, 5000);   // another tab or the worker sends; look again soon
      }
    }).catch(function () { later = setTimeout(send, 10000); });
  }

  function signal(missing) {
    noSignal = missing;
    Q.all().then(function (items) { items.forEach(draw); });
  }

  window.addEventListener("online", function () { noSignal = false; pause = 0; send(); });
  window.addEventListener("offline", function () { signal(true); });
  Q.listen(draw);
  Q.all().then(function (items) {
    items.forEach(function (item) { if (item.state === "uploading") item.state = "waiting"; draw(item); });
    send();
  });

  // The service worker keeps this page and its files for opening with no signal; it is registered
  // from here (no inline script), with the scope of the product pages it serves.
  if (navigator.serviceWorker && text.workerUrl) {
    navigator.serviceWorker.register(text.workerUrl, { scope: text.workerScope }).then(function (r) {
      registration = r;
      return navigator.serviceWorker.ready;
    }).then(function (ready) {
      var urls = [location.href].concat(performance.getEntriesByType("resource").map(function (e) { return e.name; }));
      (ready.active || registration.active).postMessage({ type: "keep", urls: urls });
    }).catch(function () { /* no worker (private window, old browser): the page still sends what it keeps */ });
  }

  function refresh(then) {
    fetch(text.listUrl, {
      headers: { "X-Requested-With": "fetch" }, credentials: "same-origin",
    }).then(function (response) {
      return response.ok ? response.text() : Promise.reject(response.status);
    }).then(function (html) {
      swap(html);
      if (then) then();
    }).catch(function () { schedule(); });
  }

  function schedule() {
    clearTimeout(polling);
    polling = setTimeout(refresh, 2000);
  }

  // Replaces the list, keeping focus on the same control of the same photo. A refresh waits while
  // someone is typing a rejection reason or has a confirmation open; an action's answer does not.
  function swap(html, force) {
    var active = document.activeElement;
    var busyHere = region.contains(active) && active.tagName === "TEXTAREA" || region.querySelector("details[open]");
    if (busyHere && !force) { schedule(); return; }
    var item = active && active.closest && active.closest("[data-photo]");
    var photo = item && region.contains(item) ? item.getAttribute("data-photo") : null;
    var action = active && active.getAttribute && active.getAttribute("data-action");
    region.innerHTML = html;
    var list = region.querySelector(".photo-list");
    if (list && list.getAttribute("data-message")) status.textContent = list.getAttribute("data-message");
    if (photo) {
      var again = region.querySelector('[data-photo="' + photo + '"]');
      var target = again && (again.querySelector('[data-action="' + action + '"]:not([disabled])') || again.querySelector("button:not([disabled])"));
      if (target) target.focus();
    }
    if (list && list.getAttribute("data-processing") === "true") schedule();
  }

  region.addEventListener("submit", function (e) {
    e.preventDefault();
    var target = e.target;
    var data = new FormData(target);
    if (e.submitter && e.submitter.name) data.append(e.submitter.name, e.submitter.value);
    var opened = target.closest("details");
    fetch(target.action, {
      method: "POST", body: data, credentials: "same-origin",
      headers: { "X-Requested-With": "fetch", "RequestVerificationToken": token },
    }).then(function (response) {
      if (response.ok) return response.text().then(function (html) {
        if (opened) opened.open = false;
        swap(html, true);
      });
      return response.json().then(function (problem) { status.textContent = problem.detail || ""; });
    }).catch(function () { status.textContent = text.textWaiting; });
  });

  if (region.querySelector('.photo-list[data-processing="true"]')) schedule();
})();
