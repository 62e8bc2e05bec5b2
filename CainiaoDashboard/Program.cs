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
    // Refused before migrating (another writer holds the file's rows in memory) and as one clear start-up failure; the
    // pipeline takes the lock for good as the host starts.
    built.Services.GetRequiredService<IngestWriterFactory>().EnsureNoOtherWriter();
    await built.Services.InitialiseDatabaseAsync();
    await built.Services.SeedIdentityAsync();
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
