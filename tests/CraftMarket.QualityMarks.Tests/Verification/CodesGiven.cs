using System.Net.Http.Json;
using System.Text.Json;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Verification;

/// <summary>A label batch written straight to the database, and its codes rebuilt as the printed labels carry them.</summary>
internal sealed record GivenBatch(GivenCertificate Certificate, Guid BatchId, uint Number, uint KeyId, int Quantity, IReadOnlyList<IssuedCode> Codes)
{
    public string Slug => Certificate.Slug;
}

internal static class CodesGiven
{
    /// <summary>A batch of <paramref name="quantity"/> codes for the certificate's product, signed with the association's active key.</summary>
    public static async Task<GivenBatch> BatchAsync(QualityMarksSite site, GivenCertificate certificate, int quantity = 3, DateOnly? issuedOn = null)
    {
        await using var scope = site.ScopeFor(certificate.Slug);
        var db = QualityMarksSite.Db(scope);
        var key = await scope.ServiceProvider.GetRequiredService<AssociationKeys>().ActiveKeyAsync(default);
        var numbers = await db.Batches.Select(b => b.Number).ToListAsync();
        var number = numbers.Count == 0 ? 1u : numbers.Max() + 1;
        var batch = new LabelBatch(LabelBatchId.New(), db.Tenant, number, certificate.ProductId, new CertificateId(certificate.CertificateId),
            key.KeyId, quantity, LabelSize.Small, issuedOn ?? RegistryClock.Today(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, "test");
        db.Batches.Add(batch);
        await db.SaveChangesAsync();
        var codes = scope.ServiceProvider.GetRequiredService<LabelCodes>().All(batch, key).ToList();
        return new GivenBatch(certificate, batch.Id.Value, batch.Number, key.KeyId, quantity, codes);
    }

    /// <summary>A valid certificate and a fresh batch under it.</summary>
    public static async Task<GivenBatch> GenuineAsync(QualityMarksSite site, string slug = "bat-trang", int quantity = 3) =>
        await BatchAsync(site, await RegistryGiven.CertificateAsync(site, slug), quantity);

    /// <summary>An anonymous buyer whose phone reads English (a village's default language is Vietnamese).</summary>
    public static HttpClient Buyer(this QualityMarksSite site, string? slug)
    {
        var client = site.ClientFor(slug);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("en-GB");
        return client;
    }

    public static async Task<JsonElement> VerifyAsync(this HttpClient client, string code)
    {
        var response = await client.GetAsync("/api/verify/" + Uri.EscapeDataString(code));
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    public static async Task<string> StatusAsync(this HttpClient client, string code) =>
        (await client.VerifyAsync(code)).GetProperty("status").GetString()!;
}
