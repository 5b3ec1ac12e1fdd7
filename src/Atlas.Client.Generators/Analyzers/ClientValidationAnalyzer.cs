using System.Collections.Immutable;
using System.Linq;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Parsing;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Atlas.Client.Generators.Analyzers;

/// <summary>
/// Reports every ATLAS1xxx problem of an <c>[AtlasClient]</c> interface. It runs the generator's own parser with a sink
/// that reports, so the rules exist once; the generator stays free of diagnostics and its cached model free of locations.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ClientValidationAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = ImmutableArray.Create(
        ClientDiagnostics.InterfaceNotPartial,
        ClientDiagnostics.PlaceholderWithoutParameter,
        ClientDiagnostics.InvalidRouteTemplate,
        ClientDiagnostics.MissingVersion,
        ClientDiagnostics.MalformedVersion,
        ClientDiagnostics.UnsupportedReturnType,
        ClientDiagnostics.GenericMethod,
        ClientDiagnostics.NoJsonMetadata,
        ClientDiagnostics.CollidingMember,
        ClientDiagnostics.MissingHttpAttribute,
        ClientDiagnostics.UnsupportedInterfaceMember,
        ClientDiagnostics.UnsupportedRouteParameterType,
        ClientDiagnostics.UnsupportedQueryParameterType,
        ClientDiagnostics.UnsupportedParameter,
        ClientDiagnostics.UnsupportedInterfaceShape,
        ClientDiagnostics.InvalidJsonContext,
        ClientDiagnostics.InvalidQueryName,
        ClientDiagnostics.LanguageVersionTooOld,
        ClientDiagnostics.BodyNotAllowed,
        ClientDiagnostics.InvalidPagedMethod);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(start =>
        {
            var known = WellKnownTypes.For(start.Compilation);
            if (known.AtlasClientAttribute is null)
            {
                return; // Atlas.Client is not referenced: nothing to check.
            }

            start.RegisterSymbolAction(symbolContext =>
            {
                var type = (INamedTypeSymbol)symbolContext.Symbol;
                if (type.TypeKind != TypeKind.Interface
                    || !type.GetAttributes().Any(a => SymbolHelpers.Is(a.AttributeClass, known.AtlasClientAttribute)))
                {
                    return;
                }

                ClientParser.Parse(type, symbolContext.Compilation, known, new Sink(symbolContext), symbolContext.CancellationToken);
            }, SymbolKind.NamedType);
        });
    }

    private sealed class Sink : IClientIssueSink
    {
        private readonly SymbolAnalysisContext _context;

        public Sink(SymbolAnalysisContext context) => _context = context;

        public void Report(DiagnosticDescriptor descriptor, Location? location, params object?[] messageArgs)
            => _context.ReportDiagnostic(Diagnostic.Create(descriptor, location, messageArgs));
    }
}
