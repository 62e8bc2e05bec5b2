using CainiaoDashboard.Shared;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace CainiaoDashboard.Infrastructure;

/// <summary>
/// Every call into a circuit (events, JS interop, navigation, and the root components enhanced navigation adds) runs in
/// the circuit's language as it is now, which the language switch may have changed since the connection opened.
/// </summary>
public sealed class CircuitCultureHandler(CircuitCulture culture) : CircuitHandler
{
    public override Func<CircuitInboundActivityContext, Task> CreateInboundActivityHandler(
        Func<CircuitInboundActivityContext, Task> next) => context =>
    {
        culture.Apply();
        return next(context);
    };
}
