using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using System;
using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The catalog one compilation's spec checks use: the built-in one, or the built-in one merged with the spec the project
/// supplies as an additional file (<c>&lt;AtlasApiSpec Include="atlas-api.json" /&gt;</c>, which the package's
/// build/Atlas.Client.targets passes on with the metadata <c>AtlasApiSpec=true</c>). The spec analyzers get it in their
/// compilation-start action and the code fixes from their document's project (<see cref="Project.AnalyzerOptions"/>), so
/// a fix always agrees with the diagnostic it fixes. A spec that cannot be used leaves the built-in catalog in force and
/// gives one ATLAS0108 on the file, never an exception.
/// </summary>
internal sealed class CompilationSpecCatalog
{
    /// <summary>The analyzer config key that marks an additional file as the project's spec.</summary>
    public const string SpecMetadataKey = "build_metadata.AdditionalFiles.AtlasApiSpec";

    /// <summary>The per-file opt-in (the item's <c>ReportRemoved</c> metadata): the spec is the whole API.</summary>
    public const string ReportRemovedMetadataKey = "build_metadata.AdditionalFiles.AtlasApiSpecReportRemoved";

    /// <summary>The project-wide opt-in, the MSBuild property <c>AtlasApiSpecReportRemoved</c>.</summary>
    public const string ReportRemovedPropertyKey = "build_property.AtlasApiSpecReportRemoved";

    private CompilationSpecCatalog(SpecRouteIndex index, string? specPath, ImmutableArray<(AdditionalText File, Diagnostic Diagnostic)> fileDiagnostics)
    {
        Index = index;
        SpecPath = specPath;
        FileDiagnostics = fileDiagnostics;
    }

    /// <summary>The catalog built into the package, for a project that supplies no spec.</summary>
    public static CompilationSpecCatalog BuiltIn { get; } =
        new(SpecCatalog.Index, null, ImmutableArray<(AdditionalText, Diagnostic)>.Empty);

    /// <summary>The operations the compilation is checked against.</summary>
    public SpecRouteIndex Index { get; }

    /// <summary>The supplied spec in force, or null when the built-in catalog is.</summary>
    public string? SpecPath { get; }

    /// <summary>ATLAS0108 for each spec file that cannot be used, with the file to report it on.</summary>
    public ImmutableArray<(AdditionalText File, Diagnostic Diagnostic)> FileDiagnostics { get; }

    /// <summary>The catalog for a compilation (or a code fix's project) with these options.</summary>
    public static CompilationSpecCatalog For(AnalyzerOptions options, CancellationToken cancellationToken)
        => For(options, SuppliedSpecCache.Shared, cancellationToken);

    internal static CompilationSpecCatalog For(AnalyzerOptions options, SuppliedSpecCache cache, CancellationToken cancellationToken)
    {
        var provider = options.AnalyzerConfigOptionsProvider;
        var specs = ImmutableArray.CreateBuilder<AdditionalText>();
        foreach (var file in options.AdditionalFiles)
        {
            if (IsTrue(provider.GetOptions(file), SpecMetadataKey))
            {
                specs.Add(file);
            }
        }

        if (specs.Count == 0)
        {
            return BuiltIn;
        }

        if (specs.Count > 1)
        {
            // Which one a host lists first is not the project's decision to rely on: none is used, each one says so.
            var names = new string[specs.Count];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = FileName(specs[i].Path);
            }

            Array.Sort(names, StringComparer.Ordinal);
            var reason = "the project supplies " + specs.Count + " specs (" + string.Join(", ", names) + ") and the analyzers read one; keep one AtlasApiSpec item";
            var all = ImmutableArray.CreateBuilder<(AdditionalText, Diagnostic)>(specs.Count);
            foreach (var file in specs)
            {
                all.Add((file, Problem(file, null, 0, reason)));
            }

            return new CompilationSpecCatalog(SpecCatalog.Index, null, all.MoveToImmutable());
        }

        var spec = specs[0];
        var reportRemoved = IsTrue(provider.GetOptions(spec), ReportRemovedMetadataKey) || IsTrue(provider.GlobalOptions, ReportRemovedPropertyKey);
        var problems = ImmutableArray.CreateBuilder<(AdditionalText, Diagnostic)>();
        var index = SpecCatalog.Index;
        string? specPath = null;
        SourceText? text = null;
        try
        {
            text = spec.GetText(cancellationToken);
            if (text is null)
            {
                problems.Add((spec, Problem(spec, null, 0, "the file cannot be read")));
            }
            else
            {
                var outcome = cache.GetOrRead(text, cancellationToken);
                if (outcome.Spec is null)
                {
                    problems.Add((spec, Problem(spec, text, outcome.ErrorOffset, outcome.Error!)));
                }
                else
                {
                    index = outcome.MergedWith(SpecCatalog.Index.Operations, FileName(spec.Path), reportRemoved);
                    specPath = spec.Path;
                }
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug of ours must not take the build's analyzers down: the built-in catalog stays, and the file says why.
            problems.Add((spec, Problem(spec, text, 0, "the analyzers failed to read it (" + e.GetType().Name + ": " + e.Message + "); please report this")));
        }

        return new CompilationSpecCatalog(index, specPath, problems.ToImmutable());
    }

    private static Diagnostic Problem(AdditionalText file, SourceText? text, int offset, string reason)
    {
        var position = text is null ? default : text.Lines.GetLinePosition(Math.Min(offset, text.Length));
        var span = text is null ? default : new TextSpan(Math.Min(offset, text.Length), offset < text.Length ? 1 : 0);
        var location = Location.Create(file.Path, span, new LinePositionSpan(position, position));
        return Diagnostic.Create(
            SpecDiagnostics.SpecFile, location, FileName(file.Path), reason,
            (position.Line + 1).ToString(CultureInfo.InvariantCulture), (position.Character + 1).ToString(CultureInfo.InvariantCulture));
    }

    private static bool IsTrue(AnalyzerConfigOptions options, string key)
        => options.TryGetValue(key, out var value) && string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The file name without its folder (either separator), as the messages name it.</summary>
    private static string FileName(string path)
    {
        var slash = Math.Max(path.LastIndexOf('/'), path.LastIndexOf('\\'));
        return slash < 0 ? path : path.Substring(slash + 1);
    }
}
