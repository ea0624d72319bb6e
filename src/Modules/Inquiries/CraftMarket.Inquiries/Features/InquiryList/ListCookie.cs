using CraftMarket.Catalogue.Contracts;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>
/// The inquiry list in the visitor's cookie (ADR 0044): a compact binary form, encrypted and signed
/// with Data Protection (a visitor can neither read nor forge another's list, nor craft lines), split
/// into chunks by ASP.NET's chunking cookie manager when 50 long lines pass a cookie's 4 KB. On the
/// platform's base domain and its village subdomains the cookie is set on the base domain, so one
/// list spans every village; path-mode addresses share one host anyway. A village's own custom host
/// name keeps a list of its own (browsers cannot share cookies across domains), and so does each
/// subdomain of a dotless development base domain ("localhost").
/// </summary>
internal sealed class ListCookie(IDataProtectionProvider protection, TenantAddressing addressing)
{
    public const string Name = "cm-inquiry-list";
    private const byte Version = 1;
    private static readonly ChunkingCookieManager Chunks = new();
    private readonly IDataProtector protector = protection.CreateProtector("CraftMarket.Inquiries.InquiryList.v1");

    /// <summary>The visitor's list, or an empty new one when there is none or it cannot be read (old key, tampering).</summary>
    public BuyerList Read(HttpContext http) => TryRead(http) ?? BuyerList.New();

    /// <summary>How many lines the visitor's list holds; 0 without a list. No database: the personal part calls it on every page view.</summary>
    public int Count(HttpContext http) => TryRead(http)?.Count ?? 0;

    public void Write(HttpContext http, BuyerList list) =>
        Chunks.AppendResponseCookie(http, Name, Encode(list), Options(http, TimeSpan.FromDays(30)));

    /// <summary>After sending: an empty list with a new id, so the next inquiries are new ones.</summary>
    public void Restart(HttpContext http) => Write(http, BuyerList.New());

    private BuyerList? TryRead(HttpContext http)
    {
        var value = Chunks.GetRequestCookie(http, Name);
        if (string.IsNullOrEmpty(value)) return null;
        try
        {
            return Decode(protector.Unprotect(WebEncoders.Base64UrlDecode(value)));
        }
        catch (Exception e) when (e is System.Security.Cryptography.CryptographicException or FormatException or EndOfStreamException
                                      or IOException or ArgumentException or OverflowException)
        {
            return null;
        }
    }

    private string Encode(BuyerList list) => WebEncoders.Base64UrlEncode(protector.Protect(Serialize(list)));

    internal static byte[] Serialize(BuyerList list)
    {
        using var buffer = new MemoryStream();
        using (var w = new BinaryWriter(buffer))
        {
            w.Write(Version);
            w.Write(list.Id.ToByteArray());
            var villages = list.Villages;
            w.Write((byte)villages.Count);
            foreach (var v in villages) w.Write(v.Value.ToByteArray());
            w.Write((byte)list.Lines.Count);
            foreach (var line in list.Lines)
            {
                w.Write((byte)IndexOf(villages, line.Village));
                w.Write(line.Product.Value.ToByteArray());
                w.Write(line.Sku ?? "");
                w.Write7BitEncodedInt(line.Quantity);
            }
        }
        return buffer.ToArray();
    }

    internal static BuyerList? Decode(byte[] bytes)
    {
        using var r = new BinaryReader(new MemoryStream(bytes));
        if (r.ReadByte() != Version) return null;
        var id = new Guid(r.ReadBytes(16));
        var villages = new TenantId[r.ReadByte()];
        for (var i = 0; i < villages.Length; i++) villages[i] = new TenantId(new Guid(r.ReadBytes(16)));
        var count = Math.Min((int)r.ReadByte(), BuyerList.MaxLines);
        var lines = new List<ListLine>(count);
        for (var i = 0; i < count; i++)
        {
            var village = villages[r.ReadByte()];
            var product = new ProductId(new Guid(r.ReadBytes(16)));
            var sku = r.ReadString();
            lines.Add(new ListLine(village, product, sku.Length == 0 ? null : sku, r.Read7BitEncodedInt()));
        }
        return new BuyerList(id, lines);
    }

    private static int IndexOf(IReadOnlyList<TenantId> villages, TenantId village)
    {
        for (var i = 0; i < villages.Count; i++) if (villages[i] == village) return i;
        throw new InvalidOperationException("A line's village is missing from the list's villages.");
    }

    private CookieOptions Options(HttpContext http, TimeSpan maxAge)
    {
        var host = http.Request.Host.Host;
        var baseDomain = addressing.BaseDomain;
        // Browsers (and .NET's cookie jar) refuse a Domain without a dot such as "localhost": there the
        // cookie stays on its host, and a development list spans villages through the path form only.
        var shared = baseDomain.Contains('.', StringComparison.Ordinal)
            && (host.Equals(baseDomain, StringComparison.OrdinalIgnoreCase) || host.EndsWith("." + baseDomain, StringComparison.OrdinalIgnoreCase));
        return new CookieOptions
        {
            Path = "/",
            Domain = shared ? baseDomain : null,
            HttpOnly = true,
            IsEssential = true,   // the list the visitor is building; nothing tracks them with it
            SameSite = SameSiteMode.Lax,
            Secure = http.Request.IsHttps,   // the cookie policy makes it Secure outside Development
            MaxAge = maxAge,
        };
    }
}
