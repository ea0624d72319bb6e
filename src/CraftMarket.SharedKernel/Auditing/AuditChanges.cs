using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using CraftMarket.SharedKernel.Data;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace CraftMarket.SharedKernel.Auditing;

/// <summary>
/// Reads a context's pending changes into audit events: only entities marked <see cref="AuditedAttribute"/>,
/// changed scalar fields old → new, and never the value of a sensitive field (phones, bank details,
/// addresses, e-mails, secrets, tokens, hashes, keys, anything marked <see cref="NotAuditedAttribute"/> or
/// listed in <see cref="AuditedAttribute.Redact"/>): for those the trail says "changed", nothing more.
/// A change to a JSON-owned part (a member's equipment, a product's variants) is its owner's change.
/// </summary>
internal static class AuditChanges
{
    public const int MaxValueLength = 120;
    public const int MaxFields = 30;

    /// <summary>Parts of a property name that make its value too sensitive to copy anywhere.</summary>
    private static readonly string[] SensitiveWords =
        ["phone", "bank", "iban", "secret", "token", "hash", "password", "address", "email", "key", "checkouturl"];

    /// <summary>Bookkeeping every entity has: the trail's own time says when, the concurrency token is no one's act.</summary>
    private static readonly string[] AlwaysIgnored = ["TenantId", "CreatedAt", "UpdatedAt", "Revision"];

    private static readonly string[] SubjectConventions = ["Number", "DisplayName", "Name", "NameVi", "Code", "Slug", "Sku"];

    private static readonly ConcurrentDictionary<Type, AuditedAttribute?> Marks = new();

    public static AuditedAttribute? MarkOf(Type type) => Marks.GetOrAdd(type, static t => t.GetCustomAttribute<AuditedAttribute>());

    public static List<AuditRecorded> Collect(ModuleDbContext db, Func<AuditActor> actorOf, DateTimeOffset now)
    {
        var all = db.ChangeTracker.Entries().ToList();
        var touched = new Dictionary<object, (EntityEntry Entry, SortedSet<string> Parts)>(ReferenceEqualityComparer.Instance);
        foreach (var entry in all)
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            if (!entry.Metadata.IsOwned())
            {
                if (MarkOf(entry.Metadata.ClrType) is not null && !touched.ContainsKey(entry.Entity))
                    touched[entry.Entity] = (entry, new SortedSet<string>(StringComparer.Ordinal));
                continue;
            }
            if (OwnerOf(entry, all) is not { } owner || MarkOf(owner.Owner.Metadata.ClrType) is null) continue;
            if (!touched.TryGetValue(owner.Owner.Entity, out var known))
                touched[owner.Owner.Entity] = known = (owner.Owner, new SortedSet<string>(StringComparer.Ordinal));
            known.Parts.Add(owner.Part);
        }

