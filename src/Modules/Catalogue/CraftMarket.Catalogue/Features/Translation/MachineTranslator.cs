namespace CraftMarket.Catalogue.Features.Translation;

/// <summary>What a machine-translation service answered: one draft per text asked, or why there is none.</summary>
internal sealed record MachineDrafts(IReadOnlyList<string>? Texts, string? Problem)
{
    public static MachineDrafts Unavailable(string problem) => new(null, problem);
}

/// <summary>
/// Pre-fills translation drafts (ADR 0068). Drafts are suggestions staff must confirm; a failing or
/// slow service answers a problem, never an exception, so it cannot stop anyone saving.
/// </summary>
internal interface IMachineTranslator
{
    /// <summary>False when the current association has not configured a service (the default).</summary>
    Task<bool> IsConfiguredAsync(CancellationToken ct);

    Task<MachineDrafts> TranslateAsync(IReadOnlyList<string> texts, string from, string to, CancellationToken ct);
}

/// <summary>Configuration: <c>Catalogue:MachineTranslation:AllowedHosts</c> (local stubs in tests) and <c>TimeoutSeconds</c>.</summary>
internal sealed record MachineTranslationOptions(IReadOnlyCollection<string> AllowedHosts, TimeSpan Timeout)
{
    public const string Section = "Catalogue:MachineTranslation";
}
