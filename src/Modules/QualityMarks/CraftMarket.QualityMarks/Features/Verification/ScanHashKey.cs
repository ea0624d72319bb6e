using System.Security.Cryptography;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// The HMAC key of the scan log's network hashes: configured (<see cref="VerificationOptions.ScanHashKey"/>),
/// or else 32 random bytes made on first use and kept in the module's <c>secrets</c> table, encrypted
/// with Data Protection. A hash must be the same on every node and after every restart, or a clone
/// seen from five networks would look like ten. If the Data Protection keys were lost the stored key
/// cannot be read: a new one replaces it and clone counting starts again (ADR 0042).
/// </summary>
internal sealed class ScanHashKey(IOptions<VerificationOptions> options, IServiceScopeFactory scopes, IDataProtectionProvider protection, TimeProvider clock)
    : IDisposable
{
    public const string SecretName = "scan-network-hash-key";
    private const string Purpose = "CraftMarket.QualityMarks.ScanNetworkHash.v1";
    private readonly SemaphoreSlim gate = new(1, 1);
    private byte[]? key;

    public async ValueTask<byte[]> GetAsync(CancellationToken ct)
    {
        if (key is { } known) return known;
        await gate.WaitAsync(ct);
        try
        {
            return key ??= Configured() ?? await StoredAsync(ct);
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private byte[]? Configured()
    {
        if (string.IsNullOrWhiteSpace(options.Value.ScanHashKey)) return null;
        var bytes = Convert.FromBase64String(options.Value.ScanHashKey.Trim());
        return bytes.Length >= 32 ? bytes : throw new InvalidOperationException($"{VerificationOptions.Section}:ScanHashKey must be at least 32 bytes (base64).");
    }

    private async Task<byte[]> StoredAsync(CancellationToken ct)
    {
        var protector = protection.CreateProtector(Purpose);
        for (var attempt = 0; ; attempt++)
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<QualityMarksDb>();
            var row = await db.Secrets.FirstOrDefaultAsync(s => s.Name == SecretName, ct);
            if (row is not null && TryUnprotect(protector, row.ProtectedValue) is { } stored) return stored;

            var fresh = RandomNumberGenerator.GetBytes(32);
            var protectedValue = protector.Protect(Convert.ToBase64String(fresh));
            if (row is null) db.Secrets.Add(new ModuleSecret(SecretName, protectedValue, clock.GetUtcNow()));
            else
            {
                row.ProtectedValue = protectedValue;
                row.CreatedAt = clock.GetUtcNow();
            }
            try
            {
                await db.SaveChangesAsync(ct);
                return fresh;
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // Another node made it first: read theirs.
            }
        }
    }

    private static byte[]? TryUnprotect(IDataProtector protector, string value)
    {
        try { return Convert.FromBase64String(protector.Unprotect(value)); }
        catch (CryptographicException) { return null; }
    }
}
