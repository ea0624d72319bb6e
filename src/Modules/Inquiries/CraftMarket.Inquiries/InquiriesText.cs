namespace CraftMarket.Inquiries;

/// <summary>Names this module's interface text (<c>ModuleText&lt;InquiriesText&gt;</c>): its own i18n files only (ADR 0025).</summary>
internal sealed class InquiriesText;
