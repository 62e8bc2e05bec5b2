using System.Globalization;
using CainiaoDashboard.Infrastructure;
using CainiaoDashboard.Shared;

namespace CainiaoDashboard.Tests.Infrastructure;

/// <summary>
/// A circuit opens in its request's language and the connection keeps that one; after the language switch, every call
/// into the circuit runs in the language switched to.
/// </summary>
public sealed class CircuitCultureHandlerTests
{
    [Fact]
    public async Task A_call_into_the_circuit_runs_in_the_language_the_circuit_has_now()
    {
        var circuit = await InFlowOf(DashboardCulture.English, () => new CircuitCulture());
        Assert.Equal(DashboardCulture.English, circuit.UICulture);

        Assert.Equal(("en-GB", "Sep"), await CallIntoAsync(circuit));
        circuit.Switch(DashboardCulture.Chinese);
        Assert.Equal(("zh-CN", "9月"), await CallIntoAsync(circuit));
    }

    // The connection's flow: the culture of the request that opened it.
    private static Task<T> InFlowOf<T>(CultureInfo culture, Func<T> work) => Task.Run(() =>
    {
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (culture, culture);
        return work();
    });

    private static async Task<(string Language, string Month)> CallIntoAsync(CircuitCulture circuit)
    {
        var seen = ("", "");
        var call = new CircuitCultureHandler(circuit).CreateInboundActivityHandler(_ =>
        {
            seen = (CultureInfo.CurrentUICulture.Name, new DateTime(2026, 9, 7).ToString("MMM", CultureInfo.CurrentCulture));
            return Task.CompletedTask;
        });
        // The activity's context is the framework's own (it has no public constructor); the handler does not read it.
        await InFlowOf(DashboardCulture.English, () => call(null!));
        return seen;
    }
}
