namespace CraftMarket.SharedKernel.Auditing;

/// <summary>
/// Marks an entity whose writes land in the association's audit trail (ADR 0065): every save that
/// adds, changes or deletes one puts an <see cref="AuditRecorded"/> into the same module's outbox,
/// in the same transaction. Only marked entities are audited, so ledger lines, scans and read models
/// never flood the trail.
/// </summary>
/// <param name="area">The trail's area filter: members, products, quality-marks, inquiries, quotes, orders, payments, settings.</param>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class AuditedAttribute(string area) : Attribute
{
    public string Area { get; } = area;

    /// <summary>
    /// How the row is named in the trail: a property name ("Number") or a template with properties in
    /// braces ("{Purpose} {Reference}"). Unset: the first of Number, DisplayName, Name, NameVi, Code, Slug, Sku
    /// the entity has; an entity with none is named by its kind and short id (a settings row by its kind alone).
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>Properties whose values never enter the trail: a change is recorded as "(changed)", nothing more.</summary>
    public string[] Redact { get; init; } = [];

    /// <summary>Properties whose changes are bookkeeping, not anyone's act (a number counter): left out, and a save that changes only them records nothing.</summary>
    public string[] Ignore { get; init; } = [];
}

/// <summary>A property of an audited entity whose value never enters the trail (see <see cref="AuditedAttribute.Redact"/>).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotAuditedAttribute : Attribute;
