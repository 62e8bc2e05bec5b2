using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Harness;

/// <summary>The reference rows the tests name, looked up by code in the app's own index rather than written as numbers.</summary>
public static class ReferenceIds
{
    public static readonly int Zto = ReferenceData.Carrier("ZTO").Id;
    public static readonly int Sto = ReferenceData.Carrier("STO").Id;
    public static readonly int Yto = ReferenceData.Carrier("YTO").Id;
    public static readonly int Usps = ReferenceData.Carrier("USPS").Id;
    public static readonly int SingPost = ReferenceData.Carrier("SINGPOST").Id;
    public static readonly int Correos = ReferenceData.Carrier("CORREOS").Id;

    public static readonly int EastToEast = ReferenceData.Lane("CN-EAST", "CN-EAST").Id;
    public static readonly int EastToNorth = ReferenceData.Lane("CN-EAST", "CN-NORTH").Id;
    public static readonly int EastToUs = ReferenceData.Lane("CN-EAST", "US").Id;

    public static readonly int SameDay = ReferenceData.ServiceLevel("SAME_DAY").Id;
    public static readonly int NextDay = ReferenceData.ServiceLevel("NEXT_DAY").Id;
    public static readonly int Standard = ReferenceData.ServiceLevel("STANDARD").Id;
    public static readonly int CrossBorder = ReferenceData.ServiceLevel("CROSS_BORDER").Id;

    public static readonly int Tmall = ReferenceData.Channel("TMALL").Id;
    public static readonly int Taobao = ReferenceData.Channel("TAOBAO").Id;
    public static readonly int AliExpress = ReferenceData.Channel("ALIEXPRESS").Id;
    public static readonly int TmallGlobal = ReferenceData.Channel("TMALL_GLOBAL").Id;

    public static readonly int Hangzhou = ReferenceData.Hub("HGH").Id;
    public static readonly int Shenzhen = ReferenceData.Hub("SZX").Id;
    public static readonly int LosAngeles = ReferenceData.Hub("LAX").Id;
}
