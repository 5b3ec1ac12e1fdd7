using System.Collections.Generic;
using System.Collections.Immutable;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// ATLAS0004 on every reference to a model of the tenant backup endpoints (<c>BackupTenantSnapshot</c>). An analyzer
/// rather than <c>[Obsolete(DiagnosticId = …)]</c>: netstandard2.0's ObsoleteAttribute has no DiagnosticId, so only
/// an analyzer gives consumers of both the net8.0 and the netstandard2.0 assets the same configurable ID.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SunsetModelAnalyzer : DiagnosticAnalyzer
{
    /// <summary>An identifier may spell a letter as <c>\u0042</c>: a file with such an escape is always read.</summary>
    private const string UnicodeEscape = "\\u";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SunsetDiagnostics.Model);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var models = SunsetModel.Resolve(start.Compilation);
            if (models.Length > 0)
            {
                var needles = new List<string>(models.Length + 1) { UnicodeEscape };
                foreach (var model in models)
                {
                    needles.Add(model.Type.Name);
                }

                start.RegisterSemanticModelAction(semantic => AnalyzeFile(semantic, models, needles));
            }
        });
    }

    /// <summary>
    /// One pass per file rather than an action per identifier (the most frequent node of all): a file whose text never
    /// spells a model's name is skipped without walking its tree; in the others, only identifiers spelled like a model
    /// are bound.
    /// </summary>
    private static void AnalyzeFile(SemanticModelAnalysisContext context, ImmutableArray<SunsetModel> models, List<string> needles)
    {
        var tree = context.SemanticModel.SyntaxTree;
        if (!SourceTextSearch.ContainsAny(tree.GetText(context.CancellationToken), needles))
        {
            return;
        }

        foreach (var token in tree.GetRoot(context.CancellationToken).DescendantTokens(descendIntoTrivia: false))
        {
            if (!token.IsKind(SyntaxKind.IdentifierToken) || token.Parent is not IdentifierNameSyntax name)
            {
                continue;
            }

            foreach (var model in models)
            {
                // An ordinal comparison of the name first: only an identifier spelled like the model is bound.
                if (string.Equals(token.ValueText, model.Type.Name, System.StringComparison.Ordinal))
                {
                    Analyze(context, name, model);
                    break;
                }
            }
        }
    }

    private static void Analyze(SemanticModelAnalysisContext context, IdentifierNameSyntax name, SunsetModel model)
    {
        if (!SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(name, context.CancellationToken).Symbol?.OriginalDefinition, model.Type))
        {
            return;
        }

        var op = model.Operation;
        context.ReportDiagnostic(Diagnostic.Create(
            SunsetDiagnostics.ForOperation(SunsetDiagnostics.Model, op),
            name.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SunsetDiagnostics.OperationIdProperty, op.OperationId),
            model.Type.Name,
            op.OperationId,
            op.SunsetDate,
            op.ReplacementModel ?? "-",
            SunsetMessages.ReplacementId(op)));
    }
}

/// <summary>A tenant model type present in this compilation and the operation that returns one of it.</summary>
internal sealed class SunsetModel
{
    private SunsetModel(INamedTypeSymbol type, SunsetOperation operation)
    {
        Type = type;
        Operation = operation;
    }

    public INamedTypeSymbol Type { get; }

    /// <summary>The operation that returns one instance of the model, whose replacement names the model's Flex twin.</summary>
    public SunsetOperation Operation { get; }

    public static ImmutableArray<SunsetModel> Resolve(Compilation compilation)
    {
        var seen = new HashSet<string>();
        var models = ImmutableArray.CreateBuilder<SunsetModel>();
        foreach (var op in SunsetCatalog.Operations)
        {
            if (op.Model is null || !seen.Add(op.Model) || SingleResourceOperation(op.Model) is not { } single)
            {
                continue;
            }

            if (compilation.GetTypeByMetadataName("Atlas.Client." + op.Model) is { } type)
            {
                models.Add(new SunsetModel(type, single));
            }
        }

        return models.ToImmutable();
    }

    /// <summary>The GET of one resource (its path ends in a placeholder) whose response is this model.</summary>
    internal static SunsetOperation? SingleResourceOperation(string model)
    {
        foreach (var op in SunsetCatalog.Operations)
        {
            if (op.Model == model && op.Method == "GET" && op.Path.EndsWith("}", System.StringComparison.Ordinal))
            {
                return op;
            }
        }

        return null;
    }
}
