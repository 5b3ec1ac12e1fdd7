using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.FindSymbols;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// The workspace searches the fixes make (<see cref="SymbolFinder"/>), retried when the host's search engine fails.
/// </summary>
/// <remarks>
/// Roslyn's find-references engine has an intermittent race that throws <see cref="KeyNotFoundException"/> from
/// <c>FindReferencesSearchEngine.ProcessDocumentAsync</c> (dotnet/roslyn#57235, #70850; seen in this repository's CI
/// on a loaded 2-core machine, never when the same search is run again). The search reads an immutable solution, so
/// running it again is safe and gives the same answer; a fix must not fail, or fail a Fix All, for it.
/// </remarks>
internal static class SymbolSearch
{
    public const int Attempts = 3;

    public static Task<IEnumerable<ReferencedSymbol>> ReferencesAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindReferencesAsync(symbol, solution, cancellationToken), cancellationToken);

    public static Task<IEnumerable<ISymbol>> ImplementationsAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindImplementationsAsync(symbol, solution, cancellationToken: cancellationToken), cancellationToken);

    public static Task<IEnumerable<INamedTypeSymbol>> ImplementationsAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindImplementationsAsync(type, solution, cancellationToken: cancellationToken), cancellationToken);

    public static Task<IEnumerable<ISymbol>> OverridesAsync(ISymbol symbol, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindOverridesAsync(symbol, solution, cancellationToken: cancellationToken), cancellationToken);

    public static Task<IEnumerable<INamedTypeSymbol>> DerivedInterfacesAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindDerivedInterfacesAsync(type, solution, cancellationToken: cancellationToken), cancellationToken);

    public static Task<IEnumerable<INamedTypeSymbol>> DerivedClassesAsync(INamedTypeSymbol type, Solution solution, CancellationToken cancellationToken)
        => RetryAsync(() => SymbolFinder.FindDerivedClassesAsync(type, solution, cancellationToken: cancellationToken), cancellationToken);

    /// <summary>
    /// The same symbol, or its copy in another target framework of a multi-targeted project: the search also reports the
    /// symbols declared at the same place of a linked document (the same file compiled for net8.0), whose references
    /// are renamed with it.
    /// </summary>
    public static bool IsSameDeclaration(ISymbol found, ISymbol symbol)
    {
        if (SymbolEqualityComparer.Default.Equals(found, symbol))
        {
            return true;
        }

        return found.Kind == symbol.Kind
            && found.Name == symbol.Name
            && found.Locations.FirstOrDefault(l => l.IsInSource) is { } a
            && symbol.Locations.FirstOrDefault(l => l.IsInSource) is { } b
            && a.SourceSpan == b.SourceSpan
            && a.SourceTree?.FilePath is { Length: > 0 } path
            && path == b.SourceTree?.FilePath
            && a.SourceTree != b.SourceTree;
    }

    /// <summary>
    /// Runs <paramref name="search"/> up to <see cref="Attempts"/> times while it fails with anything but cancellation;
    /// the last failure is thrown (callers that can do without the answer catch it and take the conservative path).
    /// </summary>
    internal static async Task<T> RetryAsync<T>(Func<Task<T>> search, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                return await search().ConfigureAwait(false);
            }
            catch (Exception exception) when (attempt < Attempts && !IsCancellation(exception, cancellationToken))
            {
                // The engine's race: search again.
            }
        }
    }

    internal static bool IsCancellation(Exception exception, CancellationToken cancellationToken)
        => exception is OperationCanceledException && cancellationToken.IsCancellationRequested;
}
