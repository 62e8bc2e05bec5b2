namespace CainiaoDashboard.Simulation;

/// <summary>Reference-data ids the traffic mix is written against (checked against ReferenceData by a test).</summary>
internal static class KnownIds
{
    public static class Carriers
    {
        public const int Zto = 1, Sto = 2, Yto = 3, Usps = 4, SingPost = 5, Correos = 6;
    }

    public static class ServiceLevels
    {
        public const int SameDay = 1, NextDay = 2, Standard = 3, CrossBorder = 4;
    }

    public static class Channels
    {
        public const int Tmall = 1, Taobao = 2, AliExpress = 3, TmallGlobal = 4;
    }

    public static class Regions
    {
        public const int CnEast = 1, CnSouth = 2, CnNorth = 3, CnCentral = 4, CnWest = 5, Us = 6, Sea = 7, Eu = 8, Latam = 9;
    }

    public static bool IsPartner(int carrierId) => carrierId is Carriers.Usps or Carriers.SingPost or Carriers.Correos;
}
