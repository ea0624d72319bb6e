using System.Globalization;
using System.Text;
using CraftMarket.QualityMarks.Data;
using Microsoft.EntityFrameworkCore;

namespace CraftMarket.QualityMarks.Features.Certificates;

/// <summary>
/// Readable certificate numbers, unique in the association: village initials, scheme initials, year
/// of issue and a sequence, e.g. "BT-GBT-2026-0007" for Bat Trang's "gom-bat-trang" mark. The next
/// number is the highest so far plus one; two grants racing for it meet the unique index and the
/// loser takes the next (<see cref="GrantCertificateHandler"/>).
/// </summary>
internal static class CertificateNumbers
{
    public static string Prefix(string villageSlug, string schemeCode, int year) =>
        string.Create(CultureInfo.InvariantCulture, $"{Initials(villageSlug, "CM")}-{Initials(schemeCode, "MARK")}-{year}");

    public static async Task<string> NextAsync(QualityMarksDb db, string prefix, CancellationToken ct)
    {
        var start = prefix + "-";
        var taken = await db.Certificates.AsNoTracking().Where(c => c.Number.StartsWith(start)).Select(c => c.Number).ToListAsync(ct);
        var highest = taken.Select(n => int.TryParse(n.AsSpan(start.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 0)
            .DefaultIfEmpty(0).Max();
        return string.Create(CultureInfo.InvariantCulture, $"{start}{highest + 1:D4}");
    }

    /// <summary>"bat-trang" → "BT", "gom-bat-trang" → "GBT", "fairtrade" → "FAI"; Vietnamese letters lose their marks.</summary>
    public static string Initials(string code, string fallback)
    {
        var parts = Plain(code).Split(['-', '_', ' ', '.'], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => new string([.. p.Where(char.IsAsciiLetterOrDigit)])).Where(p => p.Length > 0).ToList();
        var initials = parts.Count switch
        {
            0 => fallback,
            1 => parts[0][..Math.Min(3, parts[0].Length)],
            _ => string.Concat(parts.Take(5).Select(p => p[0])),
        };
        return initials.ToUpperInvariant();
    }

    private static string Plain(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) builder.Append(c);
        return builder.ToString();
    }
}
