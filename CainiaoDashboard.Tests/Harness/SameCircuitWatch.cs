namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// Whether a page keeps its document and its circuit's connection: a mark left in the document's script state would
/// be gone after a reload, and a new circuit opens a new WebSocket.
/// </summary>
public sealed class SameCircuitWatch
{
    private readonly IPage page;
    private readonly List<string> opened = [];

    private SameCircuitWatch(IPage page)
    {
        this.page = page;
        page.WebSocket += (_, socket) => opened.Add(socket.Url);
    }

    public static async Task<SameCircuitWatch> StartAsync(IPage page)
    {
        // Until the status bar has attached the app bar's switches to the circuit, a click posts the form and reloads.
        await Assertions.Expect(page.Locator(".status-bar[data-switch-keeps-circuit=true]")).ToHaveCountAsync(1);
        await page.EvaluateAsync("() => { window.sameDocumentMark = 'before'; }");
        return new SameCircuitWatch(page);
    }

    public async Task AssertKeptAsync()
    {
        Assert.Equal("before", await page.EvaluateAsync<string?>("() => window.sameDocumentMark ?? null"));
        Assert.Empty(opened);
    }
}
