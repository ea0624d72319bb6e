using CraftMarket.Notifications.Features.Centre;
using CraftMarket.Notifications.Features.Centre.Templates;

namespace CraftMarket.Notifications.Tests.Centre;

/// <summary>Every category has a template in every language, each uses only its category's placeholders, and every one renders whole.</summary>
public sealed class TemplateTests
{
    public static TheoryData<string, string> EveryTemplate()
    {
        var data = new TheoryData<string, string>();
        foreach (var language in new[] { "vi", "en", "fr", "ja" })
            foreach (var category in Categories.All)
                data.Add(language, category.Key);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryTemplate))]
    public void Renders_with_no_placeholder_left(string language, string key)
    {
        var category = Categories.Find(key)!;
        MessageTemplates.ByLanguage[language].ContainsKey(key).ShouldBeTrue($"{language} has no template for {key}");
        var template = MessageTemplates.ByLanguage[language][key];
        MessageTemplates.PlaceholdersIn(template.Title + template.Body).ShouldBeSubsetOf(category.Placeholders,
            $"{language} {key} uses a placeholder its category does not declare");

        var values = category.Placeholders.ToDictionary(p => p, p => $"«{p}-value»");
        var rendered = MessageTemplates.Render(key, language, values);

        rendered.Language.ShouldBe(language);
        rendered.Title.ShouldNotBeNullOrWhiteSpace();
        rendered.Body.ShouldNotBeNullOrWhiteSpace();
        (rendered.Title + rendered.Body).ShouldNotContain("{");
        (rendered.Title + rendered.Body).ShouldNotContain("}");
        foreach (var used in MessageTemplates.PlaceholdersIn(template.Title + template.Body))
            (rendered.Title + rendered.Body).ShouldContain($"«{used}-value»");
    }

    [Fact]
    public void Every_declared_placeholder_is_used_by_the_english_template()
    {
        foreach (var category in Categories.All)
        {
            var template = EnglishTemplates.All[category.Key];
            MessageTemplates.PlaceholdersIn(template.Title + template.Body).ShouldBe(category.Placeholders, ignoreOrder: true, category.Key);
        }
    }

    [Fact]
    public void A_missing_value_throws_instead_of_sending_a_placeholder()
    {
        var error = Should.Throw<ArgumentException>(() => MessageTemplates.Render(Categories.QuoteAccepted.Key, "vi",
            new Dictionary<string, string> { ["number"] = "BT-1", ["version"] = "2", ["total"] = "10 US$" }));
        error.Message.ShouldContain("{deliveryDate}");
    }

    [Fact]
    public void A_language_without_templates_falls_back_to_english_and_regional_tags_use_their_language()
    {
        var values = new Dictionary<string, string> { ["at"] = "09:00 01/12/2026" };
        var german = MessageTemplates.Render(Categories.InquirySubmitted.Key, "de", values);
        german.Language.ShouldBe("en");
        german.Title.ShouldBe("New inquiry");
        MessageTemplates.Render(Categories.InquirySubmitted.Key, "vi-VN", values).Title.ShouldBe("Yêu cầu báo giá mới");
        MessageTemplates.Render(Categories.InquirySubmitted.Key, null, values).Language.ShouldBe("vi");
    }
}
