using System.Security.Claims;
using CraftMarket.Identity.Contracts;
using CraftMarket.Inquiries.Domain;
using CraftMarket.SharedKernel.Localization;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Http;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>Who sends: only buyer accounts; their name, e-mail and company from the account, the language of the request.</summary>
internal static class BuyerContacts
{
    public static readonly string[] Languages = ["en", "fr", "ja", "vi"];

    public const string NotABuyer = "Only buyer accounts can send inquiries. Staff and producer accounts cannot; sign in with a buyer account.";

    public static Result<BuyerContact> Of(HttpContext http)
    {
        var actor = http.Actor();
        if (!actor.IsSignedIn) return new Error(ErrorKind.Unauthorized, "sign_in", "Sign in with a buyer account to send an inquiry.");
        if (!actor.IsBuyer) return Error.Forbidden(NotABuyer);
        var email = http.User.FindFirstValue(ClaimTypes.Email) ?? "";
        var language = Languages.Contains(Ui.Language, StringComparer.Ordinal) ? Ui.Language : "en";
        return new BuyerContact(actor.UserId!.Value, Cut(actor.DisplayName, BuyerContact.NameMax), Cut(email, BuyerContact.EmailMax),
            actor.BuyerCompany is { Length: > 0 } company ? Cut(company, BuyerContact.CompanyMax) : null, language);
    }

    private static string Cut(string text, int max) => text.Length > max ? text[..max] : text;
}
