namespace CraftMarket.Insight;

/// <summary>Names this module's interface text (<c>ModuleText&lt;InsightText&gt;</c>): its own i18n files only (ADR 0025).</summary>
internal sealed class InsightText;
