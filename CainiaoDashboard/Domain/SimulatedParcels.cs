namespace CainiaoDashboard.Domain;

/// <summary>
/// The simulator's parcels share a database with real ones without ever sharing a number: every tracking number the
/// simulator makes (its couriers' and its hand-over partners') starts with <see cref="Prefix"/>, which no order
/// system, carrier hand-over or import may use. The prefix is also what marks a parcel as simulated wherever it shows.
/// </summary>
public static class SimulatedParcels
{
    public const string Prefix = "SIM-";

    public static bool IsSimulated(string trackingNumber) => trackingNumber.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>The same test in SQL, on a tracking-number column: 1 for a simulated parcel's number, else 0.</summary>
    public static string Sql(string column) => $"upper(substr({column}, 1, {Prefix.Length})) = '{Prefix}'";

    /// <summary>Why a real parcel may not carry this number, or null.</summary>
    public static string? Refusal(string field, string trackingNumber) =>
        IsSimulated(trackingNumber) ? $"{field} starting with {Prefix} is reserved for the simulator's parcels" : null;
}
