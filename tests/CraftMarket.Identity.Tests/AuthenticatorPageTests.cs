using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CraftMarket.Identity.Tests.Support;
using CraftMarket.Testing;
using NetVips;
using OtpNet;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace CraftMarket.Identity.Tests;

/// <summary>
/// The two-step sign-in page as a person uses it: scan the QR code (decoded here by a real QR
/// reader from the SVG the page sends, rendered by libvips), type the code, and later renew the
/// recovery codes or turn it off, each with the current password.
/// </summary>
public sealed partial class AuthenticatorPageTests(AuthenticatorPageTests.App app) : IClassFixture<AuthenticatorPageTests.App>
{
    public sealed class App() : IdentityApp();

    [GeneratedRegex("<svg[^>]*class=\"qr-code\".*?</svg>", RegexOptions.Singleline)]
    private static partial Regex QrSvg();

    [GeneratedRegex("<code class=\"shared-key\">([^<]+)</code>")]
    private static partial Regex SharedKey();

    [GeneratedRegex("<ul class=\"recovery-codes\">(.*?)</ul>", RegexOptions.Singleline)]
    private static partial Regex RecoveryList();

    [Fact]
    public async Task The_QR_code_carries_the_key_the_page_shows_and_its_code_switches_two_step_sign_in_on()
    {
        var email = Api.UniqueEmail("inspector");
        await app.CreateUserAsync(email, null);
        var browser = await app.ClientFor("bat-trang").SignedInWithCookie(email);

        var page = await browser.GetStringAsync("/en/account/two-factor");
        var shownKey = SharedKey().Match(page).Groups[1].Value;
        shownKey.ShouldNotBeEmpty();
        var svg = QrSvg().Match(page).Value;
        svg.ShouldNotBeEmpty("the page draws the QR code inline");
        svg.ShouldNotContain("<script", Case.Insensitive);
        svg.ShouldNotContain("style=", Case.Insensitive);

        var uri = new Uri(Decode(svg));
        uri.Scheme.ShouldBe("otpauth");
        uri.Host.ShouldBe("totp");
        var query = Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(uri.Query);
        var secret = query["secret"].ToString();
        secret.ShouldBe(shownKey.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant());
        query["issuer"].ToString().ShouldBe("CraftMarket Gốm Bát Tràng");
        Uri.UnescapeDataString(uri.AbsolutePath).ShouldBe($"/CraftMarket Gốm Bát Tràng:{email}");

        var totp = new Totp(Base32Encoding.ToBytes(secret));
        var enabled = await browser.SubmitAsync("/en/account/two-factor",
            new Dictionary<string, string> { ["Code"] = totp.ComputeTotp(), ["CurrentPassword"] = Auth.DemoPassword });
        var answer = await enabled.Content.ReadAsStringAsync();
        answer.ShouldContain("Two-step sign-in is on");
        Regex.Count(RecoveryList().Match(answer).Value, "<code>").ShouldBe(10);

        // The browser stays signed in after the security stamp changed; the key is gone from the page for good.
        var later = await browser.GetStringAsync("/en/account/two-factor");
        later.ShouldContain("recovery codes left");
        later.ShouldNotContain(shownKey);
        later.ShouldNotContain("qr-code");
        later.ShouldNotContain("otpauth");
        var api = await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword, twoFactorCode = totp.ComputeTotp() });
        api.AccessToken.ShouldNotBeNullOrEmpty();
    }

    [Fact]
    public async Task On_the_page_a_wrong_password_changes_nothing_and_the_right_one_renews_codes_and_turns_it_off()
    {
        var email = Api.UniqueEmail("export");
        await app.CreateUserAsync(email, null);
        var (totp, oldCodes, _) = await TwoFactorFlows.EnableWithCodesAsync(app, email);
        var browser = app.ClientFor("bat-trang");
        var first = await browser.SubmitAsync("/account/login", new Dictionary<string, string> { ["Login"] = email, ["Password"] = Auth.DemoPassword });
        (await browser.SubmitAsync(first.Headers.Location!.ToString(), new Dictionary<string, string> { ["Code"] = totp.ComputeTotp() }))
            .StatusCode.ShouldBe(HttpStatusCode.Redirect);

        var refused = await browser.SubmitAsync("/account/two-factor", new Dictionary<string, string> { ["CurrentPassword"] = "not my password" },
            "/account/two-factor?handler=Disable");
        WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Mật khẩu hiện tại không đúng");

        var renewed = await browser.SubmitAsync("/en/account/two-factor", new Dictionary<string, string> { ["CurrentPassword"] = Auth.DemoPassword },
            "/en/account/two-factor?handler=RecoveryCodes");
        var codes = Regex.Matches(RecoveryList().Match(await renewed.Content.ReadAsStringAsync()).Value, "<code>([^<]+)</code>")
            .Select(m => m.Groups[1].Value).ToList();
        codes.Count.ShouldBe(10);
        codes.ShouldNotContain(oldCodes[0]);

        var off = await browser.SubmitAsync("/en/account/two-factor", new Dictionary<string, string> { ["CurrentPassword"] = Auth.DemoPassword },
            "/en/account/two-factor?handler=Disable");
        (await off.Content.ReadAsStringAsync()).ShouldContain("Two-step sign-in is off");
        (await browser.GetAsync("/account/me")).StatusCode.ShouldBe(HttpStatusCode.OK, "this browser's session is renewed, not ended");
        await app.ClientFor(null).LoginAsync(new { email, password = Auth.DemoPassword });
    }

    /// <summary>Renders the SVG as a browser would (librsvg through libvips) and reads it with ZXing's QR decoder.</summary>
    private static string Decode(string svg)
    {
        using var rendered = Image.NewFromBuffer(Encoding.UTF8.GetBytes(svg));
        using var flat = rendered.HasAlpha() ? rendered.Flatten(background: [255]) : rendered.Copy();
        using var grey = flat.Colourspace(Enums.Interpretation.Bw).ExtractBand(0).Cast(Enums.BandFormat.Uchar);
        var pixels = grey.WriteToMemory<byte>();
        var source = new RGBLuminanceSource(pixels, grey.Width, grey.Height, RGBLuminanceSource.BitmapFormat.Gray8);
        var result = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)));
        result.ShouldNotBeNull("the QR code decodes");
        return result.Text;
    }
}
