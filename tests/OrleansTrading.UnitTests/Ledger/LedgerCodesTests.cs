using System.Text.Json;
using OrleansTrading.GrainInterfaces.Alerts;
using OrleansTrading.GrainInterfaces.Json;
using OrleansTrading.GrainInterfaces.Orders;
using OrleansTrading.GrainInterfaces.Trades;
using OrleansTrading.Grains.Ledger;

namespace OrleansTrading.UnitTests.Ledger;

/// <summary>The ledger stores enums by the REST contract's spelling, so a row reads the same in SQL and on the wire.</summary>
public sealed class LedgerCodesTests
{
    [Fact]
    public void Trade_codes_are_the_wire_names_and_parse_back()
    {
        Assert.All(Enum.GetValues<TradeSide>(), side => Assert.Equal(side, LedgerCodes.ParseSide(AssertWireName(side, LedgerCodes.ToCode(side)))));
        Assert.All(Enum.GetValues<TradeStatus>(), status => Assert.Equal(status, LedgerCodes.ParseStatus(AssertWireName(status, LedgerCodes.ToCode(status)))));
    }

    [Fact]
    public void Order_codes_are_the_wire_names_and_parse_back()
    {
        Assert.All(Enum.GetValues<OrderKind>(), kind => Assert.Equal(kind, LedgerCodes.ParseOrderKind(AssertWireName(kind, LedgerCodes.ToCode(kind)))));
        Assert.All(Enum.GetValues<OrderState>(), state => Assert.Equal(state, LedgerCodes.ParseOrderState(AssertWireName(state, LedgerCodes.ToCode(state)))));
    }

    [Fact]
    public void Alert_severity_codes_are_the_wire_names_and_parse_back() =>
        Assert.All(Enum.GetValues<AlertSeverity>(), severity => Assert.Equal(severity, LedgerCodes.ParseSeverity(AssertWireName(severity, LedgerCodes.ToCode(severity)))));

    [Fact]
    public void An_unknown_code_in_a_row_fails_loudly()
    {
        Assert.Throws<FormatException>(() => LedgerCodes.ParseOrderState("PartiallyFilled"));
        Assert.Throws<FormatException>(() => LedgerCodes.ParseOrderKind("stoplimit"));
        Assert.Throws<FormatException>(() => LedgerCodes.ParseSeverity("error"));
    }

    private static string AssertWireName<TEnum>(TEnum value, string code)
        where TEnum : struct, Enum
    {
        Assert.Equal(JsonSerializer.Serialize(value, TradingJson.Options), $"\"{code}\"");
        return code;
    }
}
