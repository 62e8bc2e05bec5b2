using static CainiaoDashboard.Simulation.KnownIds;

namespace CainiaoDashboard.Simulation;

internal readonly record struct Recipient(string Name, string Phone, string Address);

/// <summary>
/// Fake but plausible recipients: Chinese names and addresses at home, local ones abroad. Phone numbers use
/// ranges reserved for fiction where a country has one (US 555-01xx).
/// </summary>
internal static class Recipients
{
    private static readonly string[] ChineseSurnames =
        ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];

    private static readonly string[] ChineseGivenNames =
        ["伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英",
         "霞", "平", "刚", "桂英", "晓东", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "一诺", "俊杰"];

    private static readonly string[] MobilePrefixes = ["138", "139", "150", "158", "186", "188", "137", "177", "199", "135"];

    private static readonly Dictionary<int, (string District, string[] Streets)[]> ChineseAddresses = new()
    {
        [Regions.CnEast] =
        [
            ("浙江省杭州市西湖区", ["文三路", "教工路", "天目山路"]),
            ("上海市浦东新区", ["张江路", "世纪大道", "陆家嘴环路"]),
            ("浙江省义乌市稠城街道", ["工人北路", "宾王路"]),
            ("江苏省南京市鼓楼区", ["中山北路", "湖南路"]),
        ],
        [Regions.CnSouth] =
        [
            ("广东省广州市天河区", ["天河路", "体育西路", "珠江新城华夏路"]),
            ("广东省深圳市南山区", ["科技园南路", "深南大道", "南海大道"]),
            ("福建省厦门市思明区", ["中山路", "湖滨南路"]),
        ],
        [Regions.CnNorth] =
        [
            ("北京市朝阳区", ["建国路", "望京街", "朝阳北路"]),
            ("天津市和平区", ["南京路", "滨江道"]),
            ("河北省石家庄市长安区", ["中山东路", "建设北大街"]),
        ],
        [Regions.CnCentral] =
        [
            ("湖北省武汉市洪山区", ["珞喻路", "光谷大道"]),
            ("湖南省长沙市岳麓区", ["麓山南路", "枫林一路"]),
            ("河南省郑州市金水区", ["花园路", "经三路"]),
        ],
        [Regions.CnWest] =
        [
            ("四川省成都市武侯区", ["人民南路", "天府大道", "科华北路"]),
            ("重庆市渝中区", ["民生路", "中山三路"]),
            ("云南省昆明市五华区", ["青年路", "东风西路"]),
        ],
    };

    private static readonly string[] UsFirstNames = ["James", "Mary", "Michael", "Jennifer", "David", "Linda", "Chris", "Sarah", "Daniel", "Emily", "Jose", "Maria"];
    private static readonly string[] UsLastNames = ["Smith", "Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Rodriguez", "Martinez", "Lee", "Nguyen", "Walker"];
    private static readonly string[] UsStreets = ["Maple Ave", "Oak St", "Pine St", "Cedar Ln", "Elm St", "Washington Blvd", "Lake Dr", "Sunset Blvd"];
    private static readonly (string City, string State, string Zip, string Area)[] UsCities =
    [
        ("Los Angeles", "CA", "900", "213"), ("New York", "NY", "100", "212"), ("Chicago", "IL", "606", "312"),
        ("Houston", "TX", "770", "713"), ("Seattle", "WA", "981", "206"), ("Miami", "FL", "331", "305"),
    ];

    private static readonly string[] SoutheastAsianNames =
        ["Tan Wei Ming", "Lim Hui Min", "Nur Aisyah", "Nguyen Van An", "Siti Rahmawati", "Lee Jia Hui", "Ahmad Faizal", "Maria Santos", "Somchai Wongsakul", "Chen Li Ting"];

    private static readonly string[] EuropeanNames =
        ["María García", "Javier López", "Lucía Martínez", "Carlos Sánchez", "Elena Fernández", "Pablo Romero", "Sophie Martin", "Hans Müller", "Giulia Rossi", "Ana Pereira"];

    private static readonly string[] LatinAmericanNames =
        ["João Silva", "Ana Souza", "Pedro Oliveira", "Juliana Santos", "Lucas Pereira", "Camila Rodrigues", "Mateo González", "Valentina Díaz", "Gabriel Costa", "Isabela Lima"];

    public static Recipient Draw(StableRandom rng, int regionId) => regionId switch
    {
        Regions.Us => UnitedStates(rng),
        Regions.Sea => SoutheastAsia(rng),
        Regions.Eu => Europe(rng),
        Regions.Latam => LatinAmerica(rng),
        _ => China(rng, regionId),
    };

    private static Recipient China(StableRandom rng, int regionId)
    {
        var name = rng.Pick(ChineseSurnames) + rng.Pick(ChineseGivenNames);
        var phone = $"{rng.Pick(MobilePrefixes)}{rng.Next(100_000_000):D8}";
        var (district, streets) = rng.Pick(ChineseAddresses[regionId]);
        var address = $"{district}{rng.Pick(streets)}{rng.Next(1, 400)}号{rng.Next(1, 30)}幢{rng.Next(1, 30)}0{rng.Next(1, 5)}室";
        return new Recipient(name, phone, address);
    }

    private static Recipient UnitedStates(StableRandom rng)
    {
        var (city, state, zip, area) = rng.Pick(UsCities);
        return new Recipient(
            $"{rng.Pick(UsFirstNames)} {rng.Pick(UsLastNames)}",
            $"+1 {area}-555-01{rng.Next(100):D2}",
            $"{rng.Next(10, 9999)} {rng.Pick(UsStreets)}, {city}, {state} {zip}{rng.Next(100):D2}");
    }

    private static Recipient SoutheastAsia(StableRandom rng)
    {
        var name = rng.Pick(SoutheastAsianNames);
        return rng.Next(3) switch
        {
            0 => new Recipient(name, $"+60 12-{rng.Next(1000):D3} {rng.Next(10000):D4}",
                $"No. {rng.Next(1, 200)}, Jalan Bukit Bintang, 55100 Kuala Lumpur, Malaysia"),
            1 => new Recipient(name, $"+66 8{rng.Next(10)} {rng.Next(1000):D3} {rng.Next(10000):D4}",
                $"{rng.Next(1, 999)} Sukhumvit Road, Khlong Toei, Bangkok 10110, Thailand"),
            _ => new Recipient(name, $"+65 9{rng.Next(1000):D3} {rng.Next(10000):D4}",
                $"Blk {rng.Next(100, 700)} Ang Mo Kio Ave {rng.Next(1, 11)}, #{rng.Next(2, 20):D2}-{rng.Next(1, 400)}, Singapore 56{rng.Next(10000):D4}"),
        };
    }

    private static Recipient Europe(StableRandom rng)
    {
        var name = rng.Pick(EuropeanNames);
        return rng.Next(4) switch
        {
            0 => new Recipient(name, $"+33 6 {rng.Next(100):D2} {rng.Next(100):D2} {rng.Next(100):D2} {rng.Next(100):D2}",
                $"{rng.Next(1, 200)} Rue de Rivoli, 75004 Paris, France"),
            1 => new Recipient(name, $"+49 151 {rng.Next(10_000_000):D7}",
                $"Hauptstraße {rng.Next(1, 200)}, 10827 Berlin, Germany"),
            2 => new Recipient(name, $"+34 6{rng.Next(100):D2} {rng.Next(1000):D3} {rng.Next(1000):D3}",
                $"Carrer de Mallorca {rng.Next(1, 600)}, 08036 Barcelona, Spain"),
            _ => new Recipient(name, $"+34 6{rng.Next(100):D2} {rng.Next(1000):D3} {rng.Next(1000):D3}",
                $"Calle Mayor {rng.Next(1, 120)}, {rng.Next(1, 8)}º {(char)('A' + rng.Next(4))}, 28013 Madrid, Spain"),
        };
    }

    private static Recipient LatinAmerica(StableRandom rng)
    {
        var name = rng.Pick(LatinAmericanNames);
        return rng.Next(3) switch
        {
            0 => new Recipient(name, $"+54 9 11 {rng.Next(10000):D4}-{rng.Next(10000):D4}",
                $"Av. Corrientes {rng.Next(100, 6000)}, C1043 Buenos Aires, Argentina"),
            1 => new Recipient(name, $"+56 9 {rng.Next(10000):D4} {rng.Next(10000):D4}",
                $"Av. Providencia {rng.Next(100, 3000)}, Santiago, Chile"),
            _ => new Recipient(name, $"+55 11 9{rng.Next(10000):D4}-{rng.Next(10000):D4}",
                $"Rua Augusta, {rng.Next(1, 3000)}, São Paulo - SP, 01305-{rng.Next(1000):D3}, Brazil"),
        };
    }
}
