using System.Globalization;
using CraftMarket.QualityMarks.Features.OtherCertificates;

namespace CraftMarket.QualityMarks.Pages.Admin.Quality.OtherCertificates;

/// <summary>An other certificate's fields as a plain form; dates from &lt;input type="date"&gt; (yyyy-MM-dd).</summary>
internal sealed class CertificateForm
{
    public Guid? MemberId { get; set; }
    public string? Kind { get; set; }
    public string? Issuer { get; set; }
    public string? Number { get; set; }
    public string? IssuedOn { get; set; }
    public string? ExpiresOn { get; set; }

    internal OtherCertificateInput ToInput() => new(MemberId, Kind, Issuer, Number, IssuedOn, ExpiresOn);

    internal static CertificateForm From(OtherCertificateDto c) => new()
    {
        MemberId = c.MemberId,
        Kind = c.Kind,
        Issuer = c.Issuer,
        Number = c.Number,
        IssuedOn = c.IssuedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ExpiresOn = c.ExpiresOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
