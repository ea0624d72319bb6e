namespace CraftMarket.Members;

/// <summary>
/// Names this module's interface text: <c>ModuleText&lt;MembersText&gt;</c> reads the translations
/// embedded in this assembly only (its i18n/*.json), so another module's words never replace ours.
/// </summary>
internal sealed class MembersText;
