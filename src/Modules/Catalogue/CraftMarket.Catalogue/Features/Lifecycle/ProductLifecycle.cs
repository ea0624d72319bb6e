using CraftMarket.Catalogue.Contracts;
using CraftMarket.Catalogue.Domain;
using CraftMarket.Catalogue.Features.Products;
using CraftMarket.SharedKernel.Results;

namespace CraftMarket.Catalogue.Features.Lifecycle;

/// <summary>
/// Moves a product through review: makers submit, the association approves, requests changes or
/// archives. Each step writes the audit entry and, when visibility changes, the event, in one commit.
/// </summary>
internal sealed class ProductLifecycleHandler(ProductWrites writes)
{
    /// <summary>Without English the makers learn that the association translates it next (ADR 0068).</summary>
    public Task<Result<ProductDto>> Submit(ProductId id, Actor actor, CancellationToken ct) =>
        Step(id, actor, ProductActions.Submitted, null, p => Unchanged(p.Submit(actor, writes.Now), () =>
        {
            if (p.NeedsTranslationInto("en")) writes.TellMakers(p, MakerNotices.WaitingTitle, MakerNotices.Waiting(p.NameVi));
        }), ct);

    public Task<Result<ProductDto>> Approve(ProductId id, Actor actor, CancellationToken ct) =>
        Step(id, actor, ProductActions.Approved, null, p => Published(p.Approve(actor, writes.Now), () =>
            writes.TellMakers(p, MakerNotices.PublishedTitle, MakerNotices.Published(p.NameVi))), ct);

    public Task<Result<ProductDto>> RequestChanges(ProductId id, string? comment, Actor actor, CancellationToken ct) =>
        Step(id, actor, ProductActions.ChangesRequested, comment?.Trim(), p => p.RequestChanges(comment, actor, writes.Now), ct);

    public Task<Result<ProductDto>> Archive(ProductId id, Actor actor, CancellationToken ct) =>
        Step(id, actor, ProductActions.Archived, null, p => p.Archive(actor, writes.Now), ct);

    private async Task<Result<ProductDto>> Step(ProductId id, Actor actor, string action, string? comment,
        Func<Product, Result<Visibility>> change, CancellationToken ct)
    {
        var moved = await writes.MoveAsync(id, actor, action, comment, change, ct);
        return moved.IsSuccess ? ProductDto.From(moved.Value!) : moved.Error!;
    }

    private static Result<Visibility> Unchanged(Result result, Action? then = null) => Then(result, Visibility.Unchanged, then);
    private static Result<Visibility> Published(Result result, Action? then = null) => Then(result, Visibility.Published, then);

    private static Result<Visibility> Then(Result result, Visibility visibility, Action? then)
    {
        if (result.IsFailure) return result.Error!;
        then?.Invoke();
        return visibility;
    }
}
