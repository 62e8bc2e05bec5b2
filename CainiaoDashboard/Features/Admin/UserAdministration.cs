using CainiaoDashboard.Data;
using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace CainiaoDashboard.Features.Admin;

/// <summary>A user as the admin page lists it.</summary>
public sealed record UserRow(string Id, string Email, string? Role, DateTimeOffset? LockedUntilUtc, int FailedSignIns)
{
    public bool IsLocked(DateTimeOffset now) => LockedUntilUtc is { } until && until > now;
}

/// <summary>The outcome of an administrative change, with a message fit for the screen.</summary>
public sealed record AdminOutcome(bool Succeeded, string Message)
{
    public static AdminOutcome Ok(string message) => new(true, message);
    public static AdminOutcome Failed(string message) => new(false, message);
}

/// <summary>
/// Users and roles for <c>/admin</c> and the <c>create-user</c> command. Every operation runs in its own DI scope
/// (its own DbContext), since a circuit lives for hours. Locks and role changes renew the security stamp, which
/// refuses the user's session cookies from their next request and ends open circuits within a minute.
/// </summary>
public sealed class UserAdministration(
    IServiceScopeFactory scopes,
    IDbContextFactory<CainiaoDbContext> dbFactory,
    TimeProvider time,
    ILogger<UserAdministration> logger)
{
    // The outcomes' messages, in the language of whoever asked (the admin's circuit, or the create-user command's terminal).
    private static readonly IStringLocalizer Text = Translations.For<UserAdministration>();

    /// <summary>A role's name in the reader's language (the roles themselves are English words, stored as they are).</summary>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(role))]
    public static string? RoleName(string? role) => role is null ? null : Labels.RoleName(role);

    public async Task<IReadOnlyList<UserRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db.Users.AsNoTracking()
            .OrderBy(u => u.Email)
            .Select(u => new
            {
                u.Id,
                u.Email,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id)
                    .Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.LockoutEnd,
                u.AccessFailedCount,
            })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new UserRow(r.Id, r.Email ?? "", r.Role, r.LockoutEnd, r.AccessFailedCount)).ToList();
    }

    public async Task<AdminOutcome> CreateAsync(string email, string role, string password, CancellationToken cancellationToken = default)
    {
        email = email.Trim();
        if (Roles.Normalise(role) is not { } canonicalRole)
        {
            return AdminOutcome.Failed(Text["Unknown role '{0}'. Roles: {1}.", role, string.Join(", ", Roles.All)]);
        }

        if (!new System.ComponentModel.DataAnnotations.EmailAddressAttribute().IsValid(email) || email.Length > 256)
        {
            return AdminOutcome.Failed(Text["Enter a valid e-mail address."]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return AdminOutcome.Failed(Text["A user with this e-mail address already exists."]);
        }

        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return AdminOutcome.Failed(Describe(created, users.Options));
        }

        var assigned = await users.AddToRoleAsync(user, canonicalRole);
        if (!assigned.Succeeded)
        {
            await users.DeleteAsync(user);
            return AdminOutcome.Failed(Describe(assigned, users.Options));
        }

        logger.LogInformation("Created user {UserId} with role {Role}.", user.Id, canonicalRole);
        return AdminOutcome.Ok(Text["Created {0} ({1}).", email, RoleName(canonicalRole)]);
    }

    public async Task<AdminOutcome> ChangeRoleAsync(string userId, string role, string? actingUserId, CancellationToken cancellationToken = default)
    {
        if (Roles.Normalise(role) is not { } canonicalRole)
        {
            return AdminOutcome.Failed(Text["Unknown role '{0}'.", role]);
        }

        if (userId == actingUserId && canonicalRole != Roles.Admin)
        {
            return AdminOutcome.Failed(Text["You cannot take the Admin role from yourself; ask another admin."]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Failed(Text["That user no longer exists."]);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == canonicalRole)
        {
            return AdminOutcome.Ok(Text["{0} already has the role {1}.", user.Email ?? "", RoleName(canonicalRole)]);
        }

        var removed = await users.RemoveFromRolesAsync(user, current);
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, canonicalRole) : removed;
        if (!added.Succeeded)
        {
            return AdminOutcome.Failed(Describe(added, users.Options));
        }

        await users.UpdateSecurityStampAsync(user);
        logger.LogInformation("User {UserId} now has role {Role}.", user.Id, canonicalRole);
        return AdminOutcome.Ok(Text["{0} is now {1}.", user.Email ?? "", RoleName(canonicalRole)]);
    }

    public async Task<AdminOutcome> SetLockedAsync(string userId, bool locked, string? actingUserId, CancellationToken cancellationToken = default)
    {
        if (locked && userId == actingUserId)
        {
            return AdminOutcome.Failed(Text["You cannot lock your own account."]);
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByIdAsync(userId) is not { } user)
        {
            return AdminOutcome.Failed(Text["That user no longer exists."]);
        }

        var result = locked && !await users.GetLockoutEnabledAsync(user)
            ? await users.SetLockoutEnabledAsync(user, true)
            : IdentityResult.Success;
        result = !result.Succeeded ? result : locked
            ? await users.SetLockoutEndDateAsync(user, DateTimeOffset.MaxValue)
            : await users.SetLockoutEndDateAsync(user, null);
        if (result.Succeeded && !locked)
        {
            result = await users.ResetAccessFailedCountAsync(user);
        }

        if (!result.Succeeded)
        {
            return AdminOutcome.Failed(Describe(result, users.Options));
        }

        if (locked)
        {
            await users.UpdateSecurityStampAsync(user);
        }

        logger.LogInformation("User {UserId} {Action} at {Time:u}.", user.Id, locked ? "locked" : "unlocked", time.GetUtcNow());
        return AdminOutcome.Ok(locked ? Text["{0} is locked and signed out.", user.Email ?? ""] : Text["{0} is unlocked.", user.Email ?? ""]);
    }

    private static string Describe(IdentityResult result, IdentityOptions options) =>
        string.Join(" ", result.Errors.Select(e => Describe(e, options.Password)));

    /// <summary>
    /// Identity's reason in the reader's language: the ones an administrator meets (the password rules, a taken
    /// address) have their translation; in English, and for any other, Identity's own words.
    /// </summary>
    private static string Describe(IdentityError error, PasswordOptions password)
    {
        var text = error.Code switch
        {
            nameof(IdentityErrorDescriber.PasswordTooShort) => Text["Passwords must be at least {0} characters.", password.RequiredLength],
            nameof(IdentityErrorDescriber.PasswordRequiresNonAlphanumeric) => Text["Passwords must have at least one non alphanumeric character."],
            nameof(IdentityErrorDescriber.PasswordRequiresDigit) => Text["Passwords must have at least one digit ('0'-'9')."],
            nameof(IdentityErrorDescriber.PasswordRequiresLower) => Text["Passwords must have at least one lowercase ('a'-'z')."],
            nameof(IdentityErrorDescriber.PasswordRequiresUpper) => Text["Passwords must have at least one uppercase ('A'-'Z')."],
            nameof(IdentityErrorDescriber.PasswordRequiresUniqueChars) => Text["Passwords must use at least {0} different characters.", password.RequiredUniqueChars],
            nameof(IdentityErrorDescriber.DuplicateEmail) or nameof(IdentityErrorDescriber.DuplicateUserName) =>
                Text["A user with this e-mail address already exists."],
            nameof(IdentityErrorDescriber.InvalidEmail) or nameof(IdentityErrorDescriber.InvalidUserName) => Text["Enter a valid e-mail address."],
            _ => null,
        };
        return text is null || text.ResourceNotFound ? error.Description : text.Value;
    }
}
