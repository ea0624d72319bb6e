using System.Globalization;
using CraftMarket.Members.Contracts;
using CraftMarket.Members.Features;
using CraftMarket.Members.Features.MyMember;
using CraftMarket.SharedKernel.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CraftMarket.Members.Pages;

/// <summary>
/// The profile as an HTML form without script: lists are typed one per line ("lò gas: 2",
/// "bình hoa: 500 chiếc"), which works on any phone's browser.
/// </summary>
internal sealed class ProfileForm
{
    public MemberKind Kind { get; set; }
    public string DisplayName { get; set; } = "";
    public string RepresentativeName { get; set; } = "";
    public string Phone { get; set; } = "";
    public string Commune { get; set; } = "";
    public string? Address { get; set; }
    public string? Crafts { get; set; }
    public string? Equipment { get; set; }
    public string? Capacities { get; set; }
    public string? Languages { get; set; }
    public bool CanSignContracts { get; set; }
    public bool RepresentativePublic { get; set; }
    public bool PhonePublic { get; set; }
    public bool AddressPublic { get; set; }
    public bool CapacityPublic { get; set; }
    public bool EquipmentPublic { get; set; }

    internal static ProfileForm From(MemberDto m) => new()
    {
        Kind = m.Kind, DisplayName = m.DisplayName, RepresentativeName = m.RepresentativeName, Phone = m.Phone,
        Commune = m.Commune, Address = m.Address, Crafts = string.Join('\n', m.Crafts),
        Equipment = string.Join('\n', m.Equipment.Select(e => $"{e.Name}: {e.Count}")),
        Capacities = string.Join('\n', m.Capacities.Select(c => $"{c.Category}: {c.Quantity} {c.Unit}")),
        Languages = string.Join(", ", m.Languages), CanSignContracts = m.CanSignContracts,
        RepresentativePublic = m.Privacy.RepresentativePublic, PhonePublic = m.Privacy.PhonePublic,
        AddressPublic = m.Privacy.AddressPublic, CapacityPublic = m.Privacy.CapacityPublic, EquipmentPublic = m.Privacy.EquipmentPublic,
    };

    internal MemberProfileRequest ToRequest() => new(
        Kind, DisplayName, RepresentativeName, Phone, Commune, Address, Lines(Crafts),
        [.. Lines(Equipment).Select(ParseEquipment)], [.. Lines(Capacities).Select(ParseCapacity)],
        [.. (Languages ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        CanSignContracts, new PrivacyDto(RepresentativePublic, PhonePublic, AddressPublic, CapacityPublic, EquipmentPublic));

    /// <summary>What a producer may change about their own member (kind and signing authority are not among it).</summary>
    internal MyProfileRequest ToMyProfileRequest()
    {
        var r = ToRequest();
        return new(r.DisplayName, r.RepresentativeName, r.Phone, r.Commune, r.Address, r.Crafts, r.Equipment, r.Capacities, r.Languages, r.Privacy);
    }

    private static List<string> Lines(string? text) =>
        [.. (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    // A line that does not parse keeps a zero, which validation then reports against that line.
    private static EquipmentDto ParseEquipment(string line)
    {
        var (name, rest) = Split(line);
        return new EquipmentDto(name, int.TryParse(rest, CultureInfo.InvariantCulture, out var n) ? n : 0);
    }

    private static CapacityDto ParseCapacity(string line)
    {
        var (category, rest) = Split(line);
        var parts = rest.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var quantity = parts.Length > 0 && int.TryParse(parts[0].Replace(".", "", StringComparison.Ordinal), CultureInfo.InvariantCulture, out var q) ? q : 0;
        return new CapacityDto(category, quantity, parts.Length > 1 ? parts[1] : "");
    }

    private static (string Head, string Tail) Split(string line) =>
        line.LastIndexOf(':') is var at and > 0 ? (line[..at].Trim(), line[(at + 1)..].Trim()) : (line, "");
}
