using Microsoft.Extensions.Logging;

namespace OrleansTrading.Grains.Database;

internal static partial class SchemaMigratorLog
{
    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "Applied schema version {Version} ({Name})")]
    public static partial void Applied(ILogger logger, int version, string name);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Schema is current at version {Version}; nothing to apply")]
    public static partial void UpToDate(ILogger logger, int version);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Warning, Message = "Schema version {Version} ({Name}) was applied from a different script text (checksum {Recorded}, now {Current}); not re-applied")]
    public static partial void ChecksumMismatch(ILogger logger, int version, string name, string recorded, string current);
}
