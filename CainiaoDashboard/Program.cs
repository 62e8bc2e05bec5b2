using CainiaoDashboard.Components;
using CainiaoDashboard.Data;
using CainiaoDashboard.Infrastructure;

if (await CommandLine.TryRunAsync(args))
{
    return;
}

var builder = WebApplication.CreateBuilder(args);
builder.AddCainiaoServices();

var app = builder.Build();
await app.Services.InitialiseDatabaseAsync();
await app.Services.SeedIdentityAsync();

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

app.Run();

public partial class Program;
