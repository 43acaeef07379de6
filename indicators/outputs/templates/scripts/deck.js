(() => {
  const frames = [...document.querySelectorAll(".slide-frame")];
  const counter = document.getElementById("counter");
  const previous = document.getElementById("previous");
  const next = document.getElementById("next");
  const deck = document.getElementById("deck");
  const of = counter.dataset.of;  // "Slide {n} of {count}", in the slides' language
  let current = 1;
  function requested() {
    const found = (location.hash + "&" + location.search).match(/[#?&]slide=([0-9]{1,4})/);
    const number = found ? parseInt(found[1], 10) : 1;
    return number >= 1 && number <= frames.length ? number : 1;
  }
  function show(number) {
    current = Math.min(Math.max(number, 1), frames.length);
    frames.forEach((frame, index) => { frame.hidden = index !== current - 1; });
    counter.textContent = of.replace("{n}", current).replace("{count}", frames.length);
    previous.disabled = current === 1;
    next.disabled = current === frames.length;
    try { history.replaceState(null, "", `#slide=${current}`); } catch (error) { /* the address is a convenience */ }
  }
  function fit() {
    const scale = Math.min(innerWidth / 1280, innerHeight / 720);
    deck.style.transform = `scale(${scale})`;
    deck.style.left = `${(innerWidth - 1280 * scale) / 2}px`;
  }
  const keys = {PageDown: 1, ArrowRight: 1, ArrowDown: 1, " ": 1, PageUp: -1, ArrowLeft: -1, ArrowUp: -1};
  document.addEventListener("keydown", (event) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.key in keys) { show(current + keys[event.key]); event.preventDefault(); }
    else if (event.key === "Home") { show(1); event.preventDefault(); }
    else if (event.key === "End") { show(frames.length); event.preventDefault(); }
  });
  previous.addEventListener("click", () => show(current - 1));
  next.addEventListener("click", () => show(current + 1));
  addEventListener("hashchange", () => show(requested()));
  addEventListener("resize", fit);
  fit();
  show(requested());
})();
