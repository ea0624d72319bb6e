// Progressive enhancement for the product form: "Add a row" copies the last row of a list
// (price breaks, variants) with empty inputs and the next index. Without script, the form
// already offers blank rows, so nothing depends on this file.
document.querySelectorAll("fieldset.rows").forEach(function (set) {
  var button = set.querySelector(".add-row");
  if (!button) return;
  button.hidden = false;
  button.addEventListener("click", function () {
    var rows = set.querySelectorAll("[data-row]");
    var last = rows[rows.length - 1];
    var copy = last.cloneNode(true);
    var next = rows.length;
    copy.querySelectorAll("input, label, span").forEach(function (el) {
      ["name", "id", "for", "data-valmsg-for"].forEach(function (attr) {
        var value = el.getAttribute(attr);
        if (value) el.setAttribute(attr, value.replace(/\[\d+\]/, "[" + next + "]").replace(/_\d+__/, "_" + next + "__"));
      });
      if (el.tagName === "INPUT") el.value = "";
      if (el.tagName === "SPAN") el.textContent = "";
    });
    last.after(copy);
    copy.querySelector("input").focus();
  });
});
