using Microsoft.AspNetCore.Components;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>
/// The page that handles the clicks of a chart fragment rendered alone in a test: it runs the handler, as a component
/// does before it renders again.
/// </summary>
public sealed class EventReceiver : IHandleEvent
{
    public Task HandleEventAsync(EventCallbackWorkItem item, object? arg) => item.InvokeAsync(arg);
}
