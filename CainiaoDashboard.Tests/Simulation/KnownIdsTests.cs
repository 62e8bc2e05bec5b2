using CainiaoDashboard.Domain;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class KnownIdsTests
{
    [Fact]
    public void The_ids_the_traffic_mix_is_written_against_match_the_reference_data()
    {
        int Carrier(string code) => ReferenceData.Carriers.Single(c => c.Code == code).Id;
        int Service(string code) => ReferenceData.ServiceLevels.Single(s => s.Code == code).Id;
        int Channel(string code) => ReferenceData.Channels.Single(c => c.Code == code).Id;

        Assert.Equal([Carrier("ZTO"), Carrier("STO"), Carrier("YTO"), Carrier("USPS"), Carrier("SINGPOST"), Carrier("CORREOS")],
            [KnownIds.Carriers.Zto, KnownIds.Carriers.Sto, KnownIds.Carriers.Yto, KnownIds.Carriers.Usps, KnownIds.Carriers.SingPost, KnownIds.Carriers.Correos]);
        Assert.Equal([Service("SAME_DAY"), Service("NEXT_DAY"), Service("STANDARD"), Service("CROSS_BORDER")],
            [KnownIds.ServiceLevels.SameDay, KnownIds.ServiceLevels.NextDay, KnownIds.ServiceLevels.Standard, KnownIds.ServiceLevels.CrossBorder]);
        Assert.Equal([Channel("TMALL"), Channel("TAOBAO"), Channel("ALIEXPRESS"), Channel("TMALL_GLOBAL")],
            [KnownIds.Channels.Tmall, KnownIds.Channels.Taobao, KnownIds.Channels.AliExpress, KnownIds.Channels.TmallGlobal]);
        Assert.Equal(["CN-EAST", "CN-SOUTH", "CN-NORTH", "CN-CENTRAL", "CN-WEST", "US", "SEA", "EU", "LATAM"],
            new[] { KnownIds.Regions.CnEast, KnownIds.Regions.CnSouth, KnownIds.Regions.CnNorth, KnownIds.Regions.CnCentral, KnownIds.Regions.CnWest,
                KnownIds.Regions.Us, KnownIds.Regions.Sea, KnownIds.Regions.Eu, KnownIds.Regions.Latam }
                .Select(id => ReferenceData.Regions.Single(r => r.Id == id).Code));
    }
}
