// Loaded once per page by ReconnectModal.razor (a module: nothing lands on window).
const reconnectModal = document.getElementById("components-reconnect-modal");
reconnectModal.addEventListener("components-reconnect-state-changed", handleReconnectStateChanged);
document.getElementById("components-reconnect-button").addEventListener("click", retry);
document.getElementById("components-resume-button").addEventListener("click", resume);
// The status bar's "Reload" link: handled here because the Content-Security-Policy refuses inline event handlers.
// Capture phase, so it runs before Blazor's own link handling.
document.addEventListener("click", reloadFromStatusBar, true);

function reloadFromStatusBar(event) {
    if (event.target instanceof Element && event.target.closest(".reload-link")) {
        event.preventDefault();
        location.reload();
    }
}

function handleReconnectStateChanged(event) {
    // The status bar reads this attribute to show "Reconnecting…" or "Connection lost" (app.css).
    document.documentElement.dataset.circuit = event.detail.state;
    if (event.detail.state === "show") {
        reconnectModal.showModal();
    } else if (event.detail.state === "hide") {
        reconnectModal.close();
    } else if (event.detail.state === "failed") {
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    } else if (event.detail.state === "rejected") {
        location.reload();
    }
}

async function retry() {
    document.removeEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    try {
        // true: reconnected; false: the server answered but no longer has the circuit; throws: server unreachable.
        const successful = await Blazor.reconnect();
        if (!successful) {
            const resumed = await Blazor.resumeCircuit();
            if (!resumed) {
                location.reload();
            } else {
                reconnectModal.close();
            }
        }
    } catch {
        document.addEventListener("visibilitychange", retryWhenDocumentBecomesVisible);
    }
}

async function resume() {
    try {
        if (!await Blazor.resumeCircuit()) {
            location.reload();
        }
    } catch {
        reconnectModal.classList.replace("components-reconnect-paused", "components-reconnect-resume-failed");
    }
}

async function retryWhenDocumentBecomesVisible() {
    if (document.visibilityState === "visible") {
        await retry();
    }
}
