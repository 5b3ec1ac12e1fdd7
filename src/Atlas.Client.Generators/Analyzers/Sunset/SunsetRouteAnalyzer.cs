using System.Collections.Immutable;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace Atlas.Client.Generators.Analyzers.Sunset;

/// <summary>
/// ATLAS0001 on the route of an <c>[AtlasClient]</c> method that addresses a sunset tenant backup endpoint, and
/// ATLAS0002 on every call of such a method, through the interface or the class that implements it.
/// </summary>
[DiagnosticAnalyzer(Microsoft.CodeAnalysis.LanguageNames.CSharp)]
public sealed class SunsetRouteAnalyzer : DiagnosticAnalyzer
{
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(SunsetDiagnostics.Route, SunsetDiagnostics.Call);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(static start =>
        {
            var index = ClientMethodIndex.Create(start.Compilation);
            if (index is null)
            {
                return;
            }

            start.RegisterSymbolAction(symbol => AnalyzeMethod(symbol, index), SymbolKind.Method);
            start.RegisterOperationAction(operation => AnalyzeCall(operation, index), OperationKind.Invocation, OperationKind.MethodReference);
        });
    }

    private static void AnalyzeMethod(SymbolAnalysisContext context, ClientMethodIndex index)
    {
        var method = (IMethodSymbol)context.Symbol;
        if (method.ContainingType.TypeKind != TypeKind.Interface)
        {
            return;
        }

        var binding = index.ForInterfaceMethod(method);
        if (binding is not { Operation: { } op, Request: { } request } || request.RouteArgument(context.CancellationToken) is not { } route)
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            SunsetDiagnostics.ForOperation(SunsetDiagnostics.Route, op),
            route.Expression.GetLocation(),
            ImmutableDictionary<string, string?>.Empty.Add(SunsetDiagnostics.OperationIdProperty, op.OperationId),
            request.Route,
            op.OperationId,
            op.SunsetDate,
            SunsetMessages.ReplacementId(op),
            SunsetMessages.ReplacementMethod(op),
            SunsetMessages.ReplacementPath(op),
            SunsetMessages.ReplacementVersion(op)));
    }

    private static void AnalyzeCall(OperationAnalysisContext context, ClientMethodIndex index)
    {
        var method = context.Operation switch
        {
            IInvocationOperation invocation => invocation.TargetMethod,
            IMethodReferenceOperation reference => reference.Method,
            _ => null,
        };

        if (method is null || !index.IsClientMethodName(method.Name) || index.ForCalledMethod(method) is not { Operation: { } op, InterfaceMethod: { } target })
        {
            return;
        }

        context.ReportDiagnostic(Diagnostic.Create(
            SunsetDiagnostics.ForOperation(SunsetDiagnostics.Call, op),
            NameLocation(context.Operation.Syntax),
            ImmutableDictionary<string, string?>.Empty.Add(SunsetDiagnostics.OperationIdProperty, op.OperationId),
            target.ContainingType.Name + "." + target.Name,
            op.OperationId,
            op.SunsetDate,
            SunsetMessages.ReplacementId(op)));
    }

    /// <summary>Where the called method is named, like the compiler's own obsolete-member warnings.</summary>
    private static Location NameLocation(SyntaxNode syntax)
    {
        var expression = syntax is InvocationExpressionSyntax invocation ? invocation.Expression : syntax;
        return expression switch
        {
            MemberAccessExpressionSyntax access => access.Name.GetLocation(),
            MemberBindingExpressionSyntax binding => binding.Name.GetLocation(),
            _ => expression.GetLocation(),
        };
    }
}
