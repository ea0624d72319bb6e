using CraftMarket.Catalogue.Contracts;
using CraftMarket.Inquiries.Contracts;
using CraftMarket.Inquiries.Data;
using CraftMarket.Inquiries.Domain;
using CraftMarket.Media.Contracts;
using CraftMarket.SharedKernel.Results;
using CraftMarket.SharedKernel.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CraftMarket.Inquiries.Features.InquiryList;

/// <summary>One village's part of a sending: its lines (in list order) and where the lead came from for that village.</summary>
internal sealed record VillagePart(TenantId Village, IReadOnlyList<DraftLine> Lines, InquirySource Source);

/// <summary>A buyer's file to attach (the form's upload or the API's multipart part); opened once per village.</summary>
internal sealed record Upload(string FileName, Func<Stream> Open);

/// <summary>An inquiry made (or found again, for a repeated sending of the same list or idempotency key).</summary>
internal sealed record SentInquiry(Guid Id, string Number, InquiryStatus Status, string Slug, string VillageName, bool Repeated);

/// <summary>What a sending came to: the inquiries made, or the problems per village (nothing written), or a refusal. A check only makes none.</summary>
internal sealed record SendOutcome(IReadOnlyList<SentInquiry> Sent, IReadOnlyDictionary<TenantId, IReadOnlyList<Problem>> Problems,
    IReadOnlyList<Problem> Attachments, Error? Refusal)
{
    public bool IsSent => Sent.Count > 0 && Refusal is null && Problems.Count == 0 && Attachments.Count == 0;
}

/// <summary>
/// Sends a buyer's request as one inquiry per village, each written under its own village (its scope,
/// its number, its private files) with <see cref="InquiryChange.Submitted"/> in the same SaveChanges.
/// Every village is checked before anything is written. The list's id is every inquiry's ListId and
/// unique per village, so sending the same list twice (a double click, a retried API call with the
/// same Idempotency-Key) finds the inquiry already made instead of making a second one.
/// </summary>
internal sealed class InquirySender(VillageScopes villages, TimeProvider clock)
{
    public const string AttachmentPurpose = "inquiries.inquiry-attachment";

    public async Task<SendOutcome> SendAsync(IReadOnlyList<VillagePart> parts, InquiryTermsDraft terms, BuyerContact buyer,
        Guid listId, IReadOnlyList<Upload> uploads, CancellationToken ct, bool checkOnly = false)
    {
        var now = clock.GetUtcNow();
        var today = VietnamCalendar.Today(now);
        var problems = new Dictionary<TenantId, IReadOnlyList<Problem>>();
        if (uploads.Count > Inquiry.MaxAttachments)
            return Outcome(attachments: [new Problem("attachments", "Attach at most {0} files.", Inquiry.MaxAttachments)]);
        var products = new Dictionary<TenantId, IReadOnlyDictionary<ProductId, PublishedProduct>>();
        foreach (var part in parts)
        {
            await using var scope = villages.Open(part.Village);
            var found = scope is null ? new Dictionary<ProductId, PublishedProduct>()
                : await scope.PublishedAsync(part.Lines.Where(l => l.ProductId is not null).Select(l => new ProductId(l.ProductId!.Value)), ct);
            products[part.Village] = found;
            var wrong = InquiryCheck.All(terms, part.Lines, found, today);
            if (wrong.Count > 0) problems[part.Village] = wrong;
        }
        if (parts.Count == 0) problems[default] = [new Problem("lines", "Add at least one product.")];
        if (problems.Count > 0 || checkOnly) return Outcome(problems: problems);

        var sent = new List<SentInquiry>();
        foreach (var part in parts)
        {
            await using var scope = villages.Open(part.Village)
                ?? throw new InvalidOperationException("A village checked a moment ago is gone.");
            if (await FindSentAsync(scope, listId, ct) is { } earlier)
            {
                if (earlier.Buyer.UserId != buyer.UserId) return Outcome(refusal: Error.Conflict("list_sent", "This list was already sent from another account."));
                sent.Add(Sent(earlier, scope, repeated: true));
                continue;
            }
            var stored = await StoreAsync(scope, uploads, ct);
            if (stored.Refused.Count > 0)
            {
                await DeleteAsync(scope, stored.Kept, ct);
                return sent.Count == 0 ? Outcome(attachments: stored.Refused)
                    : Outcome(refusal: Error.Conflict("attachments", "A file was refused after some inquiries were sent."));
            }
            var made = await WriteAsync(scope, part, products[part.Village], terms, buyer, listId, stored.Kept, now, ct);
            if (made.IsFailure)
            {
                await DeleteAsync(scope, stored.Kept, ct);
                return Outcome(refusal: made.Error);
            }
            sent.Add(made.Value!);
        }
        return new SendOutcome(sent, new Dictionary<TenantId, IReadOnlyList<Problem>>(), [], null);
    }

