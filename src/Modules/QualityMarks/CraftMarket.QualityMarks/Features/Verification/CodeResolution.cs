using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using CraftMarket.Tenancy.Contracts;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace CraftMarket.QualityMarks.Features.Verification;

/// <summary>
/// Turns what a buyer scanned or typed into an answer, for the page and the API alike. A full token
/// is checked against the public key its key id names; a short code is checked by rebuilding its
/// batch's payload and signing it again. Every code that is not genuine, whatever the cause (malformed,
/// unknown key, unknown batch, bad signature, serial beyond the batch), takes the same steps (one key
/// query, one batch query, one signature operation) and gets the same answer, so neither the answer
/// nor its timing says which part of a guess was right (ADR 0042). A signed code is then judged in
/// its association's scope by <see cref="ItemJudgement"/>.
/// </summary>
internal sealed class CodeResolution(QualityMarksDb db, AssociationKeys keys, LabelCodes codes, ITenantDirectory tenants, ItemJudgement judgement)
{
    private static readonly CrossTenantReason KeyLookup = new("verification: a code names its key by a platform-unique key id, before its association is known");
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;

    // Stands in for a missing key, so a code with an unknown key costs the same signature operation as one with a known key.
    private static readonly Key Decoy = Key.Create(Ed25519);
    private static readonly byte[] DecoyPublicKey = Decoy.PublicKey.Export(KeyBlobFormat.RawPublicKey);

    /// <summary>Longest input worth reading: a token is 152 characters; anything longer is not a code.</summary>
    public const int MaxCodeLength = 200;

    public async Task<Verification> VerifyAsync(string? text, HttpContext http, CancellationToken ct)
    {
        var input = (text ?? "").Trim();
        if (input.Length > MaxCodeLength) input = "";
        var read = Read(input);

        var keyId = read?.KeyId ?? 0;       // 0 is never a key id: the queries below find nothing, at the same cost
        var number = read?.Batch ?? 0;
        var key = await db.AcrossAllTenants<SigningKey>(KeyLookup).FirstOrDefaultAsync(k => k.KeyId == keyId, ct);
        var batch = await db.AcrossAllTenants<LabelBatch>(KeyLookup).FirstOrDefaultAsync(b => b.KeyId == keyId && b.Number == number, ct);

        var signed = Signed(read, key, batch);
        if (!signed || read is null || key is null || batch is null || key.TenantId != batch.TenantId) return Verification.NotGenuine;
        if (read.Serial < 1 || read.Serial > batch.Quantity) return Verification.NotGenuine;
        if (read.Payload is { } payload && (payload.Product.Value != batch.ProductId || payload.IssuedOn != batch.IssuedOn)) return Verification.NotGenuine;
        // A suspended association's labels are vouched for by nobody while it is suspended: its site and registry serve nothing either.
        if (tenants.FindById(batch.TenantId) is not { IsActive: true } village) return Verification.NotGenuine;

        return await judgement.JudgeAsync(village, batch, (int)read.Serial, http, ct);
    }

    private bool Signed(ReadCode? read, SigningKey? key, LabelBatch? batch)
    {
        read ??= Unreadable;
        if (read.Signature is { } signature)
            return AssociationKeys.Verify(key?.PublicKey ?? DecoyPublicKey, read.PayloadBytes!, signature) && key is not null;

        // A short code: sign the payload the batch would have, and compare the printed 5 bytes.
        var rebuilt = ItemCode.Payload(batch is null
            ? new ItemCodePayload(read.KeyId, read.Batch, read.Serial, default, new DateOnly(2020, 1, 1))
            : codes.Payload(batch, read.Serial));
        var again = key is not null && batch is not null ? keys.Sign(key, rebuilt) : Ed25519.Sign(Decoy, ItemCode.SignedMessage(rebuilt));
        return ItemCode.TagMatches(again, read.Tag!) && key is not null && batch is not null;
    }

    /// <summary>A token (the QR code) or a typed short code; null when the text is neither.</summary>
    private static ReadCode? Read(string input)
    {
        if (ItemCode.TryReadToken(input, out var code, out var payload, out var signature))
            return new ReadCode(code.KeyId, code.Batch, code.Serial, code, payload, signature, null);
        if (ItemCode.TryReadShortCode(input, out var keyId, out var batch, out var serial, out var tag))
            return new ReadCode(keyId, batch, serial, null, null, null, tag);
        return null;
    }

    /// <summary>What text that is no code is checked as: a short code of key 0, which exists nowhere.</summary>
    private static readonly ReadCode Unreadable = new(0, 0, 0, null, null, null, new byte[ItemCode.ShortTagLength]);

    private sealed record ReadCode(uint KeyId, uint Batch, uint Serial, ItemCodePayload? Payload, byte[]? PayloadBytes, byte[]? Signature, byte[]? Tag);
}
