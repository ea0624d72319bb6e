using BenchmarkDotNet.Attributes;
using CraftMarket.QualityMarks.Codes;
using CraftMarket.QualityMarks.Contracts;
using CraftMarket.QualityMarks.Data;
using CraftMarket.QualityMarks.Domain;
using CraftMarket.QualityMarks.Features.Codes;
using CraftMarket.QualityMarks.Keys;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using NSec.Cryptography;

namespace CraftMarket.Benchmarks.QualityMarks;

/// <summary>
/// Item codes signed per second: a batch of 10,000 rebuilt by <see cref="LabelCodes"/> with a real
/// association key (made by <see cref="AssociationKeys"/>, stored Data-Protection encrypted, decrypted
/// once into the per-process cache), and the same batch written as the codes CSV; against the floor of
/// bare Ed25519 signatures over the same 56-byte messages. Times are per code (OperationsPerInvoke):
/// codes per second = 1 / mean. The label PDF ("signed and laid out") is measured beside the PDF renderer.
/// Run: dotnet run -c Release --project tests/CraftMarket.Benchmarks -- --filter '*CodeSigning*'
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 10)]
public class CodeSigningBenchmarks
{
    private const int Codes = 10_000;
    private string file = "";
    private SqliteQualityMarksDb db = null!;
    private SigningKeyCache cache = null!;
    private LabelCodes codes = null!;
    private CodesCsv csv = null!;
    private SigningKey key = null!;
    private LabelBatch batch = null!;
    private Key rawKey = null!;
    private byte[][] messages = [];

    [GlobalSetup]
    public void Setup()
    {
        file = Path.Combine(Path.GetTempPath(), $"codes-bench-{Guid.NewGuid():N}.db");
        var tenant = new TenantContext();
        tenant.Set(TenantId.New(), "village");
        db = Open(file, tenant);
        db.Database.EnsureCreated();
        cache = Keys();
        var keys = new AssociationKeys(db, new EphemeralDataProtectionProvider(), cache, TimeProvider.System);
        key = keys.ActiveKeyAsync(CancellationToken.None).GetAwaiter().GetResult();
        batch = new LabelBatch(LabelBatchId.New(), db.Tenant, 42, Guid.NewGuid(), CertificateId.New(), key.KeyId, Codes, LabelSize.Small,
            new DateOnly(2026, 12, 7), DateTimeOffset.UtcNow, "bench");
        codes = new LabelCodes(keys);
        csv = new CodesCsv(db, codes);
        codes.Code(batch, key, 1);   // decrypts the private key once, as the first code of a process does

        rawKey = Key.Create(SignatureAlgorithm.Ed25519);
        messages = [.. Enumerable.Range(1, Codes).Select(serial => ItemCode.SignedMessage(ItemCode.Payload(codes.Payload(batch, (uint)serial))))];
    }

    private static SqliteQualityMarksDb Open(string file, TenantContext tenant) =>
        new(new DbContextOptionsBuilder<SqliteQualityMarksDb>().UseSqlite($"Data Source={file}").Options, tenant);

    private static SigningKeyCache Keys() => new();

    [GlobalCleanup]
    public void Cleanup()
    {
        db.Dispose();
        cache.Dispose();
        rawKey.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        File.Delete(file);
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Codes)]
    public int BareEd25519Signatures()
    {
        var total = 0;
        foreach (var message in messages) total += SignatureAlgorithm.Ed25519.Sign(rawKey, message).Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Codes)]
    public int TokensAndShortCodes()
    {
        var total = 0;
        foreach (var code in codes.All(batch, key)) total += code.Token.Length + code.ShortCode.Length;
        return total;
    }

    [Benchmark(OperationsPerInvoke = Codes)]
    public async Task<long> CodesCsv()
    {
        using var output = new CountingStream();
        await csv.WriteAsync(output, batch, key, "https://bat-trang.craftmarket.vn", CancellationToken.None);
        return output.Length;
    }

    /// <summary>Where the CSV goes: counted, not kept (as the response stream does not keep it either).</summary>
    private sealed class CountingStream : Stream
    {
        private long length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => length;
        public override long Position { get => length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => length += buffer.Length;
        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            length += buffer.Length;
            return ValueTask.CompletedTask;
        }
    }
}
