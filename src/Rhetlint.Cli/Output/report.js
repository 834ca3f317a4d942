"use strict";
// One tooltip for the whole page: a mark's findings are explained by copies of their explanations in the findings
// list, shown on hover, keyboard focus or tap, and for the finding a link's #fN-M names.
(function () {
  const tip = document.createElement("div");
  tip.id = "rl-tip";
  tip.className = "tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  document.body.appendChild(tip);

  let current = null;
  let hideTimer = 0;

  function findingIds(mark) {
    return (mark.dataset.findings || "").split(" ").filter(Boolean);
  }

  function show(mark) {
    clearTimeout(hideTimer);
    if (current !== mark) {
      const parts = [];
      for (const id of findingIds(mark)) {
        const explain = document.getElementById(id + "-explain");
        if (!explain) continue;
        const copy = explain.cloneNode(true);
        copy.removeAttribute("id");
        copy.dataset.finding = id;
        parts.push(copy);
      }
      tip.replaceChildren(...parts);
      if (current) current.classList.remove("active");
      current = mark;
      mark.classList.add("active");
    }
    tip.hidden = false;
    place(mark);
  }

  // Under the first line of the mark (a mark can wrap over several lines), kept inside the viewport horizontally.
  function place(mark) {
    const box = mark.getClientRects()[0] || mark.getBoundingClientRect();
    const width = tip.offsetWidth;
    const viewport = document.documentElement.clientWidth;
    const left = Math.max(8, Math.min(box.left, viewport - width - 8));
    tip.style.left = left + window.scrollX + "px";
    tip.style.top = box.bottom + window.scrollY + 6 + "px";
  }

  function hide() {
    tip.hidden = true;
    if (current) current.classList.remove("active");
    current = null;
  }

  // A short delay lets the pointer travel from the mark into the tooltip to follow the rule's link. A mark that
  // still has focus keeps its tooltip: the pointer leaving it, or the window losing focus, does not close it.
  function hideSoon() {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!current || document.activeElement !== current) hide();
    }, 250);
  }

  function markOf(target) {
    return target instanceof Element ? target.closest("mark[data-findings]") : null;
  }

  document.addEventListener("mouseover", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  document.addEventListener("mouseout", (event) => {
    if (markOf(event.target) && !tip.contains(event.relatedTarget)) hideSoon();
  });
  document.addEventListener("focusin", (event) => {
    const mark = markOf(event.target);
    if (mark) show(mark);
  });
  document.addEventListener("focusout", (event) => {
    if (markOf(event.target)) hideSoon();
  });
  document.addEventListener("click", (event) => {
    const mark = markOf(event.target);
    if (mark) {
      show(mark);
      return;
    }
    const link = event.target instanceof Element ? event.target.closest("a.goto") : null;
    if (link && reveal(link.hash.slice(1))) {
      event.preventDefault();
      history.replaceState(null, "", link.hash);
    }
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && !tip.hidden) hide();
  });
  tip.addEventListener("mouseenter", () => clearTimeout(hideTimer));
  tip.addEventListener("mouseleave", hideSoon);
  window.addEventListener("resize", () => {
    if (current && !tip.hidden) place(current);
  });

  // Brings the first mark of a finding into view, focused, with its explanation open.
  function reveal(id) {
    if (!/^f\d+-\d+$/.test(id)) return false;
    const mark = document.querySelector('mark[data-findings~="' + id + '"]');
    if (!mark) return false;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    show(mark);
    return true;
  }

  window.addEventListener("hashchange", () => reveal(location.hash.slice(1)));
  // The browser's own jump to #fN-M (the finding in the list) moves focus to the page when loading ends, so the
  // finding is revealed after that.
  function ready() {
    reveal(location.hash.slice(1));
    document.body.dataset.ready = "true";
  }
  if (document.readyState === "complete") setTimeout(ready);
  else window.addEventListener("load", () => setTimeout(ready));
})();
