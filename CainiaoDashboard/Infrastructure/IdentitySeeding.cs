using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Identity;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Creates the four roles everywhere. In Development it also creates one demo account per role
/// (<c>manager@cainiao.demo</c> ...) with the password in <c>Seed:DemoPassword</c>; in every other environment
/// it removes demo accounts, so a database copied from a laptop never carries a known password into production.
/// </summary>
public static class IdentitySeeding
{
    public const string DemoDomain = "cainiao.demo";
    public const string DemoPasswordSetting = "Seed:DemoPassword";

    public static string DemoEmail(string role) => $"{role.ToLowerInvariant()}@{DemoDomain}";

    public static async Task SeedIdentityAsync(this IServiceProvider services, CancellationToken cancellationToken = default)
    {
        await using var scope = services.CreateAsyncScope();
        var provider = scope.ServiceProvider;
        var logger = provider.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(IdentitySeeding).FullName!);
        var roles = provider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)), $"create role {role}");
            }
        }

        var users = provider.GetRequiredService<UserManager<IdentityUser>>();
        if (!provider.GetRequiredService<IHostEnvironment>().IsDevelopment())
        {
            foreach (var role in Roles.All)
            {
                if (await users.FindByEmailAsync(DemoEmail(role)) is { } demo)
                {
                    Check(await users.DeleteAsync(demo), "remove a demo account");
                    logger.LogWarning("Removed the {Role} demo account: demo accounts exist only in Development.", role);
                }
            }

            return;
        }

        var password = provider.GetRequiredService<IConfiguration>()[DemoPasswordSetting];
        if (string.IsNullOrEmpty(password))
        {
            logger.LogWarning("No demo accounts: the setting {Setting} is empty.", DemoPasswordSetting);
            return;
        }

        foreach (var role in Roles.All)
        {
            var email = DemoEmail(role);
            if (await users.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password), $"create the {role} demo account with the password in {DemoPasswordSetting}");
            Check(await users.AddToRoleAsync(user, role), $"give the {role} demo account its role");
        }
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not {what}: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
