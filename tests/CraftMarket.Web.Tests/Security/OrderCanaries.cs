using System.Text.Json;

namespace CraftMarket.Web.Tests.Security;

/// <summary>
/// Bat Trang's order records for the security walks, from the demo: the Japanese buyer's order in
/// quality control (id and number), one of its work orders and that household's member id (its
/// ledger). Routes under /orders/{id}, /work-orders/{id}, /inspections/{workOrderId} and
/// /ledger/members/{memberId}, API and pages, get these real ids; document routes get a real kind.
/// The order belongs to buyer@homeware.example, so the walks' own buyer (buyer@decor.example) is as
/// much a stranger to it as Van Phuc's staff and households.
/// </summary>
internal sealed record OrderCanaries(string OrderId, string OrderNumber, string WorkOrderId, string MemberId, string State, string WorkState)
{
    public const string OwnerCompany = "Homeware Trading KK";

    public static async Task<OrderCanaries> PlantAsync(HttpClient admin)
    {
        var list = JsonDocument.Parse(await admin.GetStringAsync("/api/orders?state=QualityControl&pageSize=100")).RootElement.GetProperty("items");
        var order = list.EnumerateArray().First(o => o.GetProperty("buyerCompany").GetString() == OwnerCompany);
        var id = order.GetProperty("id").GetString()!;
        var work = JsonDocument.Parse(await admin.GetStringAsync($"/api/orders/{id}/work-orders")).RootElement.GetProperty("workOrders")[0];
        return new OrderCanaries(id, order.GetProperty("number").GetString()!, work.GetProperty("id").GetString()!,
            work.GetProperty("memberId").GetString()!, "QualityControl", work.GetProperty("state").GetString()!);
    }

    // The household itself may be public (the member directory lists it); its work and ledger are not.
    public IEnumerable<string> Secrets => [OrderId, OrderNumber, WorkOrderId];

    public string? ValueFor(string route, string parameter)
    {
        var p = parameter.ToLowerInvariant();
        if (p == "workorderid") return WorkOrderId;
        if (p == "memberid" && route.Contains("ledger", StringComparison.OrdinalIgnoreCase)) return MemberId;
        if (p == "kind" && route.Contains("documents", StringComparison.OrdinalIgnoreCase)) return "proforma";
        if (p != "id") return null;
        return route.Contains("work-orders/{id", StringComparison.OrdinalIgnoreCase) ? WorkOrderId
            : route.Contains("orders/{id", StringComparison.OrdinalIgnoreCase) ? OrderId
            : null;
    }

    /// <summary>Afterwards: the order and its work order are as planted (no foreign call moved, paid, cancelled or inspected them).</summary>
    public async Task ShouldBeUntouchedAsync(HttpClient admin)
    {
        var order = JsonDocument.Parse(await admin.GetStringAsync($"/api/orders/{OrderId}")).RootElement;
        order.GetProperty("state").GetString().ShouldBe(State);
        var work = JsonDocument.Parse(await admin.GetStringAsync($"/api/work-orders/{WorkOrderId}")).RootElement;
        work.GetProperty("work").GetProperty("state").GetString().ShouldBe(WorkState);
    }
}
