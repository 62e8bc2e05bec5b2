// Live panels shared between circuits arrive as HTML (SharedMarkup), and each new version replaces the whole block:
// an element in it that has focus is removed, and the focus would fall back to the page on every update. An element
// marked data-keep-focus gets it back in its replacement, in the same task, before anything is painted.
let focused = null;

document.addEventListener("focusin", event => { focused = event.target; });

new MutationObserver(() => {
    if (!focused || focused.isConnected || !focused.dataset?.keepFocus) return;
    if (document.activeElement && document.activeElement !== document.body) return;
    const replacement = document.querySelector(`[data-keep-focus="${CSS.escape(focused.dataset.keepFocus)}"]`);
    if (replacement) replacement.focus({ preventScroll: true });
}).observe(document.body, { childList: true, subtree: true });