    private async Task<Result<SentInquiry>> WriteAsync(VillageScope scope, VillagePart part, IReadOnlyDictionary<ProductId, PublishedProduct> products,
        InquiryTermsDraft terms, BuyerContact buyer, Guid listId, IReadOnlyList<InquiryAttachment> files, DateTimeOffset now,
        CancellationToken ct)
    {
        // Two buyers sending to one village at once collide on its number counter: the loser retries in a fresh scope.
        for (var attempt = 0; ; attempt++)
        {
            await using var fresh = attempt == 0 ? null : villages.Open(part.Village);
            var services = (fresh ?? scope).Services;
            var db = services.GetRequiredService<InquiriesDb>();
            var number = await services.GetRequiredService<TradeSettingsStore>().NextNumberAsync(now, ct);
            var inquiry = Build(db.Tenant, number, part, products, terms, buyer, listId, files, now);
            db.Inquiries.Add(inquiry);
            db.Changed(inquiry, InquiryChange.Submitted, clock);
            try
            {
                await db.SaveChangesAsync(ct);
                return Sent(inquiry, scope, repeated: false);
            }
            catch (DbUpdateException) when (attempt < 3)
            {
                // The same list sent twice at once: the other request made it; answer with that one.
                await using var check = villages.Open(part.Village);
                if (check is not null && await FindSentAsync(check, listId, ct) is { } other)
                    return other.Buyer.UserId == buyer.UserId ? Sent(other, scope, repeated: true)
                        : Error.Conflict("list_sent", "This list was already sent from another account.");
            }
        }
    }

    private static Inquiry Build(TenantId tenant, string number, VillagePart part, IReadOnlyDictionary<ProductId, PublishedProduct> products,
        InquiryTermsDraft terms, BuyerContact buyer, Guid listId, IReadOnlyList<InquiryAttachment> files, DateTimeOffset now)
    {
        var incoterm = Enum.Parse<Incoterm>(terms.Incoterm!.Trim(), ignoreCase: true);
        var inquiry = new Inquiry(tenant, InquiryId.New(), number, buyer, part.Source, now)
        {
            ListId = listId,
            RequiredBy = terms.RequiredBy!.Value,
            Incoterm = incoterm,
            DestinationPort = incoterm.NeedsDestinationPort() ? terms.DestinationPort!.Trim() : null,
            DestinationCountry = terms.DestinationCountry!.Trim().ToUpperInvariant(),
            Packaging = Text(terms.Packaging),
            Labelling = Text(terms.Labelling),
            WantsMarkedGoods = terms.WantsMarkedGoods,
            SampleRequested = terms.SampleRequested,
            Notes = Text(terms.Notes),
        };
        for (var i = 0; i < part.Lines.Count; i++)
        {
            var line = part.Lines[i];
            var product = products[new ProductId(line.ProductId!.Value)];
            // The catalogue's own spelling of the variant's SKU, whatever case the buyer typed.
            var sku = string.IsNullOrWhiteSpace(line.VariantSku) ? null
                : product.Variants.First(v => string.Equals(v.Sku, line.VariantSku.Trim(), StringComparison.OrdinalIgnoreCase)).Sku;
            inquiry.Lines.Add(new InquiryLine(InquiryLineId.New(), i, product.Id, sku, (int)line.Quantity!.Value, line.TargetUnitPrice, product.Unit));
        }
        inquiry.Attachments.AddRange(files);
        return inquiry;
    }

    private static async Task<Inquiry?> FindSentAsync(VillageScope scope, Guid listId, CancellationToken ct) =>
        await scope.Services.GetRequiredService<InquiriesDb>().Inquiries.AsNoTracking().FirstOrDefaultAsync(i => i.ListId == listId, ct);

    private static SentInquiry Sent(Inquiry inquiry, VillageScope scope, bool repeated) =>
        new(inquiry.Id.Value, inquiry.Number, inquiry.Status, scope.Village.Slug, scope.Village.BrandName, repeated);

    private static async Task<(List<InquiryAttachment> Kept, List<Problem> Refused)> StoreAsync(VillageScope scope, IReadOnlyList<Upload> uploads,
        CancellationToken ct)
    {
        var files = scope.Services.GetRequiredService<IPrivateFiles>();
        var kept = new List<InquiryAttachment>();
        var refused = new List<Problem>();
        foreach (var upload in uploads)
        {
            await using var stream = upload.Open();
            var stored = await files.StoreAsync(AttachmentPurpose, upload.FileName, stream, ct);
            if (stored.IsFailure)
            {
                var reason = stored.Error!.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? stored.Error!.Message;
                refused.Add(new Problem("attachments", "{0}: {1}", AttachmentNames.Clean(upload.FileName), reason));
                continue;
            }
            var file = stored.Value!;
            kept.Add(new InquiryAttachment(file.Id.Value, AttachmentNames.Clean(file.FileName), file.ContentType, file.Length));
        }
        return (kept, refused);
    }

    private static async Task DeleteAsync(VillageScope scope, IEnumerable<InquiryAttachment> files, CancellationToken ct)
    {
        var store = scope.Services.GetRequiredService<IPrivateFiles>();
        foreach (var file in files) await store.DeleteAsync(new FileId(file.FileId), ct);
    }

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static SendOutcome Outcome(IReadOnlyDictionary<TenantId, IReadOnlyList<Problem>>? problems = null, IReadOnlyList<Problem>? attachments = null,
        Error? refusal = null) =>
        new([], problems ?? new Dictionary<TenantId, IReadOnlyList<Problem>>(), attachments ?? [], refusal);
}

/// <summary>File names as shown to people: the last path segment, at most 120 characters.</summary>
internal static class AttachmentNames
{
    public static string Clean(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/')).Trim();
        return name.Length == 0 ? "file" : name.Length > 120 ? name[^120..] : name;
    }
}
