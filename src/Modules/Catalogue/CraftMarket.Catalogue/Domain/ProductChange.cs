using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// One entry of a product's audit trail: who (user id and name at the time), when, what action,
/// and each changed field with its old and new value. Never updated or deleted.
/// </summary>
internal sealed class ProductChange : ITenantOwned
{
    private ProductChange() { }   // EF

    public Guid Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public ProductId ProductId { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string UserId { get; private set; } = "";
    public string UserName { get; private set; } = "";
    public string Action { get; private set; } = "";
    public string? Comment { get; private set; }
    public List<FieldChange> Fields { get; private set; } = [];

    public static ProductChange Record(Product product, string action, Actor actor, DateTimeOffset now,
        IEnumerable<FieldChange>? fields = null, string? comment = null) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = product.TenantId, ProductId = product.Id, At = now,
        UserId = actor.UserId, UserName = actor.DisplayName, Action = action, Comment = comment, Fields = [.. fields ?? []],
    };
}

/// <summary>A field as the API names it ("priceBreaks", "name.en") with its value before and after, as text.</summary>
internal sealed record FieldChange(string Field, string? Old, string? New);

/// <summary>The actions the audit trail records.</summary>
internal static class ProductActions
{
    public const string Created = "created", Edited = "edited", Submitted = "submitted", Approved = "approved",
        ChangesRequested = "changes-requested", Archived = "archived", Imported = "imported";
}
