using System.Text.Json.Nodes;
using CraftMarket.SharedKernel.Seo;
using CraftMarket.Tenancy.Contracts;

namespace CraftMarket.Web.Seo;

/// <summary>schema.org Organization for an association: who signs contracts and answers buyers (home and about pages).</summary>
internal static class OrganizationJsonLd
{
    public static Microsoft.AspNetCore.Html.HtmlString For(ResolvedTenant tenant, string url, string? logoUrl)
    {
        var org = JsonLd.Thing("Organization");
        org["name"] = tenant.NameEn;
        org["alternateName"] = new JsonArray(tenant.NameVi, tenant.BrandName);
        org["url"] = url;
        org["description"] = tenant.Tagline;
        if (logoUrl is not null) org["logo"] = logoUrl;
        if (tenant.ExportDesk.Address is { } address) org["address"] = new JsonObject { ["@type"] = "PostalAddress", ["streetAddress"] = address, ["addressCountry"] = "VN" };
        var desk = new JsonObject
        {
            ["@type"] = "ContactPoint",
            ["contactType"] = "sales",
            ["availableLanguage"] = new JsonArray([.. tenant.SupportedLanguages.Select(l => (JsonNode)l)]),
        };
        if (tenant.ExportDesk.Email is { } email) desk["email"] = email;
        if (tenant.ExportDesk.Phone is { } phone) desk["telephone"] = phone;
        if (tenant.ExportDesk.ContactPerson is { } person) desk["name"] = person;
        org["contactPoint"] = desk;
        return JsonLd.Script(org);
    }
}
