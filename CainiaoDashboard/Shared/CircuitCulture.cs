using System.Globalization;

namespace CainiaoDashboard.Shared;

/// <summary>
/// The language of one circuit. A circuit opens in the culture of the request that opened it, and the connection keeps
/// that culture; the language switch can change the circuit's later without a new circuit (<c>StatusBar</c>), so every
/// call into the circuit takes its culture from here (<c>Infrastructure/CircuitCultureHandler</c>).
/// </summary>
public sealed class CircuitCulture
{
    public CultureInfo Culture { get; private set; } = CultureInfo.CurrentCulture;

    public CultureInfo UICulture { get; private set; } = CultureInfo.CurrentUICulture;

    public void Switch(CultureInfo culture) => (Culture, UICulture) = (culture, culture);

    /// <summary>Makes the circuit's culture current for the rest of the calling flow.</summary>
    public void Apply() => (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (Culture, UICulture);
}
