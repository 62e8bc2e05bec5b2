// Streams the CSV export, reporting received rows to .NET at most four times a second, then saves it as a file.
export async function download(url, dotnet) {
    let response;
    try {
        response = await fetch(url, { headers: { Accept: "text/csv" } });
    } catch (e) {
        // No reason: the page words "the server could not be reached" in its reader's language.
        return { ok: false, rows: 0, error: null };
    }

    if (!response.ok) {
        let detail = response.statusText;
        try {
            const problem = await response.json();
            detail = problem.detail || problem.title || detail;
        } catch { /* not a problem document */ }
        return { ok: false, rows: 0, error: detail || `HTTP ${response.status}` };
    }

    const reader = response.body.getReader();
    const chunks = [];
    let lines = 0;
    let lastReport = 0;
    for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        for (let i = 0; i < value.length; i++) {
            if (value[i] === 10) lines++;
        }

        const now = performance.now();
        if (now - lastReport > 250) {
            lastReport = now;
            await dotnet.invokeMethodAsync("Progress", Math.max(0, lines - 1));
        }
    }

    const rows = Math.max(0, lines - 1);
    await dotnet.invokeMethodAsync("Progress", rows);
    const disposition = response.headers.get("Content-Disposition") || "";
    const match = /filename="([^"]+)"/.exec(disposition);
    const blob = new Blob(chunks, { type: "text/csv" });
    const link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = match ? match[1] : "parcels.csv";
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
    return { ok: true, rows, error: null };
}
