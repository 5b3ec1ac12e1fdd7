using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;
using Xunit;
using static Atlas.Client.CodeFixes.Tests.SuppliedSpec.SuppliedSpecSetup;

namespace Atlas.Client.CodeFixes.Tests.SuppliedSpec;

/// <summary>
/// A spec is read once per distinct content, not per compilation or keystroke: what each compilation start asks for
/// (<see cref="CompilationSpecCatalog.For(Microsoft.CodeAnalysis.Diagnostics.AnalyzerOptions, System.Threading.CancellationToken)"/>)
/// comes from the cache while the content is the same, whichever text object carries it; a changed file is read again; a
/// spec that cannot be read, or a host that throws, leaves the built-in catalog and one diagnostic, never an exception.
/// </summary>
public class SuppliedSpecCacheTests
{
    [Fact]
    public void The_same_content_is_read_once_whatever_text_object_carries_it()
    {
        var cache = new SuppliedSpecCache();
        var json = BackupSubset();

        var first = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, (SpecPath, json)), cache, CancellationToken.None);
        var again = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, (SpecPath, json)), cache, CancellationToken.None);
        var sameOutcome = cache.GetOrRead(SourceText.From(json), CancellationToken.None);

        Assert.NotSame(SpecCatalog.Index, first.Index);
        Assert.Same(first.Index, again.Index);
        Assert.Same(sameOutcome, cache.GetOrRead(SourceText.From(json), CancellationToken.None));
        Assert.Equal(SpecPath, first.SpecPath);
        Assert.True(first.FileDiagnostics.IsEmpty);
    }

    [Fact]
    public void A_changed_file_the_opt_in_and_another_name_each_get_their_own_catalog()
    {
        var cache = new SuppliedSpecCache();
        var json = BackupSubset();
        var changed = WithSunset(json, FlexListPath, "get", "2024-11-13", "2026-06-01");

        var original = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, (SpecPath, json)), cache, CancellationToken.None).Index;
        var edited = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, (SpecPath, changed)), cache, CancellationToken.None).Index;
        var optedIn = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", true, (SpecPath, json)), cache, CancellationToken.None).Index;
        var renamed = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, ("/api/spec.json", json)), cache, CancellationToken.None).Index;

        Assert.Equal(4, new[] { original, edited, optedIn, renamed }.Distinct().Count());
        Assert.Null(Find(original, FlexListPath).Versions.Single().Sunset);
        Assert.Equal("2026-06-01", Find(edited, FlexListPath).Versions.Single().Sunset);
        Assert.Null(Find(original, "/api/atlas/v2/groups/{groupId}/clusters").RemovedBy);
        Assert.Equal("atlas-api.json", Find(optedIn, "/api/atlas/v2/groups/{groupId}/clusters").RemovedBy);
    }

    [Fact]
    public void Only_a_few_contents_are_kept()
    {
        var cache = new SuppliedSpecCache();
        var json = BackupSubset();
        var first = cache.GetOrRead(SourceText.From(json), CancellationToken.None);
        for (var i = 0; i < SuppliedSpecCache.Capacity; i++)
        {
            cache.GetOrRead(SourceText.From(json.Replace("\"openapi\": \"3.0.1\"", $"\"openapi\": \"3.0.{i + 2}\"", StringComparison.Ordinal)), CancellationToken.None);
        }

        Assert.NotSame(first, cache.GetOrRead(SourceText.From(json), CancellationToken.None));
    }

    [Fact]
    public void A_cancelled_read_is_not_kept()
    {
        var cache = new SuppliedSpecCache();
        var text = SourceText.From(BackupSubset());
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => cache.GetOrRead(text, cancelled.Token));
        Assert.NotNull(cache.GetOrRead(text, CancellationToken.None).Spec);
    }

    [Fact]
    public void An_unreadable_file_or_a_throwing_host_leaves_the_built_in_catalog_and_one_diagnostic()
    {
        var missing = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, new SpecOptions.InMemoryText(SpecPath, null)), new SuppliedSpecCache(), CancellationToken.None);
        var throwing = CompilationSpecCatalog.For(SpecOptions.For("2026-11-29", false, new ThrowingText()), new SuppliedSpecCache(), CancellationToken.None);

        Assert.Same(SpecCatalog.Index, missing.Index);
        Assert.Contains("the file cannot be read", Assert.Single(missing.FileDiagnostics).Diagnostic.GetMessage(), StringComparison.Ordinal);
        Assert.Same(SpecCatalog.Index, throwing.Index);
        Assert.Contains("IOException: the disk is gone", Assert.Single(throwing.FileDiagnostics).Diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    private static SpecOperation Find(SpecRouteIndex index, string path) => index.Operations.Single(o => o.Method == "GET" && o.Path == path);

    private sealed class ThrowingText : AdditionalText
    {
        public override string Path => SpecPath;

        public override SourceText GetText(CancellationToken cancellationToken = default) => throw new IOException("the disk is gone");
    }
}
