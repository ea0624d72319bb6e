// Photo manager, progressive enhancement. Without this file the page is plain forms that work.
// With it: each chosen photo is shrunk to 2560 px on its long side when larger (JPEG, quality 0.9),
// uploaded on its own with progress, and retried with growing pauses under the same client id
// (Idempotency-Key), so a dropped connection never loses or doubles a photo. The list is fetched
// again while photos are processing; actions post in the background and keep focus in place.
(function () {
  "use strict";
  var form = document.getElementById("photo-upload");
  var region = document.getElementById("photo-list");
  if (!form || !region || !window.FormData || !window.fetch) return;

  var text = form.dataset;
  var rows = document.getElementById("uploads");
  var status = document.getElementById("photo-status");
  var token = form.querySelector("input[name=__RequestVerificationToken]").value;
  var maxEdge = parseInt(text.maxEdge, 10) || 2560;
  var queue = [];
  var busy = false;
  var polling = null;

  form.querySelector(".upload-submit").remove();  // choosing photos uploads them
  form.querySelector("input[name=clientId]").disabled = true;
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  Array.prototype.forEach.call(form.querySelectorAll("input[type=file]"), function (input) {
    input.addEventListener("change", function () {
      Array.prototype.forEach.call(input.files, enqueue);
      input.value = "";
    });
  });

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.prototype.map.call(bytes, function (b) { return (b + 256).toString(16).slice(1); }).join("");
  }

  function enqueue(file) {
    var li = document.createElement("li");
    var name = document.createElement("span");
    var state = document.createElement("span");
    var bar = document.createElement("progress");
    name.className = "name";
    name.textContent = file.name;
    bar.max = 100;
    bar.value = 0;
    bar.setAttribute("aria-label", file.name);
    li.append(name, state, bar);
    rows.appendChild(li);
    queue.push({ file: file, id: newId(), attempt: 0, li: li, state: state, bar: bar });
    next();
  }

  function say(item, message, failed) {
    item.state.textContent = message;
    item.state.className = failed ? "failed" : "";
  }

  function next() {
    if (busy || !queue.length) return;
    busy = true;
    var item = queue.shift();
    say(item, text.textPreparing);
    (item.blob ? Promise.resolve(item.blob) : shrink(item.file)).then(function (blob) {
      item.blob = blob;
      send(item);
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

  function send(item) {
    var xhr = new XMLHttpRequest();
    var data = new FormData();
    var name = item.blob === item.file ? item.file.name : item.file.name.replace(/\.[^.]*$/, "") + ".jpg";
    data.append("file", item.blob, name);
    xhr.open("POST", form.action);
    xhr.setRequestHeader("RequestVerificationToken", token);
    xhr.setRequestHeader("Idempotency-Key", item.id);
    xhr.setRequestHeader("X-Requested-With", "fetch");
    xhr.setRequestHeader("Accept", "application/json");
    xhr.timeout = 180000;
    xhr.upload.onprogress = function (e) {
      if (!e.lengthComputable) return;
      item.bar.value = Math.round(100 * e.loaded / e.total);
      say(item, text.textUploading + " " + item.bar.value + "%");
    };
    xhr.onload = function () { answered(item, xhr); };
    xhr.onerror = xhr.ontimeout = function () { retry(item); };
    say(item, text.textUploading);
    xhr.send(data);
  }

  function answered(item, xhr) {
    if (xhr.status === 200 || xhr.status === 202) {
      item.bar.value = 100;
      say(item, text.textReceived);
      busy = false;
      refresh(function () { item.li.remove(); });
      next();
    } else if (xhr.status === 429 || xhr.status === 408 || xhr.status >= 500) {
      retry(item);
    } else {
      var reason = "";
      try { reason = JSON.parse(xhr.responseText).detail || ""; } catch (e) { /* not JSON: the status says enough */ }
      fail(item, reason);
    }
  }

  // 1, 2, 4 ... 30 s between attempts, and not before the phone is back online.
  function retry(item) {
    item.attempt += 1;
    if (item.attempt > 8) { fail(item, ""); return; }
    say(item, text.textWaiting);
    var delay = Math.min(30000, 1000 * Math.pow(2, item.attempt - 1)) * (0.8 + Math.random() * 0.4);
    setTimeout(function () {
      if (navigator.onLine === false) {
        window.addEventListener("online", function () { send(item); }, { once: true });
      } else {
        send(item);
      }
    }, delay);
  }

  function fail(item, reason) {
    say(item, text.textFailed + (reason ? ": " + reason : ""), true);
    item.bar.remove();
    var again = document.createElement("button");
    var dismiss = document.createElement("button");
    again.type = dismiss.type = "button";
    again.className = dismiss.className = "secondary";
    again.textContent = text.textRetry;
    dismiss.textContent = text.textDismiss;
    again.addEventListener("click", function () {
      item.attempt = 0;
      again.remove();
      dismiss.remove();
      item.li.appendChild(item.bar);
      queue.push(item);
      next();
    });
    dismiss.addEventListener("click", function () { item.li.remove(); });
    if (!reason) item.li.appendChild(again);
    item.li.appendChild(dismiss);
    busy = false;
    next();
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
