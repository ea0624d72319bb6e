using CraftMarket.SharedKernel.Localization;

namespace CraftMarket.Web.Tests;

/// <summary>The one order in which something written in several languages is shown: the reader's, English, Vietnamese, any.</summary>
public sealed class LanguageFallbackTests
{
    private static readonly Dictionary<string, string> ViEnFr = new() { ["vi"] = "Bình gốm", ["en"] = "Vase", ["fr"] = "Vase en grès" };

    [Theory]
    [InlineData("fr", "Vase en grès", "fr")]   // the reader's own
    [InlineData("ja", "Vase", "en")]           // else English
    [InlineData("vi", "Bình gốm", "vi")]
    public void A_text_is_read_in_the_readers_language_else_English(string reader, string text, string language) =>
        LanguageFallback.Pick(ViEnFr, reader).ShouldBe((text, language));

    [Fact]
    public void Without_English_Vietnamese_then_whatever_is_written()
    {
        LanguageFallback.Pick(new Dictionary<string, string> { ["vi"] = "Bình gốm", ["ja"] = "花瓶" }, "fr").ShouldBe(("Bình gốm", "vi"));
        LanguageFallback.Pick(new Dictionary<string, string> { ["ja"] = "花瓶" }, "fr").ShouldBe(("花瓶", "ja"));
    }

    [Fact]
    public void A_blank_text_counts_as_missing()
    {
        LanguageFallback.Pick(new Dictionary<string, string> { ["fr"] = "  ", ["en"] = "", ["vi"] = "Bình gốm" }, "fr").ShouldBe(("Bình gốm", "vi"));
        LanguageFallback.Pick(new Dictionary<string, string> { ["en"] = " " }, "en").ShouldBeNull();
        LanguageFallback.Pick((IReadOnlyDictionary<string, string>?)null, "en").ShouldBeNull();
    }

    [Theory]
    [InlineData("ja", "ja")]
    [InlineData("de", "en")]
    public void Among_the_languages_a_feature_has_it_is_the_same_order(string reader, string chosen) =>
        LanguageFallback.Pick(["vi", "en", "fr", "ja"], reader).ShouldBe(chosen);

    [Fact]
    public void The_village_story_follows_it()
    {
        var story = new CraftMarket.Tenancy.Contracts.LocalizedValue { Vi = "Làng gốm", Ja = "陶芸の村" };
        story.In("fr").ShouldBe(("Làng gốm", "vi"));
        story.In("ja").ShouldBe(("陶芸の村", "ja"));
        new CraftMarket.Tenancy.Contracts.LocalizedValue { Ja = "陶芸の村" }.In("en").ShouldBe(("陶芸の村", "ja"));
    }
}
