using System.Collections.Generic;
using System.Collections.Immutable;
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
                start.RegisterSyntaxNodeAction(node => AnalyzeName(node, models), SyntaxKind.IdentifierName);
            }
        });
    }

    private static void AnalyzeName(SyntaxNodeAnalysisContext context, ImmutableArray<SunsetModel> models)
    {
        var name = ((IdentifierNameSyntax)context.Node).Identifier.ValueText;
        foreach (var model in models)
        {
            // An ordinal comparison of the name first: only an identifier spelled like the model is bound.
            if (string.Equals(name, model.Type.Name, System.StringComparison.Ordinal))
            {
                Analyze(context, model);
                return;
            }
        }
    }

    private static void Analyze(SyntaxNodeAnalysisContext context, SunsetModel model)
    {
        if (context.Node.IsPartOfStructuredTrivia()
            || !SymbolEqualityComparer.Default.Equals(context.SemanticModel.GetSymbolInfo(context.Node, context.CancellationToken).Symbol?.OriginalDefinition, model.Type))
        {
            return;
        }

        var op = model.Operation;
        context.ReportDiagnostic(Diagnostic.Create(
            SunsetDiagnostics.Model,
            context.Node.GetLocation(),
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
