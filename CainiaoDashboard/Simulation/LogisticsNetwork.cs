using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Simulation;

/// <summary>Lookups over ReferenceData that the planner needs many times per parcel.</summary>
internal static class LogisticsNetwork
{
    private static readonly Dictionary<(int Origin, int Destination), int> LaneIds =
        ReferenceData.Lanes.ToDictionary(l => (l.OriginRegionId, l.DestinationRegionId), l => l.Id);

    private static readonly Dictionary<int, int[]> HubIdsByRegion =
        ReferenceData.Hubs.GroupBy(h => h.RegionId).ToDictionary(g => g.Key, g => g.Select(h => h.Id).ToArray());

    private static readonly Dictionary<int, int> PromiseHoursByService =
        ReferenceData.ServiceLevels.ToDictionary(s => s.Id, s => s.PromiseHours);

    private static readonly Dictionary<int, TimeZoneInfo> HubTimeZones =
        ReferenceData.Hubs.ToDictionary(h => h.Id, h => FindTimeZone(h.TimeZoneId));

    public static readonly TimeZoneInfo ChinaTime = FindTimeZone("Asia/Shanghai");

    public static int LaneId(int originRegionId, int destinationRegionId) => LaneIds[(originRegionId, destinationRegionId)];

    public static IReadOnlyList<int> HubsIn(int regionId) => HubIdsByRegion[regionId];

    public static int PromiseHours(int serviceLevelId) => PromiseHoursByService[serviceLevelId];

    public static TimeZoneInfo TimeZoneOf(int hubId) => HubTimeZones[hubId];

    private static TimeZoneInfo FindTimeZone(string id)
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            // Slim containers may lack tzdata; standard offsets keep working hours roughly right.
            var hours = id switch
            {
                "America/Los_Angeles" => -8,
                "America/New_York" => -5,
                "America/Sao_Paulo" => -3,
                "Europe/Madrid" => 1,
                _ => 8,
            };
            return TimeZoneInfo.CreateCustomTimeZone(id, TimeSpan.FromHours(hours), id, id);
        }
    }
}
