using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.QualityMarks.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.QualityMarks.Tests.Registry;

/// <summary>A label batch written straight to the database (the codes part issues them through its API), signed with the association's active key.</summary>
public static class LabelBatchGiven
{
    internal static async Task<LabelBatch> BatchAsync(QualityMarksSite site, GivenCertificate certificate, int quantity, LabelSize size, bool revoked = false)
    {
        await using var scope = site.ScopeFor(certificate.Slug);
        var db = QualityMarksSite.Db(scope);
        var key = await scope.ServiceProvider.GetRequiredService<AssociationKeys>().ActiveKeyAsync(CancellationToken.None);
        // Short codes carry the batch number in 3 bytes; a random one keeps tests' batches apart.
        var number = (uint)Random.Shared.Next(1_000_000, (int)ItemCode.MaxShortNumber);
        var batch = new LabelBatch(LabelBatchId.New(), db.Tenant, number, certificate.ProductId, new CertificateId(certificate.CertificateId), key.KeyId,
            quantity, size, RegistryClock.Today(DateTimeOffset.UtcNow), DateTimeOffset.UtcNow, "test")
        {
            RevokedAt = revoked ? DateTimeOffset.UtcNow : null,
            RevokedReason = revoked ? "stolen labels" : null,
        };
        db.Batches.Add(batch);
        await db.SaveChangesAsync();
        return batch;
    }

    /// <summary>The batch's codes as the platform rebuilds them, serials 1..N.</summary>
    internal static async Task<IReadOnlyList<IssuedCode>> CodesAsync(QualityMarksSite site, string slug, LabelBatch batch)
    {
        await using var scope = site.ScopeFor(slug);
        var key = await QualityMarksSite.Db(scope).Keys.AsNoTracking().SingleAsync(k => k.KeyId == batch.KeyId);
        return [.. scope.ServiceProvider.GetRequiredService<LabelCodes>().All(batch, key)];
    }
}
