using CraftMarket.Identity.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace CraftMarket.Identity.Messaging;

/// <summary>
/// Who delivers texts and e-mails (ADR 32). Configured SMTP and SMS gateway settings give the real
/// senders, in any environment; without them only Development falls back to the dev mailbox. Any
/// other environment refuses to start and names the missing settings, so a site never runs with
/// sign-in codes silently going nowhere.
/// </summary>
internal static class MessagingSetup
{
    public static void AddMessaging(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        var smtpSection = builder.Configuration.GetSection(SmtpSettings.Section);
        var smsSection = builder.Configuration.GetSection(SmsGatewaySettings.Section);
        services.Configure<SmtpSettings>(smtpSection);
        services.Configure<SmsGatewaySettings>(smsSection);
        services.AddSingleton<DevMailbox>();

        var sms = smsSection.Get<SmsGatewaySettings>() ?? new();
        if ((smtpSection.Get<SmtpSettings>() ?? new()).IsConfigured)
            services.TryAddSingleton<IEmailSender, SmtpEmailSender>();
        if (sms.IsConfigured)
        {
            services.AddHttpClient(HttpSmsSender.Client, http => http.Timeout = sms.Timeout);
            services.TryAddTransient<ISmsSender>(sp => ActivatorUtilities.CreateInstance<HttpSmsSender>(sp,
                sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpSmsSender.Client)));
        }
        // Development only: outside it the readiness check below stops the start before these are used.
        services.TryAddSingleton<ISmsSender>(sp => sp.GetRequiredService<DevMailbox>());
        services.TryAddSingleton<IEmailSender>(sp => sp.GetRequiredService<DevMailbox>());

        services.AddSingleton<IValidateOptions<DeliveryReadiness>, DeliveryReadinessCheck>();
        services.AddOptions<DeliveryReadiness>().ValidateOnStart();
    }
}

/// <summary>Nothing to hold: the options type the start-up check hangs on.</summary>
internal sealed class DeliveryReadiness;

internal sealed class DeliveryReadinessCheck(IHostEnvironment environment, IOptions<SmtpSettings> smtp, IOptions<SmsGatewaySettings> sms)
    : IValidateOptions<DeliveryReadiness>
{
    public ValidateOptionsResult Validate(string? name, DeliveryReadiness options)
    {
        if (environment.IsDevelopment()) return ValidateOptionsResult.Success;
        var missing = smtp.Value.Missing().Concat(sms.Value.Missing()).ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"CraftMarket will not start in the {environment.EnvironmentName} environment without real e-mail and SMS delivery "
                + $"(sign-in codes and reset links would go nowhere). Missing settings: {string.Join(", ", missing)}. "
                + "See README, \"Messaging\". Only Development falls back to the dev mailbox.");
    }
}
