using System.Globalization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The language of one circuit. A circuit opens in the culture of the request that opened it, and the connection keeps
/// that culture; the language switch can change the circuit's later without a new circuit (<c>StatusBar</c>), so every
/// call into the circuit takes its culture from here (<c>Infrastructure/CircuitCultureHandler</c>), and so does every
/// render a live update pushes from a notifier's thread (<c>LiveComponent</c>).
/// </summary>
public sealed class CircuitCulture
{
    // Read by CircuitCultureHandler on the connection's thread while the circuit's own thread may be switching: one
    // reference, replaced whole, so a reader never sees one culture of the old choice and one of the new.
    private volatile Choice current = new(CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);

    public CultureInfo Culture => current.Culture;

    public CultureInfo UICulture => current.UICulture;

    public void Switch(CultureInfo culture) => current = new Choice(culture, culture);

    /// <summary>Makes the circuit's culture current for the rest of the calling flow.</summary>
    public void Apply()
    {
        var choice = current;
        (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (choice.Culture, choice.UICulture);
    }

    private sealed record Choice(CultureInfo Culture, CultureInfo UICulture);
}