        var events = new List<AuditRecorded>();
        AuditActor? actor = null;
        foreach (var (entry, parts) in touched.Values)
        {
            if (Describe(db, entry, parts) is not { } what) continue;
            actor ??= actorOf();
            events.Add(new AuditRecorded(Guid.CreateVersion7(now), what.Tenant, now, actor.UserId, Cap(actor.Name, 200), actor.IsSystem,
                what.Mark.Area, what.Action, what.Kind, what.Subject, what.Fields));
        }
        return events;
    }

    private sealed record Description(TenantId Tenant, AuditedAttribute Mark, string Action, string Kind, string Subject, List<AuditedField> Fields);

    private static Description? Describe(ModuleDbContext db, EntityEntry entry, SortedSet<string> parts)
    {
        var mark = MarkOf(entry.Metadata.ClrType)!;
        if (TenantOf(db, entry) is not { } tenant) return null;
        var action = entry.State switch
        {
            EntityState.Added => AuditActions.Created,
            EntityState.Deleted => AuditActions.Deleted,
            _ => AuditActions.Changed,
        };
        var fields = new List<AuditedField>();
        if (entry.State == EntityState.Modified || entry.State == EntityState.Unchanged)
            Changed(entry.Properties, entry.ComplexProperties, "", entry.Metadata.ClrType, mark, fields);
        else if (entry.State == EntityState.Added)
            Created(entry.Properties, entry.ComplexProperties, "", entry.Metadata.ClrType, mark, fields);
        foreach (var part in parts)
            if (!Ignored(part, mark) && fields.All(f => !string.Equals(f.Name, part, StringComparison.Ordinal)))
                fields.Add(new AuditedField(part, null, null, Redacted: true));

        // Only bookkeeping changed (a counter, a timestamp): nobody did anything worth a line.
        if (action == AuditActions.Changed && fields.Count == 0) return null;
        if (fields.Count > MaxFields) fields = fields[..MaxFields];
        return new Description(tenant, mark, action, KindOf(entry.Metadata.ClrType), SubjectOf(entry, mark), fields);
    }

    private static void Changed(IEnumerable<PropertyEntry> properties, IEnumerable<ComplexPropertyEntry> complex, string prefix, Type owner,
        AuditedAttribute mark, List<AuditedField> fields)
    {
        foreach (var property in properties)
        {
            var meta = property.Metadata;
            if (!property.IsModified || Skipped(meta)) continue;
            var name = prefix + meta.Name;
            if (Ignored(name, mark)) continue;
            if (meta.GetValueComparer().Equals(property.OriginalValue, property.CurrentValue)) continue;
            fields.Add(Sensitive(name, owner, meta, mark) || !IsScalar(meta.ClrType)
                ? new AuditedField(name, null, null, Redacted: true)
                : new AuditedField(name, Show(property.OriginalValue), Show(property.CurrentValue)));
        }
        foreach (var part in complex)
            Changed(part.Properties, part.ComplexProperties, prefix + part.Metadata.Name + ".", part.Metadata.ClrType, mark, fields);
    }

    private static void Created(IEnumerable<PropertyEntry> properties, IEnumerable<ComplexPropertyEntry> complex, string prefix, Type owner,
        AuditedAttribute mark, List<AuditedField> fields)
    {
        foreach (var property in properties)
        {
            var meta = property.Metadata;
            var name = prefix + meta.Name;
            if (Skipped(meta) || Ignored(name, mark) || Sensitive(name, owner, meta, mark) || !IsScalar(meta.ClrType)) continue;
            if (Show(property.CurrentValue) is not { Length: > 0 } value) continue;
            fields.Add(new AuditedField(name, null, value));
        }
        foreach (var part in complex)
            Created(part.Properties, part.ComplexProperties, prefix + part.Metadata.Name + ".", part.Metadata.ClrType, mark, fields);
    }

    /// <summary>Keys, concurrency tokens, shadow columns and ids (a Guid or a typed id: nobody reads those) never enter the trail.</summary>
    private static bool Skipped(IPropertyBase meta) =>
        (meta is IProperty p && (p.IsPrimaryKey() || p.IsConcurrencyToken || p.IsShadowProperty()))
        || meta.Name.EndsWith("Id", StringComparison.Ordinal) || meta.Name.EndsWith("Ids", StringComparison.Ordinal)
        || (Nullable.GetUnderlyingType(meta.ClrType) ?? meta.ClrType) == typeof(Guid);

    private static bool Ignored(string name, AuditedAttribute mark)
    {
        var last = name[(name.LastIndexOf('.') + 1)..];
        return AlwaysIgnored.Contains(last, StringComparer.Ordinal) || mark.Ignore.Contains(name, StringComparer.Ordinal)
            || mark.Ignore.Contains(last, StringComparer.Ordinal);
    }

    /// <summary>Sensitive by name (any segment of the path), by <see cref="NotAuditedAttribute"/> or by the entity's redact list.</summary>
    internal static bool Sensitive(string name, Type owner, IPropertyBase meta, AuditedAttribute mark)
    {
        if (mark.Redact.Contains(name, StringComparer.Ordinal) || mark.Redact.Contains(meta.Name, StringComparer.Ordinal)) return true;
        if (meta.PropertyInfo?.GetCustomAttribute<NotAuditedAttribute>() is not null
            || owner.GetProperty(meta.Name)?.GetCustomAttribute<NotAuditedAttribute>() is not null) return true;
        return SensitiveWords.Any(word => name.Contains(word, StringComparison.OrdinalIgnoreCase));
    }

    private static bool IsScalar(Type type)
    {
        var clr = Nullable.GetUnderlyingType(type) ?? type;
        return clr == typeof(string) || clr.IsValueType;
    }

    internal static string? Show(object? value) => value switch
    {
        null => null,
        string s => Cap(s, MaxValueLength),
        DateTimeOffset at => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture),
        DateOnly day => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => Cap(f.ToString(null, CultureInfo.InvariantCulture), MaxValueLength),
        _ => Cap(value.ToString() ?? "", MaxValueLength),
    };

    private static string Cap(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";

    private static TenantId? TenantOf(ModuleDbContext db, EntityEntry entry)
    {
        if (entry.Entity is ITenantOwned owned) return owned.TenantId;
        // An association's own row (its brand, its settings) is keyed by its tenant id.
        foreach (var property in entry.Properties)
            if (property.Metadata.ClrType == typeof(TenantId) && property.CurrentValue is TenantId id) return id;
        return db.WritingTenant;
    }

    private static (EntityEntry Owner, string Part)? OwnerOf(EntityEntry entry, List<EntityEntry> all)
    {
        var current = entry;
        var part = "";
        while (current.Metadata.FindOwnership() is { } ownership)
        {
            part = ownership.PrincipalToDependent?.Name ?? part;
            var foreignKey = ownership.Properties.Select(p => current.Property(p.Name).CurrentValue).ToArray();
            var principalKey = ownership.PrincipalKey.Properties;
            var owner = all.FirstOrDefault(e => e.Metadata.ClrType == ownership.PrincipalEntityType.ClrType
                && principalKey.Select(p => e.Property(p.Name).CurrentValue).SequenceEqual(foreignKey));
            if (owner is null) return null;
            current = owner;
        }
        return (current, part);
    }

    private static string KindOf(Type type)
    {
        var name = type.Name;
        var text = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i])) text.Append(' ').Append(char.ToLowerInvariant(name[i]));
            else text.Append(name[i]);
        }
        return text.ToString();
    }

    private static object? ValueOf(EntityEntry entry, string property)
    {
        if (entry.Metadata.FindProperty(property) is null) return null;
        var value = entry.Property(property);
        return entry.State == EntityState.Deleted ? value.OriginalValue : value.CurrentValue;
    }

    private static string SubjectOf(EntityEntry entry, AuditedAttribute mark)
    {
        string? subject;
        if (mark.Subject is { } declared)
        {
            subject = declared.Contains('{', StringComparison.Ordinal) ? Fill(entry, declared) : Show(ValueOf(entry, declared));
        }
        else
        {
            subject = SubjectConventions.Select(p => Show(ValueOf(entry, p))).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        }
        if (!string.IsNullOrWhiteSpace(subject)) return Cap(subject.Trim(), 150);
        // A row keyed by its association (the settings) needs no id; any other row is told apart by a short one.
        var key = entry.Metadata.FindPrimaryKey()?.Properties;
        if (key is null || key.Any(p => p.ClrType == typeof(TenantId))) return "";
        // The end of the id: time-ordered ids (version 7) of rows made together share their beginning.
        var id = KeyOf(entry);
        return id.Length > 8 ? id[^8..] : id;
    }

    private static string Fill(EntityEntry entry, string template)
    {
        var text = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            var close = open < 0 ? -1 : template.IndexOf('}', open);
            if (open < 0 || close < 0) { text.Append(template, i, template.Length - i); break; }
            text.Append(template, i, open - i);
            text.Append(Show(ValueOf(entry, template[(open + 1)..close])));
            i = close + 1;
        }
        return text.ToString();
    }

    private static string KeyOf(EntityEntry entry) =>
        string.Join(",", entry.Metadata.FindPrimaryKey()?.Properties.Select(p => Show(ValueOf(entry, p.Name)) ?? "") ?? []);
}
