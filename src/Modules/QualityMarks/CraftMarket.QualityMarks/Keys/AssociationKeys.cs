using System.Collections.Concurrent;
using System.Security.Cryptography;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.SharedKernel.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Keys;

/// <summary>
/// The current association's signing keys: the one that signs (created on first use), rotation,
/// and signing. Private keys are stored encrypted by ASP.NET Data Protection (whose own keys are
/// protected at rest, ADR 0033) and decrypted once per process into <see cref="SigningKeyCache"/>.
/// </summary>
internal sealed class AssociationKeys(QualityMarksDb db, IDataProtectionProvider protection, SigningKeyCache cache, TimeProvider clock)
{
    public const string ProtectionPurpose = "CraftMarket.QualityMarks.SigningKey.v1";
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private static readonly CrossTenantReason UniqueKeyIds = new("key ids are in every association's codes: a new one must be unused platform-wide");

    /// <summary>The key that signs new codes; the association's first is made here.</summary>
    public async Task<SigningKey> ActiveKeyAsync(CancellationToken ct)
    {
        if (await db.Keys.Where(k => k.RetiredAt == null).OrderByDescending(k => k.CreatedAt).FirstOrDefaultAsync(ct) is { } active) return active;
        await CreateAsync(privateKey: null, ct);
        // Two first batches issued at once may each have made a key: every caller settles on the earliest
        // and retires the others (they signed nothing yet), so the association keeps one active key.
        var made = await db.Keys.Where(k => k.RetiredAt == null).ToListAsync(ct);
        var kept = made.OrderBy(k => k.CreatedAt).ThenBy(k => k.KeyId).First();
        if (made.Count == 1) return kept;
        var now = clock.GetUtcNow();
        foreach (var extra in made.Where(k => k != kept))
        {
            extra.RetiredAt = now;
            db.Record(now, "system", "key", extra.Id, "retired", $"key {extra.KeyId}: made at the same moment as key {kept.KeyId}");
        }
        await db.SaveChangesAsync(ct);
        return kept;
    }

    /// <summary>Retires the signing key and makes a new one; codes already printed keep verifying with the old.</summary>
    public async Task<SigningKey> RotateAsync(string actor, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        foreach (var old in await db.Keys.Where(k => k.RetiredAt == null).ToListAsync(ct))
        {
            old.RetiredAt = now;
            db.Record(now, actor, "key", old.Id, "retired", $"key {old.KeyId}");
        }
        var key = await CreateAsync(privateKey: null, ct, save: false);
        db.Record(now, actor, "key", key.Id, "created", $"key {key.KeyId}");
        await db.SaveChangesAsync(ct);
        return key;
    }

    /// <summary>
    /// Adds a key from a known 32-byte private key: only the demo seeder does this, so the README's
    /// verify URLs stay the same on every machine. Never used for a real association.
    /// </summary>
    public Task<SigningKey> ImportAsync(byte[] privateKey, CancellationToken ct) => CreateAsync(privateKey, ct);

    /// <summary>Ed25519 over <see cref="ItemCode.Context"/> and the payload.</summary>
    public byte[] Sign(SigningKey key, ReadOnlySpan<byte> payload) =>
        Ed25519.Sign(cache.PrivateKey(key, Unprotect), ItemCode.SignedMessage(payload));

    /// <summary>Signs arbitrary bytes for another purpose (the revocation list); the caller supplies its own context prefix.</summary>
    public byte[] SignRaw(SigningKey key, ReadOnlySpan<byte> message) => Ed25519.Sign(cache.PrivateKey(key, Unprotect), message);

    public static bool Verify(ReadOnlySpan<byte> publicKey, ReadOnlySpan<byte> payload, ReadOnlySpan<byte> signature) =>
        PublicKey.TryImport(Ed25519, publicKey, KeyBlobFormat.RawPublicKey, out var key)
        && Ed25519.Verify(key!, ItemCode.SignedMessage(payload), signature);

    private byte[] Unprotect(string protectedKey) =>
        Convert.FromBase64String(protection.CreateProtector(ProtectionPurpose).Unprotect(protectedKey));

    private async Task<SigningKey> CreateAsync(byte[]? privateKey, CancellationToken ct, bool save = true)
    {
        using var key = privateKey is null
            ? Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport })
            : Key.Import(Ed25519, privateKey, KeyBlobFormat.RawPrivateKey, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
        var raw = key.Export(KeyBlobFormat.RawPrivateKey);
        var stored = new SigningKey(db.Tenant, await UnusedKeyIdAsync(raw, ct), key.PublicKey.Export(KeyBlobFormat.RawPublicKey),
            protection.CreateProtector(ProtectionPurpose).Protect(Convert.ToBase64String(raw)), clock.GetUtcNow());
        CryptographicOperations.ZeroMemory(raw);
        db.Keys.Add(stored);
        if (save) await db.SaveChangesAsync(ct);
        return stored;
    }

    /// <summary>Random, never 0, unused anywhere; an imported (demo) key's id is derived from it so it is stable too.</summary>
    private async Task<uint> UnusedKeyIdAsync(byte[] privateKey, CancellationToken ct)
    {
        for (var attempt = 0; ; attempt++)
        {
            var id = attempt == 0
                ? BitConverter.ToUInt32(SHA256.HashData(privateKey), 0) | 1u
                : (uint)RandomNumberGenerator.GetInt32(1, int.MaxValue);
            if (!await db.AcrossAllTenants<SigningKey>(UniqueKeyIds).AnyAsync(k => k.KeyId == id, ct)) return id;
        }
    }
}

/// <summary>Decrypted private keys, per process, by key id: unprotecting on every signature would dominate signing 10,000 codes.</summary>
internal sealed class SigningKeyCache : IDisposable
{
    private readonly ConcurrentDictionary<uint, Key> keys = new();

    public Key PrivateKey(SigningKey stored, Func<string, byte[]> unprotect) => keys.GetOrAdd(stored.KeyId, _ =>
    {
        var raw = unprotect(stored.ProtectedPrivateKey);
        try { return Key.Import(SignatureAlgorithm.Ed25519, raw, KeyBlobFormat.RawPrivateKey); }
        finally { CryptographicOperations.ZeroMemory(raw); }
    });

    public void Dispose()
    {
        foreach (var key in keys.Values) key.Dispose();
    }
}
