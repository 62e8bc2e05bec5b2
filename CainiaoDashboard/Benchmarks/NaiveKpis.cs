using CainiaoDashboard.Domain;
using CainiaoDashboard.Features.Overview;
using Microsoft.Data.Sqlite;
using static CainiaoDashboard.Features.Overview.OverviewCalculator;

namespace CainiaoDashboard.Benchmarks;

/// <summary>
/// The overview KPIs computed the naive way, straight from the raw events and parcels: the comparison
/// point for <c>bench kpi</c>. Status numbers: attempts 40 / 90, exception 55, final 90 / 95 / 99.
/// </summary>
internal sealed class NaiveKpis
{
    private readonly Dictionary<string, double?> values = new();

    public double? Value(string name) => values.GetValueOrDefault(name);

    public static NaiveKpis Compute(string connectionString, DateTime nowUtc, KpiOptions options)
    {
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        var today = OperationsCalendar.StartOfHour(OperationsCalendar.StartOfDayHour(nowUtc));
        var dayAgo = nowUtc.AddHours(-24);
        var stalledCase = "CASE p.ServiceLevelId " + string.Join(" ", ReferenceData.ServiceLevels.Select(s =>
            $"WHEN {s.Id} THEN '{options.StalledBefore(s.Code, nowUtc):yyyy-MM-dd HH:mm:ss.FFFFFFF}'")) + " END";

        double Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Parameters.AddWithValue("$now", nowUtc);
            command.Parameters.AddWithValue("$today", today);
            command.Parameters.AddWithValue("$dayAgo", dayAgo);
            return Convert.ToDouble(command.ExecuteScalar() ?? 0.0);
        }

        double? Ratio(double numerator, double denominator) => denominator == 0 ? null : numerator / denominator;

        var kpis = new NaiveKpis();
        kpis.values[Names.InFlight] = Scalar("""
            SELECT COUNT(*) FROM (SELECT ParcelId, MAX(Status IN (90, 95, 99)) AS Finished FROM TrackingEvents
                                  WHERE EventUtc <= $now GROUP BY ParcelId) WHERE Finished = 0
            """);
        kpis.values[Names.DeliveredToday] = Scalar("""
            SELECT COUNT(*) FROM (SELECT MIN(EventUtc) AS At FROM TrackingEvents WHERE Status = 90 GROUP BY ParcelId)
            WHERE At >= $today AND At <= $now
            """);
        const string firstAttempts = "SELECT ParcelId, MIN(EventUtc) AS At FROM TrackingEvents WHERE Status IN (40, 90) GROUP BY ParcelId";
        kpis.values[Names.OnTimeRateToday] = Ratio(
            Scalar($"SELECT COUNT(*) FROM ({firstAttempts}) a JOIN Parcels p ON p.Id = a.ParcelId WHERE a.At >= $today AND a.At <= p.PromisedUtc"),
            Scalar($"SELECT COUNT(*) FROM ({firstAttempts}) WHERE At >= $today"));
        kpis.values[Names.SlaBreaches] = Scalar("""
            SELECT COUNT(*) FROM Parcels p WHERE p.PromisedUtc < $now
              AND NOT EXISTS (SELECT 1 FROM TrackingEvents e WHERE e.ParcelId = p.Id AND e.Status IN (90, 95, 99))
            """);
        kpis.values[Names.ExceptionRate] = Ratio(
            Scalar("SELECT COUNT(*) FROM (SELECT MIN(EventUtc) AS At FROM TrackingEvents WHERE Status = 55 GROUP BY ParcelId) WHERE At >= $dayAgo"),
            Scalar("SELECT COUNT(*) FROM Parcels WHERE CreatedUtc >= $dayAgo"));
        kpis.values[Names.FirstAttemptRate] = Ratio(
            Scalar($"""
                SELECT COUNT(*) FROM ({firstAttempts}) a
                WHERE a.At >= $dayAgo AND EXISTS (SELECT 1 FROM TrackingEvents e WHERE e.ParcelId = a.ParcelId AND e.Status = 90 AND e.EventUtc = a.At)
                """),
            Scalar($"SELECT COUNT(*) FROM ({firstAttempts}) WHERE At >= $dayAgo"));
        var createdToday = Scalar("SELECT COUNT(*) FROM Parcels WHERE CreatedUtc >= $today");
        kpis.values[Names.ComplaintsPer10kToday] = createdToday == 0 ? null
            : Scalar("SELECT COUNT(*) FROM Complaints WHERE OpenedUtc >= $today") * 10_000 / createdToday;
        kpis.values[Names.Stalled] = Scalar($"""
            SELECT COUNT(*) FROM (SELECT ParcelId, MAX(EventUtc) AS LastScan, MAX(Status IN (90, 95, 99)) AS Finished
                                  FROM TrackingEvents GROUP BY ParcelId) x
            JOIN Parcels p ON p.Id = x.ParcelId
            WHERE x.Finished = 0 AND x.LastScan < {stalledCase}
            """);
        return kpis;
    }
}
