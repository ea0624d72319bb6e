using System.Diagnostics;
using System.Globalization;
using System.Text;
using CraftMarket.Integrations.Contracts;
using CraftMarket.Integrations.Data;
using CraftMarket.Integrations.Domain;
using CraftMarket.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using StandardWebhooks;

namespace CraftMarket.Integrations.Features.Webhooks;

/// <summary>
/// Sends one due delivery once, in its association's scope: claims it (its concurrency token: one
/// node wins), signs it to the Standard Webhooks specification (webhook-id = the delivery's id,
/// webhook-timestamp = now, webhook-signature = one "v1," signature per signing secret), posts it,
/// logs the attempt, and schedules the next one or gives up. A 2xx answer is a success; anything
/// else, a time-out or a refused address is a failure. A run of failures switches the endpoint off
/// and raises <see cref="WebhookEndpointDisabled"/> in the same SaveChanges.
/// </summary>
internal sealed class WebhookSender(IntegrationsDb db, WebhookSecrets secrets, IHttpClientFactory http, IOptions<WebhookOptions> options, TimeProvider clock)
{
    private const int ReadAtMost = 2048;

    public async Task SendAsync(Guid deliveryId, CancellationToken ct)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        if (await db.Deliveries.FirstOrDefaultAsync(d => d.Id == deliveryId, ct) is not { } delivery) return;
        if (delivery.Status != DeliveryStatus.Pending || delivery.NextAttemptAt is not { } due || due > now) return;
        if (await db.Endpoints.FirstOrDefaultAsync(e => e.Id == delivery.EndpointId, ct) is not { } endpoint) return;
        if (!endpoint.Enabled)
        {
            GiveUp(delivery, "The endpoint is switched off.");
            await TrySaveAsync(ct);
            return;
        }

        // The claim: another node (or a second loop) taking the same delivery fails here and sends nothing.
        delivery.NextAttemptAt = now + settings.Timeout + TimeSpan.FromSeconds(30);
        delivery.Revision++;
        if (!await TrySaveAsync(ct)) return;

        var replay = delivery.ReplayRequested;
        var outcome = await PostAsync(endpoint, delivery, now, ct);
        var finished = clock.GetUtcNow();
        delivery.Attempts++;
        delivery.ReplayRequested = false;
        delivery.LastAttemptAt = finished;
        delivery.LastStatusCode = outcome.StatusCode;
        delivery.LastError = outcome.Error;
        delivery.Revision++;
        db.Attempts.Add(new WebhookAttempt
        {
            TenantId = delivery.TenantId, DeliveryId = delivery.Id, EndpointId = endpoint.Id, Number = delivery.Attempts, At = now, Replay = replay,
            Succeeded = outcome.Succeeded, StatusCode = outcome.StatusCode, DurationMs = outcome.DurationMs, Error = outcome.Error,
            ResponseExcerpt = outcome.Excerpt,
        });

