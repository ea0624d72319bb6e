namespace CraftMarket.Web.Localization;

/// <summary>
/// Names the host's interface text (layout, home, about, status pages, theme views):
/// <c>ModuleText&lt;SiteText&gt;</c>. Module pages read their own module's text, never this.
/// </summary>
internal sealed class SiteText;
