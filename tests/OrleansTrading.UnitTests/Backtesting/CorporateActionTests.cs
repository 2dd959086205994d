using OrleansTrading.Grains.Backtesting;
using OrleansTrading.Grains.Backtesting.Data;

namespace OrleansTrading.UnitTests.Backtesting;

public sealed class CorporateActionTests
{
    private static SymbolBars Series() => new("XYZ", "x.csv", DailyBars.From(
        (100, 102, 99, 100), // 2024-01-01
        (100, 101, 98, 50),  // 2024-01-02 (close 50: an odd day, but it sets the dividend factor below)
        (50, 52, 49, 51),    // 2024-01-03
        (51, 53, 50, 52)));  // 2024-01-04

    [Fact]
    public void A_split_divides_earlier_prices_and_multiplies_earlier_volume()
    {
        var adjusted = CorporateActionAdjuster.Apply(Series(), [new CorporateAction(new DateOnly(2024, 1, 3), null, 2, 0)]);

        Assert.Equal((50.0, 51.0, 49.5, 50.0, 2_000.0), (adjusted.Bars[0].Open, adjusted.Bars[0].High, adjusted.Bars[0].Low, adjusted.Bars[0].Close, adjusted.Bars[0].Volume));
        Assert.Equal(25, adjusted.Bars[1].Close);
        // The ex-date bar and later ones keep their traded prices.
        Assert.Equal(Series().Bars[2..], adjusted.Bars[2..]);
    }

    [Fact]
    public void A_dividend_scales_earlier_prices_by_one_minus_dividend_over_the_previous_close()
    {
        // Ex-date 2024-01-03, previous close 50, dividend 1: factor 0.98; volume unchanged.
        var adjusted = CorporateActionAdjuster.Apply(Series(), [new CorporateAction(new DateOnly(2024, 1, 3), null, 1, 1)]);

        Assert.Equal(98, adjusted.Bars[0].Close, 12);
        Assert.Equal(49, adjusted.Bars[1].Close, 12);
        Assert.Equal(1_000, adjusted.Bars[0].Volume);
        Assert.Equal(51, adjusted.Bars[2].Close);
    }

    [Fact]
    public void Factors_multiply_across_actions_and_filter_by_symbol()
    {
        CorporateAction[] actions =
        [
            new(new DateOnly(2024, 1, 2), "XYZ", 4, 0),
            new(new DateOnly(2024, 1, 4), null, 1, 1.02),   // previous close 51: factor 0.98
            new(new DateOnly(2024, 1, 3), "OTHER", 10, 0),
        ];

        var adjusted = CorporateActionAdjuster.Apply([Series()], actions)[0];

        Assert.Equal(100 / 4.0 * 0.98, adjusted.Bars[0].Close, 12);
        Assert.Equal(4_000, adjusted.Bars[0].Volume);
        Assert.Equal(50 * 0.98, adjusted.Bars[1].Close, 12);
        Assert.Equal(51 * 0.98, adjusted.Bars[2].Close, 12);
        Assert.Equal(52, adjusted.Bars[3].Close);
        Assert.Equal("x.csv (adjusted)", adjusted.Source);
    }

    [Fact]
    public void A_dividend_not_below_the_previous_close_is_refused()
    {
        var error = Assert.Throws<BacktestInputException>(() => CorporateActionAdjuster.Apply(Series(), [new CorporateAction(new DateOnly(2024, 1, 3), null, 1, 50)]));

        Assert.Contains("not below the previous close 50", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_reads_columns_in_any_order_with_empty_cells_as_no_action()
    {
        var actions = CorporateActionFile.Read(new StringReader("Symbol,cash_dividend,date,split_ratio\nxyz,,2024-01-03,2\n,0.5,2024-02-01,\n"), "actions.csv");

        Assert.Equal([new CorporateAction(new DateOnly(2024, 1, 3), "XYZ", 2, 0), new CorporateAction(new DateOnly(2024, 2, 1), null, 1, 0.5)], actions);
    }

    [Theory]
    [InlineData("date,split_ratio\n", "lacks a 'cash_dividend' column")]
    [InlineData("date,split_ratio,cash_dividend\n2024-13-01,2,0\n", "line 2: '2024-13-01' is not a date")]
    [InlineData("date,split_ratio,cash_dividend\n2024-01-01,2,0\n2024-01-02,0,0\n", "line 3: split_ratio must be greater than 0")]
    [InlineData("date,split_ratio,cash_dividend\n2024-01-01,x,0\n", "line 2: 'x' is not a valid split_ratio")]
    [InlineData("date,split_ratio,cash_dividend\n2024-01-01,1,-1\n", "line 2: cash_dividend must not be negative")]
    public void Bad_files_name_the_line(string text, string message)
    {
        var error = Assert.Throws<BacktestInputException>(() => CorporateActionFile.Read(new StringReader(text), "actions.csv"));

        Assert.Contains("actions.csv", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
