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

    public static readonly int NextDay = ReferenceData.ServiceLevel("NEXT_DAY").Id;
    public static readonly int CrossBorder = ReferenceData.ServiceLevel("CROSS_BORDER").Id;

    public static readonly int Tmall = ReferenceData.Channel("TMALL").Id;

    public static readonly int Hangzhou = ReferenceData.Hub("HGH").Id;
    public static readonly int Shenzhen = ReferenceData.Hub("SZX").Id;
    public static readonly int LosAngeles = ReferenceData.Hub("LAX").Id;
}
