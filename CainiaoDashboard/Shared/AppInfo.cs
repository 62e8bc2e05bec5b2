using System.Reflection;

namespace CainiaoDashboard.Shared;

/// <summary>Facts about the running build shown in the status bar.</summary>
public sealed class AppInfo
{
    public string Version { get; } =
        typeof(AppInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            .Split('+')[0] ?? "dev";
}
