using CainiaoDashboard.Components;
using CainiaoDashboard.Data;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

if (await CommandLine.TryRunAsync(args))
{
    return;
}

var app = await StartupGuard.BuildAsync(args, async built =>
{
    // The reviewed data tables are read now: a bad line stops start-up with its reason, not the first page that needs it.
    DataTables.Check();
    // Another writer is one clear start-up failure here; the pipeline takes the lock for good as the host starts.
    // Instances sharing a PostgreSQL database prepare it one at a time.
    await using (await built.Services.LockStartupAsync())
    {
        await built.Services.InitialiseDatabaseForWritingAsync();
        await built.Services.SeedIdentityAsync();
    }
});
if (app is null)
{
    return;
}

app.UseBrowserSecurity();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
    app.UseHsts();
    app.UseHttpsRedirection();
}

app.UseDashboardCulture();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();
app.MapStaticAssets().AllowAnonymous();
app.MapCainiaoEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

await StartupGuard.RunAsync(app);

public partial class Program;
