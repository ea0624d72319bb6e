using System.Text;
using CraftMarket.Media.Contracts;

namespace CraftMarket.Media.Features.PrivateFiles;

/// <summary>
/// The name a file is shown and downloaded under: the sender's name without folders, control or
/// reserved characters, shortened, with the extension of what is really stored (a photo is kept as
/// JPEG whatever it was called; "scan.pdf" holding a PNG becomes "scan.jpg").
/// </summary>
internal static class SafeFileName
{
    private const int MaxStem = 100;

    public static string For(string? sent, StoredFileKind kind)
    {
        var extension = kind == StoredFileKind.Pdf ? ".pdf" : ".jpg";
        var name = (sent ?? "").Replace('\\', '/');
        name = name[(name.LastIndexOf('/') + 1)..];
        var dot = name.LastIndexOf('.');
        if (dot > 0) name = name[..dot];
        var clean = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormC))
        {
            if (char.IsControl(c) || char.IsSurrogate(c) || c is '"' or '<' or '>' or ':' or '|' or '?' or '*' or ';' or '%' or '\u200E' or '\u200F' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E') continue;
            clean.Append(c);
            if (clean.Length == MaxStem) break;
        }
        var stem = clean.ToString().Trim(' ', '.', '-');
        if (stem.Length == 0) stem = kind == StoredFileKind.Pdf ? "document" : "photo";
        return stem + extension;
    }
}
