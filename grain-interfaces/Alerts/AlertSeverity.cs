namespace OrleansTrading.GrainInterfaces.Alerts;

/// <summary>How loud an alert is: <c>info</c>, <c>warning</c>, <c>critical</c>.</summary>
[GenerateSerializer, Alias("OrleansTrading.AlertSeverity")]
public enum AlertSeverity
{
    Info = 0,
    Warning = 1,
    Critical = 2,
}
