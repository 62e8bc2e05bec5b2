using Bunit;
using MudBlazor.Services;
using MudBlazor;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// A bunit context with MudBlazor's services. xunit.v3 awaits <see cref="BunitContext.DisposeAsync"/>, which
/// MudBlazor needs: some of its services implement only IAsyncDisposable.
/// </summary>
public abstract class MudTestContext : BunitContext
{
    protected MudTestContext()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddDashboardLocalization();
        Services.AddTransient<MudLocalizer, MudTexts>();
        Services.AddSingleton(TimeProvider.System);
        Services.AddScoped<CircuitCulture>();
    }

    /// <summary>How long a test waits for what a component reads from, or writes to, a real SQLite file.</summary>
    protected static readonly TimeSpan DatabaseWait = TimeSpan.FromSeconds(15);

    /// <summary>Popover items (select lists, menus, tooltips) render here, not in the component under test.</summary>
    protected IRenderedComponent<MudPopoverProvider> Popovers { get; private set; } = default!;

    protected IRenderedComponent<MudDialogProvider> Dialogs { get; private set; } = default!;

    protected IRenderedComponent<MudSnackbarProvider> Snackbars { get; private set; } = default!;

    /// <summary>Renders the providers a component's popovers, dialogs and snackbars need; call before rendering it.</summary>
    protected void RenderProviders()
    {
        Popovers = Render<MudPopoverProvider>();
        Dialogs = Render<MudDialogProvider>();
        Snackbars = Render<MudSnackbarProvider>();
    }
}
