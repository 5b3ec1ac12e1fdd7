using Atlas.Client.CodeFixes.Editing;
using Atlas.Client.CodeFixes.Safety;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;
using Xunit;

namespace Atlas.Client.CodeFixes.Tests.Safety;

/// <summary>
/// The fixes survive the host's intermittent find-references failure (dotnet/roslyn#70850, which failed a Fix All in
/// CI): searches are run again, and the build check falls back to whole projects when a search keeps failing.
/// </summary>
public class SymbolSearchTests
{
    [Fact]
    public async Task A_search_that_fails_and_then_succeeds_gives_its_answer()
    {
        var calls = 0;
        var answer = await SymbolSearch.RetryAsync(() =>
        {
            calls++;
            return calls < SymbolSearch.Attempts ? throw new KeyNotFoundException("race") : Task.FromResult(42);
        }, CancellationToken.None);

        Assert.Equal(42, answer);
        Assert.Equal(SymbolSearch.Attempts, calls);
    }

    [Fact]
    public async Task A_search_that_keeps_failing_throws_its_last_failure_after_the_last_attempt()
    {
        var calls = 0;
        var thrown = await Assert.ThrowsAsync<KeyNotFoundException>(() => SymbolSearch.RetryAsync<int>(() =>
        {
            calls++;
            throw new KeyNotFoundException("attempt " + calls);
        }, CancellationToken.None));

        Assert.Equal("attempt " + SymbolSearch.Attempts, thrown.Message);
        Assert.Equal(SymbolSearch.Attempts, calls);
    }

    [Fact]
    public async Task Cancellation_is_not_retried()
    {
        using var cancellation = new CancellationTokenSource();
        var calls = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => SymbolSearch.RetryAsync<int>(() =>
        {
            calls++;
            cancellation.Cancel();
            throw new OperationCanceledException(cancellation.Token);
        }, cancellation.Token));

        Assert.Equal(1, calls);
    }

    [Fact]
    public async Task A_declaration_edit_checks_the_documents_that_use_the_declaration()
    {
        var (solution, edit, caller, unrelated) = Sample();

        var affected = await new AffectedDocuments(solution).ComputeAsync(EditSet.Of([edit]), CancellationToken.None);

        var documents = Assert.Single(affected).Value;
        Assert.NotNull(documents);
        Assert.Contains(edit.Document, documents);
        Assert.Contains(caller, documents);
        Assert.DoesNotContain(unrelated, documents);
    }

    [Fact]
    public async Task When_the_workspace_search_fails_the_whole_project_is_checked()
    {
        var (solution, edit, _, _) = Sample();
        var affected = new AffectedDocuments(solution)
        {
            SearchOverride = (_, _, _) => throw new KeyNotFoundException("The given key 'Shop.Tests.FakeSnapshots.Get()' was not present in the dictionary."),
        };

        var result = await affected.ComputeAsync(EditSet.Of([edit]), CancellationToken.None);

        var (project, documents) = Assert.Single(result);
        Assert.Equal(edit.Document.ProjectId, project);
        Assert.Null(documents); // null: every document of the project
    }

    [Fact]
    public async Task A_cancelled_check_is_not_turned_into_a_whole_project_check()
    {
        var (solution, edit, _, _) = Sample();
        using var cancellation = new CancellationTokenSource();
        var affected = new AffectedDocuments(solution)
        {
            SearchOverride = (_, _, token) =>
            {
                cancellation.Cancel();
                token.ThrowIfCancellationRequested();
                return Task.FromResult<HashSet<DocumentId>?>(null);
            },
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => affected.ComputeAsync(EditSet.Of([edit]), cancellation.Token));
    }

    /// <summary>An interface, a fake and a caller that use its method, an unrelated file; the edit renames the method.</summary>
    private static (Solution Solution, SourceEdit Edit, DocumentId Caller, DocumentId Unrelated) Sample()
    {
        const string Interface = "namespace Shop; public interface ISnapshots { void Get(); }";
        var workspace = new AdhocWorkspace();
        var project = workspace.CurrentSolution
            .AddProject("Shop", "Shop", LanguageNames.CSharp)
            .WithCompilationOptions(new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary))
            .AddMetadataReference(MetadataReference.CreateFromFile(typeof(object).Assembly.Location));
        var declaring = project.AddDocument("ISnapshots.cs", SourceText.From(Interface));
        var fake = declaring.Project.AddDocument("FakeSnapshots.cs", SourceText.From("namespace Shop; public sealed class FakeSnapshots : ISnapshots { public void Get() { } }"));
        var caller = fake.Project.AddDocument("Caller.cs", SourceText.From("namespace Shop; public static class Caller { public static void Run(ISnapshots s) => s.Get(); }"));
        var unrelated = caller.Project.AddDocument("Unrelated.cs", SourceText.From("namespace Shop; public static class Unrelated { public static int Two() => 2; }"));
        var start = Interface.IndexOf("Get", StringComparison.Ordinal);
        var edit = new SourceEdit(declaring.Id, new TextSpan(start, 3), "GetSnapshot");
        return (unrelated.Project.Solution, edit, caller.Id, unrelated.Id);
    }
}
