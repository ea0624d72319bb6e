namespace CraftMarket.SharedKernel.Hosting.Navigation;

/// <summary>
/// Where a link belongs. Storefront, account and admin links exist only on an association's site;
/// platform links only on the platform host (there is no association to manage there).
/// </summary>
public enum NavigationArea { Storefront, Account, Admin, Platform }

/// <summary>
/// Who may see a link: the same people the linked page admits, so nobody is shown a door that refuses them.
/// <see cref="ExportDesk"/> is the export desk or an association admin (export desk work), not inspectors.
/// </summary>
public enum NavigationAudience { Everyone, PlatformAdmin, AssociationAdmin, AssociationStaff, Producer, Buyer, ExportDesk }

/// <summary>
/// One menu link a module contributes. <see cref="Text"/> is a translation key (the English text,
/// as everywhere in <c>Ui</c>); <see cref="Href"/> is app-relative ("~/products"). Lower
/// <see cref="Order"/> comes first across all modules.
/// </summary>
public sealed record NavigationEntry(NavigationArea Area, string Text, string Href, int Order, NavigationAudience Audience)
{
    /// <summary>
    /// Set when the text is shown as written in this language and not translated (producers'
    /// links are Vietnamese whatever the page language: households read Vietnamese).
    /// </summary>
    public string? TextLanguage { get; init; }

    /// <summary>The switchable module the link leads into: hidden where the association runs without it.</summary>
    public string? ModuleKey { get; init; }
}
