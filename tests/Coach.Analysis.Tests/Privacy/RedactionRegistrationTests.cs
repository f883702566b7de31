using Coach.Analysis.Privacy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Coach.Analysis.Tests.Privacy;

public sealed class RedactionRegistrationTests
{
    [Fact]
    public void TheRedactorIsBuiltFromTheCoachRedactionSection()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Coach:Redaction:KeepOriginal"] = "true",
            ["Coach:Redaction:Disabled:0"] = "email",
            ["Coach:Redaction:Patterns:0:Name"] = "contract",
            ["Coach:Redaction:Patterns:0:Pattern"] = "HT-[0-9]{4}-[0-9]{3}",
        });

        var redactor = provider.GetRequiredService<Redactor>();

        Assert.True(redactor.KeepOriginal);
        Assert.Same(redactor, provider.GetRequiredService<Redactor>());
        Assert.Equal("合同[contract]，联系 a@b.cn 或 [phone]", redactor.Redact("合同HT-2026-001，联系 a@b.cn 或 13812345678").Text);
    }

    [Fact]
    public void AnInvalidConfiguredPatternStopsTheRedactorFromBeingBuilt()
    {
        using var provider = Provider(new Dictionary<string, string?>
        {
            ["Coach:Redaction:Patterns:0:Name"] = "broken",
            ["Coach:Redaction:Patterns:0:Pattern"] = "([0-9]",
        });

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<Redactor>());
    }

    private static ServiceProvider Provider(Dictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddCoachRedaction()
            .BuildServiceProvider();
}
