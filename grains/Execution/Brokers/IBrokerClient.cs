using OrleansTrading.GrainInterfaces.Orders;

namespace OrleansTrading.Grains.Execution.Brokers;

/// <summary>
/// Where orders go. Idempotent by client order id: submitting an id the broker already knows returns that order and
/// places nothing. The paper broker is the default; a live broker (Alpaca) implements the same contract.
/// </summary>
public interface IBrokerClient
{
    /// <summary>Short name for logs (<c>paper</c>, <c>alpaca</c>).</summary>
    string Name { get; }

    /// <summary>Places the order (or returns the existing one with the same client order id).</summary>
    Task<OrderRecord> SubmitOrderAsync(BrokerOrderRequest request, CancellationToken cancellationToken);

    /// <summary>The order with this client order id, or null.</summary>
    Task<OrderRecord?> GetOrderAsync(string clientOrderId, CancellationToken cancellationToken);

    /// <summary>The commission charged for a filled order (0 when the broker charges none).</summary>
    decimal CommissionFor(OrderRecord order);
}
