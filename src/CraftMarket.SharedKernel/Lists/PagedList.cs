namespace CraftMarket.SharedKernel.Lists;

/// <summary>One page of a list, with what a client needs to page on: its number and size and the total.</summary>
public sealed record PagedList<T>(IReadOnlyList<T> Items, int Page, int PageSize, int Total);
