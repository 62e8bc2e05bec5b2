namespace CainiaoDashboard.Tests.Harness;

/// <summary>How a dashboard process ended and what it printed on its standard output and error.</summary>
public sealed record ProcessExit(int ExitCode, string Output, string Error)
{
    public string Printed => Output + Error;
}
