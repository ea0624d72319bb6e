using System.Globalization;
using CraftMarket.Insight.Data;
using CraftMarket.Insight.Domain;
using CraftMarket.SharedKernel.Auditing;
using CraftMarket.SharedKernel.Lists;
using CraftMarket.SharedKernel.Results;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.Insight.Features.Audit;

/// <summary>One line of the trail as the page, the CSV and the API show it; <see cref="Changes"/> are "Field: old → new" lines.</summary>
public sealed record AuditEntryDto(
    Guid Id, DateTimeOffset At, Guid? ActorUserId, string ActorName, string Area, string Action, string Subject, IReadOnlyList<string> Changes);

/// <summary>
/// What the admin asks of the trail: Vietnam dates (inclusive), an area, an actor (a user id, or part of a
/// name), free text (in the subject, the changes or the actor's name), a page.
/// </summary>
internal sealed record AuditFilter(DateOnly? From, DateOnly? To, string? Area, string? Actor, string? Text, int Page = 1, int PageSize = AuditLog.PageSize)
{
    /// <summary>Reads the query's texts; a date that is not yyyy-MM-dd, a range backwards or an unknown area is a field error.</summary>
    public static Result<AuditFilter> Parse(string? from, string? to, string? area, string? actor, string? text, int page, int pageSize)
    {
        var errors = new Dictionary<string, string[]>();
        var fromDay = Day(from, "from", errors);
        var toDay = Day(to, "to", errors);
        if (fromDay is { } f && toDay is { } t && t < f) errors["to"] = ["The end date is before the start date."];
        var areaName = string.IsNullOrWhiteSpace(area) ? null : area.Trim().ToLowerInvariant();
        if (areaName is not null && !AuditLog.Areas.Contains(areaName, StringComparer.Ordinal))
            errors["area"] = [$"Unknown area: use one of {string.Join(", ", AuditLog.Areas)}."];
        if (actor is { Length: > 200 }) errors["actor"] = ["The actor is at most 200 characters."];
        if (text is { Length: > 200 }) errors["text"] = ["The text is at most 200 characters."];
        Paging.Check(page, pageSize, errors);
        if (errors.Count > 0) return Error.Validation(errors);
        return new AuditFilter(fromDay, toDay, areaName, Blank(actor), Blank(text), page, pageSize);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static DateOnly? Day(string? value, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        errors[field] = ["Give the date as yyyy-MM-dd, e.g. 2026-12-07."];
        return null;
    }
}

/// <summary>The association's audit trail, newest first (ADR 0065). Reads only the current association's lines (the tenant filter).</summary>
internal sealed class AuditLog(InsightDb db)
{
    public const int PageSize = 50;
    /// <summary>The most lines one CSV carries: a year of a busy village; narrow the filter for more.</summary>
    public const int CsvLimit = 50_000;
    public const string SystemPrefix = "system: ";

    public static readonly string[] Areas = ["members", "products", "quality-marks", "inquiries", "quotes", "orders", "payments", "settings"];

    private static readonly TimeSpan Vietnam = TimeSpan.FromHours(7);

    public async Task<PagedList<AuditEntryDto>> PageAsync(AuditFilter filter, CancellationToken ct)
    {
        var query = Filtered(filter);
        var total = await query.CountAsync(ct);
        var rows = await query.OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
            .Skip(Paging.Skip(filter.Page, filter.PageSize)).Take(filter.PageSize).ToListAsync(ct);
        return new PagedList<AuditEntryDto>([.. rows.Select(ToDto)], filter.Page, filter.PageSize, total);
    }

    public async Task<IReadOnlyList<AuditEntryDto>> AllAsync(AuditFilter filter, CancellationToken ct) =>
        [.. (await Filtered(filter).OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(CsvLimit).ToListAsync(ct)).Select(ToDto)];

    private IQueryable<AuditEntry> Filtered(AuditFilter filter)
    {
        var query = db.Audit.AsNoTracking();
        if (filter.From is { } from)
        {
            var start = new DateTimeOffset(from.ToDateTime(TimeOnly.MinValue), Vietnam);
            query = query.Where(a => a.At >= start);
        }
        if (filter.To is { } to)
        {
            var end = new DateTimeOffset(to.AddDays(1).ToDateTime(TimeOnly.MinValue), Vietnam);
            query = query.Where(a => a.At < end);
        }
        if (filter.Area is { } area) query = query.Where(a => a.Area == area);
        if (filter.Actor is { } actor)
        {
            query = Guid.TryParse(actor, out var userId)
                ? query.Where(a => a.ActorUserId == userId)
                : query.Where(a => a.ActorName.Contains(actor));
        }
        if (filter.Text is { } text)
            query = query.Where(a => a.Subject.Contains(text) || a.Detail.Contains(text) || a.ActorName.Contains(text));
        return query;
    }

    private static AuditEntryDto ToDto(AuditEntry a) =>
        new(a.Id, a.At, a.ActorUserId, a.ActorName, a.Area, a.Action, a.Subject,
            a.Detail.Length == 0 ? [] : a.Detail.Split('\n', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One line per field: "Status: Draft → Published", "Name: Hộ Minh" (created), "PhoneE164: (changed)" (value never kept).</summary>
    public static string DetailOf(string action, IReadOnlyList<AuditedField> fields) =>
        string.Join('\n', fields.Select(f => f.Redacted ? $"{f.Name}: (changed)"
            : action == AuditActions.Created ? $"{f.Name}: {Flat(f.New)}"
            : $"{f.Name}: {Flat(f.Old)} → {Flat(f.New)}"));

    /// <summary>A value on one line (a line break would start a new "field"); an empty value shows as ∅.</summary>
    private static string Flat(string? value) =>
        string.IsNullOrEmpty(value) ? "∅" : value.ReplaceLineEndings(" ");
}