        if (outcome.Succeeded)
        {
            delivery.Status = DeliveryStatus.Succeeded;
            delivery.NextAttemptAt = null;
            endpoint.ConsecutiveFailures = 0;
        }
        else
        {
            if (settings.DelayBefore(delivery.Attempts + 1) is { } wait) delivery.NextAttemptAt = finished + wait;
            else GiveUp(delivery, outcome.Error);
            endpoint.ConsecutiveFailures++;
            if (endpoint.Enabled && endpoint.ConsecutiveFailures >= Math.Max(1, settings.DisableAfterFailures))
                await DisableAsync(endpoint, delivery, outcome.Error ?? "", finished, ct);
        }
        endpoint.Revision++;
        await SaveResultAsync(outcome.Succeeded, endpoint.Enabled ? null : (endpoint.DisabledAt ?? finished, endpoint.DisabledReason), ct);
    }

    private static void GiveUp(WebhookDelivery delivery, string? why)
    {
        delivery.Status = DeliveryStatus.Failed;
        delivery.NextAttemptAt = null;
        delivery.LastError ??= why;
    }

    private async Task DisableAsync(WebhookEndpoint endpoint, WebhookDelivery current, string lastError, DateTimeOffset now, CancellationToken ct)
    {
        endpoint.Enabled = false;
        endpoint.DisabledAt = now;
        endpoint.DisabledReason = Clip($"{endpoint.ConsecutiveFailures} failed attempts in a row; the last: {lastError}", 500);
        foreach (var waiting in await db.Deliveries.Where(d => d.EndpointId == endpoint.Id && d.Status == DeliveryStatus.Pending && d.Id != current.Id).ToListAsync(ct))
            GiveUp(waiting, "The endpoint was switched off after a run of failures.");
        if (current.Status == DeliveryStatus.Pending) GiveUp(current, lastError);
        db.Outbox.Add(new WebhookEndpointDisabled(Guid.CreateVersion7(), endpoint.TenantId, endpoint.Id, EndpointUrl.Shown(endpoint.Url),
            endpoint.ConsecutiveFailures, Clip(lastError, 500), now), clock);
    }

    private sealed record Outcome(bool Succeeded, int? StatusCode, int DurationMs, string? Error, string? Excerpt);

    private async Task<Outcome> PostAsync(WebhookEndpoint endpoint, WebhookDelivery delivery, DateTimeOffset now, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            var uri = new Uri(endpoint.Url);
            if (uri.Scheme != Uri.UriSchemeHttps)
            {
                var addresses = await TargetAddresses.ResolveAsync(uri.IdnHost, ct);
                if (addresses.Length == 0 || !addresses.All(options.Value.IsTestReceiver))
                    return new(false, null, 0, "Refused: webhooks are sent only over HTTPS.", null);
            }
            using var request = new HttpRequestMessage(HttpMethod.Post, uri) { Content = new StringContent(delivery.Payload, Encoding.UTF8, "application/json") };
            var id = delivery.Id.ToString();
            request.Headers.TryAddWithoutValidation("webhook-id", id);
            request.Headers.TryAddWithoutValidation("webhook-timestamp", now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            request.Headers.TryAddWithoutValidation("webhook-signature", string.Join(' ', Signatures(endpoint, id, now, delivery.Payload)));
            using var response = await http.CreateClient(WebhookHttp.ClientName).SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
            var excerpt = await ExcerptAsync(response, ct);
            var code = (int)response.StatusCode;
            var ok = code is >= 200 and < 300;
            return new(ok, code, Elapsed(watch), ok ? null : $"The endpoint answered {code} {response.ReasonPhrase}.", excerpt);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException && !ct.IsCancellationRequested)
        {
            var why = e is TaskCanceledException ? $"No answer within {options.Value.Timeout.TotalSeconds.ToString(CultureInfo.InvariantCulture)} s." : Clip(Innermost(e), 500);
            return new(false, null, Elapsed(watch), why, null);
        }
    }

    /// <summary>One signature per secret that signs now: the current one, and the previous one during a rotation's grace period.</summary>
    private List<string> Signatures(WebhookEndpoint endpoint, string id, DateTimeOffset now, string body)
    {
        var list = new List<string> { new StandardWebhook(secrets.Unprotect(endpoint.ProtectedSecret)).Sign(id, now, body) };
        if (endpoint.PreviousSecretSignsAt(now))
            list.Add(new StandardWebhook(secrets.Unprotect(endpoint.PreviousProtectedSecret!)).Sign(id, now, body));
        return list;
    }

    private static async Task<string?> ExcerptAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[ReadAtMost];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0) read += n;
        if (read == 0) return null;
        return Clip(Encoding.UTF8.GetString(buffer, 0, read), WebhookAttempt.ExcerptMax);
    }

    private async Task<bool> TrySaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }

    /// <summary>
    /// The attempt is logged whatever else happened meanwhile: when the admin (or another node) changed
    /// the endpoint at the same moment, its row is read again and the failure count (and a switch-off) re-applied.
    /// </summary>
    private async Task SaveResultAsync(bool succeeded, (DateTimeOffset At, string? Reason)? disabled, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await db.SaveChangesAsync(ct);
                return;
            }
            catch (DbUpdateConcurrencyException e) when (attempt < 4)
            {
                foreach (var entry in e.Entries)
                {
                    await entry.ReloadAsync(ct);
                    if (entry.Entity is not WebhookEndpoint fresh) continue;
                    fresh.ConsecutiveFailures = succeeded ? 0 : fresh.ConsecutiveFailures + 1;
                    fresh.Revision++;
                    if (disabled is { } off && fresh.Enabled)
                    {
                        fresh.Enabled = false;
                        fresh.DisabledAt = off.At;
                        fresh.DisabledReason = off.Reason;
                    }
                }
            }
        }
    }

    private static int Elapsed(Stopwatch watch) => (int)Math.Min(int.MaxValue, watch.ElapsedMilliseconds);

    private static string Innermost(Exception e)
    {
        while (e.InnerException is not null) e = e.InnerException;
        return e.Message;
    }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
