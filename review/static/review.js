// The review page's behaviour: show a value's evidence in the source pane (text or page image
// with its box), take a selection from the source into the "add figure" form, Esc to cancel an
// edit. No inline script anywhere (the Content-Security-Policy forbids it); report text is only
// ever set as text, never as HTML.
(function () {
  "use strict";
  const source = document.querySelector("aside.source");
  if (!source) return;
  const docId = source.dataset.doc;
  const isPdf = source.dataset.pdf === "1";
  const textView = source.querySelector(".text-view");
  const pageView = source.querySelector(".page-view");
  const img = source.querySelector(".page-img");
  const box = source.querySelector(".box");
  const pageSelect = source.querySelector(".page-select");

  function show(view) {
    source.querySelectorAll(".tab").forEach(t => t.classList.toggle("active", t.dataset.view === view));
    textView.hidden = view !== "text";
    if (pageView) pageView.hidden = view !== "page";
  }
  source.querySelectorAll(".tab").forEach(t => t.addEventListener("click", () => show(t.dataset.view)));

  function loadPage(page, bbox) {
    if (!pageView) return;
    if (pageSelect) pageSelect.value = String(page);
    const src = "/documents/" + docId + "/pages/" + page + ".png";
    if (img.getAttribute("src") !== src) img.setAttribute("src", src);
    if (bbox && bbox.length === 4) {
      box.style.left = (bbox[0] * 100) + "%";
      box.style.top = (bbox[1] * 100) + "%";
      box.style.width = ((bbox[2] - bbox[0]) * 100) + "%";
      box.style.height = ((bbox[3] - bbox[1]) * 100) + "%";
      box.hidden = false;
      const scroll = () => { box.scrollIntoView({block: "center", behavior: "smooth"}); };
      if (img.complete && img.naturalWidth) scroll(); else img.addEventListener("load", scroll, {once: true});
    } else {
      box.hidden = true;
    }
    show("page");
  }
  if (pageSelect) pageSelect.addEventListener("change", () => loadPage(pageSelect.value, null));

  function clearMarks() {
    textView.querySelectorAll("mark.ev").forEach(m => m.replaceWith(document.createTextNode(m.textContent)));
    textView.querySelectorAll(".hit").forEach(b => b.classList.remove("hit"));
    textView.normalize();
  }

  // Wrap the first occurrence of `needle` inside `el` in <mark>, using text nodes only.
  function mark(el, needle) {
    if (!needle) return;
    const probe = needle.trim().slice(0, 60);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    let node;
    while ((node = walker.nextNode())) {
      const at = node.data.indexOf(probe);
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, Math.min(node.data.length, at + needle.trim().length));
        const m = document.createElement("mark");
        m.className = "ev";
        range.surroundContents(m);
        return;
      }
    }
  }

  function showText(block, text) {
    clearMarks();
    let el = block !== "" ? textView.querySelector('[data-block="' + CSS.escape(block) + '"]') : null;
    if (!el && text) {
      el = Array.from(textView.querySelectorAll(".blk")).find(b => b.textContent.includes(text.trim().slice(0, 40)));
    }
    show("text");
    if (!el) return;
    el.classList.add("hit");
    mark(el, text);
    el.scrollIntoView({block: "center", behavior: "smooth"});
  }

  document.addEventListener("click", (event) => {
    const button = event.target.closest("button.evidence");
    if (!button) return;
    const bbox = button.dataset.bbox ? button.dataset.bbox.split(",").map(Number) : null;
    showText(button.dataset.block, button.dataset.text);   // the text view is kept in step
    if (isPdf && button.dataset.page && bbox) loadPage(button.dataset.page, bbox);
  });

  // A selection in the source text becomes the evidence of a figure the extraction missed.
  const addSelection = source.querySelector(".add-selection");
  let picked = null;
  textView.addEventListener("mouseup", () => {
    const sel = window.getSelection();
    const text = sel ? sel.toString().trim() : "";
    const blk = sel && sel.anchorNode ? (sel.anchorNode.parentElement || {}).closest && sel.anchorNode.parentElement.closest(".blk") : null;
    picked = text ? {text: text, block: blk ? blk.dataset.block : "", page: blk ? blk.dataset.page : ""} : null;
    addSelection.hidden = !picked;
  });
  addSelection.addEventListener("click", () => {
    const details = document.getElementById("add-figures");
    if (!details || !picked) return;
    details.open = true;
    const form = details.querySelector("form");
    form.elements["evidence_text"].value = picked.text;
    form.elements["evidence_block"].value = picked.block;
    form.elements["evidence_page"].value = picked.page;
    if (!form.elements["label"].value) form.elements["label"].value = picked.text.slice(0, 120);
    details.scrollIntoView({block: "center"});
    form.elements["value"].focus();
  });

  // Esc cancels the edit form the focus is in.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const form = event.target.closest && event.target.closest("form.edit-form");
    const cancel = form && form.querySelector("a.cancel");
    if (cancel) { event.preventDefault(); cancel.click(); }
  });
})();
