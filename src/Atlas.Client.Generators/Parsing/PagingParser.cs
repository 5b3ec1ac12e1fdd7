using System;
using System.Linq;
using System.Threading;
using Atlas.Client.Generators.Descriptors;
using Atlas.Client.Generators.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// The rules of an <c>IAsyncEnumerable&lt;T&gt;</c> method (ATLAS1020): it reads a list with GET, and the parameters it
/// sends as <c>pageNum</c> and <c>itemsPerPage</c>, which choose the walk's first page and page size, are <c>int</c> or
/// <c>int?</c> (the walk numbers pages itself).
/// </summary>
internal static class PagingParser
{
    public const string PageNumQueryName = "pageNum";
    public const string ItemsPerPageQueryName = "itemsPerPage";

    public static PagingModel Parse(
        IMethodSymbol method, string httpMethod, AttributeData? request, ITypeSymbol itemType, EquatableArray<ParameterModel> parameters,
        MethodContext context, Action<DiagnosticDescriptor, Location?, object?[]> fail)
    {
        var item = itemType.ToDisplayString();
        if (httpMethod.Length > 0 && httpMethod != "GET")
        {
            fail(ClientDiagnostics.InvalidPagedMethod, AttributeLocation(request, context.CancellationToken) ?? ClientParser.LocationOf(method),
                new object?[] { method.Name, item, $"it is a {httpMethod}; a list is read with [Get]" });
        }

        string? pageNum = null;
        string? itemsPerPage = null;
        for (var i = 0; i < parameters.Count; i++)
        {
            var model = parameters[i];
            if (model.Role != ParameterRole.Query || model.QueryName is not (PageNumQueryName or ItemsPerPageQueryName))
            {
                continue;
            }

            var underlying = ParameterTypes.Underlying(method.Parameters[i].Type, out _);
            if (underlying.SpecialType != SpecialType.System_Int32)
            {
                fail(ClientDiagnostics.InvalidPagedMethod, ClientParser.LocationOf(method.Parameters[i]), new object?[]
                {
                    method.Name, item,
                    $"its paging parameter '{model.MetadataName}' (sent as {model.QueryName}) is '{method.Parameters[i].Type.ToDisplayString()}'; declare it int? (null starts at page 1 with 100 items per page)",
                });
                continue;
            }

            if (model.QueryName == PageNumQueryName)
            {
                pageNum = model.Name;
            }
            else
            {
                itemsPerPage = model.Name;
            }
        }

        return new PagingModel(pageNum, itemsPerPage);
    }

    private static Location? AttributeLocation(AttributeData? attribute, CancellationToken cancellationToken)
        => attribute?.ApplicationSyntaxReference?.GetSyntax(cancellationToken) is AttributeSyntax syntax ? syntax.GetLocation() : null;
}
