using CainiaoDashboard.Domain;
using CainiaoDashboard.Simulation;

namespace CainiaoDashboard.Tests.Simulation;

public class TrackingNumbersTests
{
    // A serial from November 2026: minute slot 29,900,000-odd times 1000 plus the index in the slot.
    private static readonly long Serial = TrackingNumbers.Serial(29_893_920, 7);

    [Theory]
    [InlineData(1, @"^SIM-ZT7\d{11}$")]
    [InlineData(2, @"^SIM-77\d{11}$")]
    [InlineData(3, @"^SIM-YT20\d{11}$")]
    [InlineData(4, @"^SIM-9400\d{18}$")]
    [InlineData(5, @"^SIM-[A-Z]{2}\d{9}SG$")]
    [InlineData(6, @"^SIM-[A-Z]{2}\d{9}ES$")]
    public void Each_carrier_has_its_own_format_behind_the_simulators_prefix(int carrierId, string pattern)
    {
        Assert.Matches(pattern, TrackingNumbers.For(carrierId, Serial));
    }

    [Fact]
    public void Numbers_are_unique_per_slot_and_index_and_the_same_every_time()
    {
        var serials = Enumerable.Range(0, 3000).SelectMany(slot => new[] { 0, 1, 500, 998 }.Select(i => TrackingNumbers.Serial(29_893_920 + slot * 37L, i))).ToList();

        for (var carrier = 1; carrier <= 6; carrier++)
        {
            var numbers = serials.Select(s => TrackingNumbers.For(carrier, s)).ToList();
            Assert.Equal(numbers.Count, numbers.Distinct().Count());
        }

        Assert.Equal(TrackingNumbers.For(5, Serial), TrackingNumbers.For(5, Serial));
    }

    [Fact]
    public void Upu_numbers_carry_a_valid_s10_check_digit()
    {
        var number = TrackingNumbers.For(6, Serial)[SimulatedParcels.Prefix.Length..];
        int[] weights = [8, 6, 4, 2, 3, 5, 9, 7];
        var sum = Enumerable.Range(0, 8).Sum(i => (number[2 + i] - '0') * weights[i]);
        var check = 11 - sum % 11;
        check = check switch { 10 => 0, 11 => 5, _ => check };

        Assert.Equal(check, number[10] - '0');
    }

    [Fact]
    public void Usps_numbers_carry_a_valid_mod_10_check_digit()
    {
        var number = TrackingNumbers.For(4, Serial)[SimulatedParcels.Prefix.Length..];
        var sum = 0;
        for (var i = 0; i < number.Length - 1; i++)
        {
            sum += (number[i] - '0') * ((number.Length - 1 - i) % 2 == 1 ? 3 : 1);
        }

        Assert.Equal((10 - sum % 10) % 10, number[^1] - '0');
    }

    [Fact]
    public void A_serial_outside_the_number_space_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackingNumbers.For(1, TrackingNumbers.MaxSerial + 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => TrackingNumbers.For(99, Serial));
    }
}
