using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Caching;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Members.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;

namespace CraftMarket.Catalogue.Domain;

/// <summary>
/// A product of one association's shared catalogue, made by one or more of its members.
/// Lifecycle (ADR 0008): Draft → Submitted → Published, or ChangesRequested with the association's
/// comment back to the makers; Archived at the end. A maker's edit of a published product sends it
/// back to review; an association admin's edit keeps it live.
/// </summary>
[Audited("products", Subject = "{NameVi} ({Sku})")]
internal sealed partial class Product : IShownOnStorefront
{
    public const int CommentMax = 2000;

    private Product() { }   // EF

    public ProductId Id { get; private set; }
    public TenantId TenantId { get; private set; }
    public ProductStatus Status { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? SubmittedAt { get; private set; }
    public DateTimeOffset? PublishedAt { get; private set; }

    /// <summary>Sum of the makers' declared monthly capacity for this category (ADR 0009); null when none declared.</summary>
    public int? MonthlyCapacity { get; private set; }

    /// <param name="id">Only the demo seeder passes one (stable ids keep the demo's printed item codes the same on every machine).</param>
    public static Result<Product> Create(TenantId tenantId, ProductDetails details, Actor actor, DateTimeOffset now, ProductId? id = null)
    {
        if (tenantId.IsEmpty) throw new ArgumentException("A product always belongs to an association.", nameof(tenantId));
        var valid = details.Validate();
        if (valid.IsFailure) return valid.Error!;
        if (!actor.IsAssociationAdmin && (actor.Member is not { } member || !valid.Value!.Makers.Contains(member)))
            return Error.Validation("makers", "You can only create products your own household or enterprise makes.");
        var productId = id ?? ProductId.New();
        var product = new Product { Id = productId, TenantId = tenantId, Status = ProductStatus.Draft, CreatedAt = now };
        product.Apply(valid.Value! with { Sku = valid.Value!.Sku ?? DefaultSku(productId) }, now);
        return product;
    }

    public bool IsMadeBy(MemberId member) => MakerIds.Contains(member.Value);

    /// <summary>Makers see and edit their own products; the association sees all.</summary>
    public bool IsVisibleTo(Actor actor) => actor.IsAssociationAdmin || (actor.Member is { } m && IsMadeBy(m));

    public Result<Visibility> Edit(ProductDetails details, Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor)) return Error.NotFound("product");
        if (Status == ProductStatus.Archived) return Error.Conflict("product_archived", "An archived product can no longer be edited.");
        var valid = details.Validate();
        if (valid.IsFailure) return valid.Error!;
        var next = valid.Value! with { Sku = valid.Value!.Sku ?? Sku };
        if (!actor.IsAssociationAdmin && !next.Makers.Contains(actor.Member!.Value))
            return Error.Validation("makers", "Your own household or enterprise must stay among the makers.");

        if (Status == ProductStatus.Published && actor.IsAssociationAdmin)
        {
            // The association's own correction stays live, so it must still be complete for buyers.
            if (next.CheckPublishable() is { } incomplete) return incomplete;
            Apply(next, now);
            return Visibility.Published;
        }
        Apply(next, now);
        if (Status != ProductStatus.Published) return Visibility.Unchanged;
        // A maker's change to a live product is reviewed again before buyers see it (ADR 0008).
        Status = ProductStatus.Submitted;
        SubmittedAt = now;
        return Visibility.Withdrawn;
    }

    public Result Submit(Actor actor, DateTimeOffset now)
    {
        if (!IsVisibleTo(actor)) return Error.NotFound("product");
        if (Status is not (ProductStatus.Draft or ProductStatus.ChangesRequested))
            return Error.Conflict("product_not_draft", $"Only a draft or a product with requested changes can be submitted (it is {Status}).");
        // Households write Vietnamese only: translating is the association's step of the review (ADR 0068).
        Status = ProductStatus.Submitted;
        SubmittedAt = UpdatedAt = now;
        return Result.Ok();
    }

    public Result Approve(Actor actor, DateTimeOffset now)
    {
        if (!actor.IsAssociationAdmin) return Error.Forbidden("Only the association approves products.");
        if (Status != ProductStatus.Submitted)
            return Error.Conflict("product_not_submitted", $"Only a submitted product can be approved (it is {Status}).");
        if (Details.CheckPublishable() is { } incomplete) return incomplete;
        Status = ProductStatus.Published;
        ReviewComment = null;
        PublishedAt = UpdatedAt = now;
        return Result.Ok();
    }

    public Result<Visibility> RequestChanges(string? comment, Actor actor, DateTimeOffset now)
    {
        if (!actor.IsAssociationAdmin) return Error.Forbidden("Only the association requests changes.");
        if (string.IsNullOrWhiteSpace(comment)) return Error.Validation("comment", "Tell the makers what to change.");
        if (comment.Length > CommentMax) return Error.Validation("comment", $"At most {CommentMax} characters.");
        if (Status is not (ProductStatus.Submitted or ProductStatus.Published))
            return Error.Conflict("product_not_in_review", $"Changes can be requested on a submitted or published product (it is {Status}).");
        var wasPublic = Status == ProductStatus.Published;
        Status = ProductStatus.ChangesRequested;
        ReviewComment = comment.Trim();
        UpdatedAt = now;
        return wasPublic ? Visibility.Withdrawn : Visibility.Unchanged;
    }

    public Result<Visibility> Archive(Actor actor, DateTimeOffset now)
    {
        if (!actor.IsAssociationAdmin) return Error.Forbidden("Only the association archives products.");
        if (Status == ProductStatus.Archived) return Error.Conflict("product_archived", "The product is already archived.");
        var wasPublic = Status == ProductStatus.Published;
        Status = ProductStatus.Archived;
        UpdatedAt = now;
        return wasPublic ? Visibility.Withdrawn : Visibility.Unchanged;
    }

    /// <summary>Is any text written in Vietnamese still without its <paramref name="language"/> version?</summary>
    public bool NeedsTranslationInto(string language) => Details.MissingTranslations(language).Count > 0;

    public void SetMonthlyCapacity(int? capacity) => MonthlyCapacity = capacity;

    /// <summary>A SKU the association can later replace: short, unique enough within one village.</summary>
    private static string DefaultSku(ProductId id) => "P-" + id.Value.ToString("N")[^8..].ToUpperInvariant();
}
