using CainiaoDashboard.Components;
using CainiaoDashboard.Data;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Ingest;
using CainiaoDashboard.Shared;

if (await CommandLine.TryRunAsync(args))
{
    return;
}

var app = await StartupGuard.BuildAsync(args, async built =>
{
    await built.Services.InitialiseDatabaseAsync();
    await built.Services.SeedIdentityAsync();
    // Refused here, another writer on the same file is one clear start-up failure (the pipeline takes the lock for good).
    built.Services.GetRequiredService<IngestWriterFactory>().Lock().Dispose();
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
