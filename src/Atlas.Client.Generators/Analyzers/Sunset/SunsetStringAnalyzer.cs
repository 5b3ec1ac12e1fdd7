using System.Collections.Generic;
using System.Collections.Immutable;
using Atlas.Client.Generators.Catalog;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// ATLAS0003 on a string expression outside an <c>[AtlasClient]</c> route whose value has the shape of a tenant backup
/// path: literals of every kind, interpolated strings and concatenations, wherever they are used.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SunsetStringAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(SunsetDiagnostics.String);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            // Null without an Atlas.Client reference: then no string can be an [AtlasClient] route, and all are analysed.
            var index = ClientMethodIndex.Create(start.Compilation);
            start.RegisterSyntaxNodeAction(node => AnalyzeLiteral(node, index), SyntaxKind.StringLiteralExpression);
            start.RegisterSyntaxNodeAction(node => AnalyzeInterpolatedText(node, index), SyntaxKind.InterpolatedStringText);
            start.RegisterSyntaxNodeAction(node => AnalyzeBuiltFromConstant(node, index), SyntaxKind.AddExpression, SyntaxKind.InterpolatedStringExpression);
        });
    }

    /// <summary>
    /// A path whose tenant segment comes from a constant written elsewhere (<c>Routes.TenantBackup + "/snapshots/" + id</c>,
    /// <c>$"{Routes.TenantBackup}/snapshots/{id}"</c>): no literal here has the characteristic segment, so the literal
    /// triggers never fire. Looked at only for a whole string expression with a literal piece holding a <c>/</c>, and
    /// only its simple-name and member-access operands are asked for a constant value, so ordinary concatenations
    /// cost a syntax walk.
    /// </summary>
    private static void AnalyzeBuiltFromConstant(SyntaxNodeAnalysisContext context, ClientMethodIndex? index)
    {
        var root = (ExpressionSyntax)context.Node;
        if (RouteStringTemplate.FindRoot(root) != root)
        {
            return; // an inner part: the outermost expression is looked at once
        }

        // Most additions are arithmetic and most strings are not paths: a syntax walk that allocates nothing decides.
        var scan = new PathTextScan();
        if (!RouteStringTemplate.WalkPieces(root, ref scan) || !scan.HasPathText)
        {
            return; // a literal trigger reports this expression, or no literal piece of it looks like a path
        }

        var operands = new List<ExpressionSyntax>();
        RouteStringTemplate.CollectNamedOperands(root, operands);
        foreach (var operand in operands)
        {
            var value = context.SemanticModel.GetConstantValue(operand, context.CancellationToken);
            if (value is { HasValue: true, Value: string text } && SunsetRouteMatch.MayMatch(text))
            {
                Report(context, index, root);
                return;
            }
        }
    }

    private static void AnalyzeLiteral(SyntaxNodeAnalysisContext context, ClientMethodIndex? index)
    {
        var literal = (LiteralExpressionSyntax)context.Node;
        if (SunsetRouteMatch.MayMatch(literal.Token.ValueText))
        {
            Analyze(context, index, literal, literal.Token);
        }
    }

    private static void AnalyzeInterpolatedText(SyntaxNodeAnalysisContext context, ClientMethodIndex? index)
    {
        var text = (InterpolatedStringTextSyntax)context.Node;
        if (SunsetRouteMatch.MayMatch(text.TextToken.ValueText) && text.Parent is InterpolatedStringExpressionSyntax interpolated)
        {
            Analyze(context, index, interpolated, text.TextToken);
        }
    }

    /// <summary>The rare path: this piece has the characteristic segment, so the whole string expression is built and matched.</summary>
    private static void Analyze(SyntaxNodeAnalysisContext context, ClientMethodIndex? index, ExpressionSyntax piece, SyntaxToken trigger)
    {
        if (RouteStringTemplate.RootForFirstTrigger(piece, trigger, SunsetRouteMatch.MayMatch) is { } root)
        {
            Report(context, index, root);
        }
    }

    /// <summary>Builds the whole expression's value and reports it if it has a tenant backup path's shape.</summary>
    private static void Report(SyntaxNodeAnalysisContext context, ClientMethodIndex? index, ExpressionSyntax root)
    {
        var template = RouteStringTemplate.Build(root, context.SemanticModel, context.CancellationToken);
        var match = SunsetRouteMatch.TryMatch(template.Text);
        if (match is null || IsAtlasClientRoute(root, context.SemanticModel, index, context))
        {
            return;
        }

        var op = match.Operation;
        context.ReportDiagnostic(Diagnostic.Create(
            SunsetDiagnostics.ForOperation(SunsetDiagnostics.String, op),
            root.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SunsetDiagnostics.OperationIdProperty, op.OperationId),
            op.OperationId,
            op.SunsetDate,
            SunsetMessages.ReplacementId(op),
            SunsetMessages.ReplacementMethod(op),
            SunsetMessages.ReplacementPath(op),
            SunsetMessages.ReplacementVersion(op)));
    }

    /// <summary>True where ATLAS0001 already reports: the route argument of an <c>[AtlasClient]</c> method's request attribute.</summary>
    private static bool IsAtlasClientRoute(ExpressionSyntax root, SemanticModel model, ClientMethodIndex? index, SyntaxNodeAnalysisContext context)
    {
        if (index is null
            || root.Parent is not AttributeArgumentSyntax { NameEquals: null } argument
            || argument.Parent?.Parent is not AttributeSyntax attribute
            || AtlasRequest.RouteArgument(attribute) != argument
            || attribute.Parent?.Parent is not MethodDeclarationSyntax declaration
            || model.GetDeclaredSymbol(declaration, context.CancellationToken) is not { } method)
        {
            return false;
        }

        return index.ForInterfaceMethod(method) is not null;
    }
}

/// <summary>
/// Over a string expression's literal pieces: stops at one with the characteristic segment (a literal trigger reports
/// that expression), and notes whether one holds a <c>/</c>.
/// </summary>
internal struct PathTextScan : IStringPieceVisitor
{
    public bool HasPathText { get; private set; }

    public bool Text(SyntaxToken token)
    {
        var text = token.ValueText;
        HasPathText |= text.IndexOf('/') >= 0;
        return !SunsetRouteMatch.MayMatch(text);
    }

    public bool Operand(ExpressionSyntax operand) => true;
}
