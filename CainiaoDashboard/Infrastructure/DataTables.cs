using CainiaoDashboard.Domain;
using CainiaoDashboard.Ingest.Webhooks;

namespace CainiaoDashboard.Infrastructure;

/// <summary>The reviewed tables built into the assembly, read once at start-up so that a bad line stops it with its reason.</summary>
public static class DataTables
{
    public static void Check()
    {
        LegPlans.Check();
        _ = ClockStops.All.Count;
        _ = WebhookFormats.All.Count;
        _ = Places.ProvinceNames.Count();
    }
}
