using System.Globalization;
using CraftMarket.Catalogue.Contracts;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.SharedKernel.Trade;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Inquiries.Features.Offers;

/// <summary>
/// The texts a household gets about its offers, short and in Vietnamese: the association's name (who
/// asks), the product's Vietnamese name, quantity, due date, the price per unit of sale (ADR 0073) the member is paid,
/// the time to answer and the link to the offer's page on the village's own site. Never the buyer:
/// nothing of the inquiry but the product and the numbers goes into a text.
/// </summary>
internal sealed class OfferTexts(ISmsSender sms, ICatalogue catalogue, ITenantDirectory tenants, ITenantContext tenant, TenantAddressing addressing)
{
    private static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>One text for all of a household's new shares of one inquiry; <paramref name="units"/> are the inquiry lines' units.</summary>
    public async Task SendOfferAsync(string phone, IReadOnlyList<Share> shares, IReadOnlyDictionary<InquiryLineId, UnitOfSale> units, CancellationToken ct)
    {
        var names = await NamesAsync(shares, ct);
        var village = Village();
        var what = string.Join("; ", shares.Select(s =>
            $"{names.GetValueOrDefault(s.ProductId, "sản phẩm")}, SL {Quantity(s.Quantity, units.GetValueOrDefault(s.LineId, UnitOfSale.Default))}, giao trước {Date(s.DueOn)}, giá {Number(s.MemberUnitPriceDong ?? 0)}đ/{UnitWords.Name(units.GetValueOrDefault(s.LineId, UnitOfSale.Default), "vi")}"));
        var link = shares.Count == 1 ? Link(village, $"/account/offers/{shares[0].Id}") : Link(village, "/account/offers");
        var deadline = shares.Min(s => s.Deadline!.Value);
        await sms.SendAsync(phone, $"{village?.NameVi ?? "Hiệp hội"} mời nhận đơn: {what}. Trả lời trước {Moment(deadline)}: {link}", ct);
    }

    public async Task SendReminderAsync(string phone, Share share, UnitOfSale unit, CancellationToken ct)
    {
        var names = await NamesAsync([share], ct);
        var village = Village();
        await sms.SendAsync(phone,
            $"{village?.NameVi ?? "Hiệp hội"} nhắc: đơn {names.GetValueOrDefault(share.ProductId, "sản phẩm")}, SL {Quantity(share.Quantity, unit)} chưa được trả lời. "
            + $"Hạn {Moment(share.Deadline!.Value)}: {Link(village, $"/account/offers/{share.Id}")}", ct);
    }

    /// <summary>"15/03/2027": how Vietnamese writes a date.</summary>
    public static string Date(DateOnly day) => day.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"18:00 09/12/2026", Vietnam time.</summary>
    public static string Moment(DateTimeOffset at) => at.ToOffset(VietnamCalendar.Offset).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);

    /// <summary>"1.200 mét": a share's quantity in its line's unit, Vietnamese.</summary>
    public static string Quantity(int count, UnitOfSale unit) => UnitWords.Quantity(count, unit, "vi", Vietnamese);

    /// <summary>"45.000": Vietnamese digit grouping.</summary>
    public static string Number(long value) => value.ToString("N0", Vietnamese);

    private ResolvedTenant? Village() => tenants.SettingsOf(tenant);

    private async Task<Dictionary<ProductId, string>> NamesAsync(IReadOnlyList<Share> shares, CancellationToken ct) =>
        (await catalogue.NamesAsync([.. shares.Select(s => s.ProductId).Distinct()], ct))
            .ToDictionary(n => n.Id, n => n.Name.TryGetValue("vi", out var vi) ? vi : n.Name.Values.FirstOrDefault() ?? "sản phẩm");

    /// <summary>
    /// The village's own site, never a request's Host header: its first custom host name, else its
    /// subdomain of the platform's base domain (plain http on a developer's localhost).
    /// </summary>
    private string Link(ResolvedTenant? village, string path)
    {
        var baseDomain = addressing.BaseDomain.Trim().ToLowerInvariant();
        var slug = village?.Slug ?? tenant.Slug ?? "";
        if (baseDomain == "localhost") return $"http://{slug}.localhost{path}";
        var host = village is { HostNames.Count: > 0 } ? village.HostNames[0] : $"{slug}.{baseDomain}";
        return $"https://{host}{path}";
    }
}
