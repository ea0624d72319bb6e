using System.Globalization;
using CraftMarket.Identity.Features.Invitations;
using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Identity;

/// <summary>
/// What we text producers and e-mail buyers, in the person's own language (most producers read no
/// English), from this module's translations like every page. Texts are short: one SMS segment
/// where the alphabet allows, which is why the Vietnamese SMS drop their diacritics (GSM-7).
/// A person's language, not the request's: these are sent from background work too. An unknown
/// language reads Vietnamese, the producers' default.
/// </summary>
internal static class Texts
{
    public static string SignInCode(Ui t, string language, string code) =>
        Format(language, t.Translate("CraftMarket: your sign-in code is {0}. Do not share it.", Own(language)), code);

    public static string Invitation(Ui t, string language, string association, string signInUrl) =>
        Format(language, t.Translate("{0} invites you to CraftMarket. Sign in with this phone number: {1}", Own(language)), association, signInUrl);

    public static (string Subject, string Body) ConfirmAccount(Ui t, string language, string name, string url) =>
        (t.Translate("Confirm your CraftMarket account", Own(language)),
         Format(language, t.Translate("Welcome to CraftMarket, {0}. Confirm your e-mail address to sign in:", Own(language)), name) + "\n" + url);

    public static (string Subject, string Body) AccountExists(Ui t, string language) =>
        (t.Translate("Your CraftMarket account", Own(language)),
         t.Translate("Someone (perhaps you) tried to register this address again. You already have an account: sign in, or reset your password.", Own(language)));

    public static (string Subject, string Body) PasswordResetLink(Ui t, string language, string url) =>
        (t.Translate("Reset your CraftMarket password", Own(language)),
         t.Translate("Someone (perhaps you) asked to reset the password of your CraftMarket account. To choose a new one, open this link within a day. If it was not you, ignore this message: your password stays as it is.", Own(language)) + "\n" + url);

    public static string PasswordResetCode(Ui t, string language, string code) =>
        Format(language, t.Translate("CraftMarket: your password reset code is {0}. It expires in 10 minutes. Do not share it.", Own(language)), code);
    public static (string Subject, string Body) StaffInvitation(Ui t, string language, string association, string acceptUrl) =>
        (Format(language, t.Translate("{0} invites you to its staff on CraftMarket", Own(language)), association),
         Format(language, t.Translate("{0} invites you to join its staff on CraftMarket. Open this link within 7 days to accept (it works once):", Own(language)), association)
            + "\n" + acceptUrl);

    private static string Own(string language) => ProducerAccounts.LanguageOrDefault(language);

    private static string Format(string language, string text, params object?[] args) =>
        string.Format(CultureInfo.GetCultureInfo(Own(language)), text, args);
}
