namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Commands that run instead of the web host (<c>dotnet run -- bench ...</c>). Returns false when the
/// arguments are meant for the host.
/// </summary>
public static class CommandLine
{
    public static Task<bool> TryRunAsync(string[] args)
    {
        return Task.FromResult(false);
    }
}
