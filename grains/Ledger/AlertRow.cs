using OrleansTrading.GrainInterfaces.Alerts;

namespace OrleansTrading.Grains.Ledger;

/// <summary>An <c>alerts</c> row as Dapper reads it (severity as text, times as UTC <see cref="DateTime"/>).</summary>
internal sealed record AlertRow
{
    public string Id { get; init; } = "";
    public string? Bot_Id { get; init; }
    public string Severity { get; init; } = "";
    public string Code { get; init; } = "";
    public string Message { get; init; } = "";
    public DateTime Created_At { get; init; }
    public DateTime? Acknowledged_At { get; init; }

    public Alert ToAlert() => new()
    {
        Id = Id,
        BotId = Bot_Id,
        Severity = LedgerCodes.ParseSeverity(Severity),
        Code = Code,
        Message = Message,
        CreatedAt = LedgerCodes.ToUtcOffset(Created_At),
        AcknowledgedAt = Acknowledged_At is { } acknowledgedAt ? LedgerCodes.ToUtcOffset(acknowledgedAt) : null,
    };
}
