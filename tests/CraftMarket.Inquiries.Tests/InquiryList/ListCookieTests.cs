using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Features.InquiryList;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Tests.InquiryList;

/// <summary>The list's cookie on its own: shared by every village of a real base domain, a full list still fits, tampering reads as empty.</summary>
public sealed class ListCookieTests
{
    private static readonly ListCookie Cookie = new(new EphemeralDataProtectionProvider(), new TenantAddressing("craftmarket.vn", "v"));

    [Fact]
    public void On_a_village_subdomain_of_a_real_base_domain_the_cookie_is_the_base_domains_so_every_village_reads_one_list()
    {
        var written = Write("bat-trang.craftmarket.vn", Full());
        written.ShouldAllBe(c => c.Contains("domain=craftmarket.vn", StringComparison.OrdinalIgnoreCase));

        var read = Read("van-phuc.craftmarket.vn", written);
        read.Count.ShouldBe(BuyerList.MaxLines);
        read.Id.ShouldBe(ListId);
        read.Lines.ShouldBe(Full().Lines);
        Cookie.Count(Context("craftmarket.vn", written)).ShouldBe(BuyerList.MaxLines);
    }

    [Fact]
    public void A_village_on_its_own_domain_keeps_a_host_only_cookie()
    {
        Write("gomsu-battrang.vn", Full()).ShouldAllBe(c => !c.Contains("domain=", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void A_changed_byte_reads_as_an_empty_new_list()
    {
        var written = Write("bat-trang.craftmarket.vn", Full());
        var value = written[0].Split(';')[0].Split('=', 2)[1];
        var tampered = written.Select(c => c.Replace(value, value[..10] + (value[10] == 'A' ? 'B' : 'A') + value[11..], StringComparison.Ordinal)).ToList();
        Cookie.Count(Context("bat-trang.craftmarket.vn", tampered)).ShouldBe(0);
        Read("bat-trang.craftmarket.vn", tampered).Id.ShouldNotBe(Full().Id);
    }

    private static readonly Guid ListId = Guid.NewGuid();

    /// <summary>Fifty lines over three villages, each with a long SKU: the most a list holds.</summary>
    private static BuyerList Full()
    {
        var villages = Enumerable.Range(0, 3).Select(i => new TenantId(new Guid($"00000000-0000-0000-0000-00000000000{i + 1}"))).ToArray();
        return new BuyerList(ListId, [.. Enumerable.Range(0, BuyerList.MaxLines).Select(i => new ListLine(villages[i % 3],
            new ProductId(new Guid($"10000000-0000-0000-0000-{i:D12}")), i % 2 == 0 ? null : $"BT-LONG-VARIANT-SKU-{i:D20}", 1_000_000 - i))]);
    }

    private static List<string> Write(string host, BuyerList list)
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString(host);
        http.Request.Scheme = "https";
        Cookie.Write(http, list);
        return [.. http.Response.Headers.SetCookie.Select(c => c!)];
    }

    private static BuyerList Read(string host, IEnumerable<string> setCookies) => Cookie.Read(Context(host, setCookies));

    private static DefaultHttpContext Context(string host, IEnumerable<string> setCookies)
    {
        var http = new DefaultHttpContext();
        http.Request.Host = new HostString(host);
        http.Request.Headers.Cookie = string.Join("; ", setCookies.Select(c => c.Split(';')[0]));
        return http;
    }
}
