using CainiaoDashboard.Domain;

namespace CainiaoDashboard.Tests.Domain;

public sealed class PlacesTests
{
    [Fact]
    public void Every_province_of_mainland_china_lies_in_a_chinese_region_by_its_english_or_chinese_name()
    {
        Assert.Equal(31, Places.ProvinceNames.Count());
        Assert.All(Places.ProvinceNames, name => Assert.Equal("CN", Places.ProvinceRegion(name)!.CountryCode));
        Assert.Equal("CN-EAST", Places.ProvinceRegion("zhejiang")!.Code);
        Assert.Equal("CN-EAST", Places.ProvinceRegion("浙江省")!.Code);
        Assert.Equal("CN-NORTH", Places.ProvinceRegion("北京市")!.Code);
        Assert.Equal("CN-SOUTH", Places.ProvinceRegion("广西壮族自治区")!.Code);
        Assert.Equal("CN-WEST", Places.ProvinceRegion("Xinjiang")!.Code);
        Assert.Null(Places.ProvinceRegion("Atlantis"));
        Assert.Null(Places.ProvinceRegion("省"));
    }

    [Fact]
    public void Every_region_of_the_network_is_reached_by_some_place_and_countries_abroad_by_their_iso_code()
    {
        var reached = Places.ProvinceNames.Select(name => Places.ProvinceRegion(name)!.Code)
            .Concat(Places.CountryCodes.Where(code => code != Places.China).Select(code => Places.CountryRegion(code)!.Code));

        Assert.Equal(ReferenceData.Regions.Select(r => r.Code).Order(), reached.Distinct().Order());
        Assert.Equal("SEA", Places.CountryRegion("sg")!.Code);
        Assert.Equal("US", Places.CountryRegion("US")!.Code);
        Assert.Null(Places.CountryRegion("CN"));
        Assert.Null(Places.CountryRegion("ZZ"));
    }
}
