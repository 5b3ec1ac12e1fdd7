using System.Collections.Immutable;
using System;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The spec checks that need no resource version (ATLAS0104 unknown method and path, ATLAS0105 removed operation,
/// ATLAS0106 legacy v1.0 API) on a URL string handed straight to an HTTP call whose method the call says
/// (<see cref="HttpRequestUriArgument"/>). A string kept in a variable, a field or a constant, or used as a base
/// address or prefix, is not checked: neither its method nor its final path is known there. Tenant backup paths are
/// ATLAS0003's. Runs on every string of a build, so a string is first tested for <c>api/atlas/</c> in its own text,
/// without the semantic model.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SpecStringAnalyzer : DiagnosticAnalyzer
{
    private const string ApiMarker = "api/atlas/";

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        SpecDiagnostics.UnknownOperation, SpecDiagnostics.RemovedOperation, SpecDiagnostics.LegacyApi);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // The compilation's catalog (the built-in one, or merged with the project's spec); SpecRouteAnalyzer reports
            // a spec file that cannot be used.
            var index = CompilationSpecCatalog.For(start.Options, start.CancellationToken).Index;
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var literal = (LiteralExpressionSyntax)node.Node;
                    Analyze(node, index, literal, literal.Token);
                },
                SyntaxKind.StringLiteralExpression);
            start.RegisterSyntaxNodeAction(
                node =>
                {
                    var text = (InterpolatedStringTextSyntax)node.Node;
                    if (text.Parent is InterpolatedStringExpressionSyntax interpolated)
                    {
                        Analyze(node, index, interpolated, text.TextToken);
                    }
                },
                SyntaxKind.InterpolatedStringText);
        });
    }

    private static bool HasApiMarker(string text) => text.IndexOf(ApiMarker, StringComparison.Ordinal) >= 0;

    private static void Analyze(SyntaxNodeAnalysisContext context, SpecRouteIndex index, ExpressionSyntax piece, SyntaxToken trigger)
    {
        if (!HasApiMarker(trigger.ValueText)
            || RouteStringTemplate.RootForFirstTrigger(piece, trigger, HasApiMarker) is not { } root
            || HttpRequestUriArgument.MethodOf(root, context.SemanticModel, context.CancellationToken) is not { } method)
        {
            return;
        }

        var template = RouteStringTemplate.Build(root, context.SemanticModel, context.CancellationToken);
        if (SpecPathCheck.Check(index, method, template.Text, root.GetLocation(), requireApiRoot: true, out _) is { } diagnostic)
        {
            context.ReportDiagnostic(diagnostic);
        }
    }
}
