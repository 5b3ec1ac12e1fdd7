using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace Atlas.Client.Generators.Analyzers.Spec;

/// <summary>
/// The HTTP method a string is sent with, when the string is itself the request URI of a call that says the method:
/// <c>HttpClient.GetAsync("...")</c> and the other verb helpers (HttpClient's and System.Net.Http.Json's), or
/// <c>new HttpRequestMessage(HttpMethod.Get, "...")</c>, possibly through <c>new Uri("...")</c>. Anything else (a
/// variable, a field, a base address, a prefix concatenated later) is unknown: its method and its final path are not
/// visible here. The syntax is checked first; the semantic model is only asked about a call that has the right shape.
/// </summary>
internal static class HttpRequestUriArgument
{
    private const string HttpNamespace = "System.Net.Http";
    private const string RequestUriParameter = "requestUri";

    /// <summary>The upper-case method, or null when <paramref name="expression"/> is not a request URI argument with a known method.</summary>
    public static string? MethodOf(ExpressionSyntax expression, SemanticModel model, CancellationToken cancellationToken)
    {
        if (expression.Parent is not ArgumentSyntax argument || argument.Parent is not ArgumentListSyntax { Parent: { } call })
        {
            return null;
        }

        // new Uri("...") as an argument: the call around it decides. Its shape is checked before the semantic model.
        if (call is BaseObjectCreationExpressionSyntax uri && IsNamed(uri, "Uri")
            && uri.Parent is ArgumentSyntax uriArgument && uriArgument.Parent is ArgumentListSyntax { Parent: { } outer }
            && IsParameter(model.GetOperation(uri, cancellationToken), argument, "System", "Uri", "uriString"))
        {
            argument = uriArgument;
            call = outer;
        }

        return call switch
        {
            InvocationExpressionSyntax invocation => VerbMethodOf(invocation, argument, model, cancellationToken),
            BaseObjectCreationExpressionSyntax creation when IsNamed(creation, "HttpRequestMessage") => RequestMessageMethodOf(creation, argument, model, cancellationToken),
            _ => null,
        };
    }

    private static string? VerbMethodOf(InvocationExpressionSyntax invocation, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        var name = invocation.Expression switch
        {
            MemberAccessExpressionSyntax access => access.Name,
            MemberBindingExpressionSyntax binding => binding.Name,
            _ => null,
        };
        if (name is null || VerbMethodOf(name.Identifier.ValueText) is not { } method)
        {
            return null;
        }

        var operation = model.GetOperation(invocation, cancellationToken) as IInvocationOperation;
        var type = operation?.TargetMethod.ContainingType;
        if (type is null || !(IsType(type, HttpNamespace, "HttpClient") || IsType(type, HttpNamespace + ".Json", "HttpClientJsonExtensions")))
        {
            return null;
        }

        return ArgumentFor(operation!.Arguments, argument)?.Parameter?.Name == RequestUriParameter ? method : null;
    }

    private static string? RequestMessageMethodOf(BaseObjectCreationExpressionSyntax creation, ArgumentSyntax argument, SemanticModel model, CancellationToken cancellationToken)
    {
        var operation = model.GetOperation(creation, cancellationToken);
        if (!IsParameter(operation, argument, HttpNamespace, "HttpRequestMessage", RequestUriParameter))
        {
            return null;
        }

        foreach (var candidate in ((IObjectCreationOperation)operation!).Arguments)
        {
            if (candidate.Parameter?.Name == "method")
            {
                return HttpMethodValue(candidate.Value);
            }
        }

        return null;
    }

    /// <summary>The verb helpers of HttpClient and HttpClientJsonExtensions, by name; the type is checked after.</summary>
    private static string? VerbMethodOf(string name) => name switch
    {
        "GetAsync" or "GetStringAsync" or "GetStreamAsync" or "GetByteArrayAsync" or "GetFromJsonAsync" => "GET",
        "PostAsync" or "PostAsJsonAsync" => "POST",
        "PutAsync" or "PutAsJsonAsync" => "PUT",
        "PatchAsync" or "PatchAsJsonAsync" => "PATCH",
        "DeleteAsync" or "DeleteFromJsonAsync" => "DELETE",
        _ => null,
    };

    /// <summary><c>HttpMethod.Get</c> and the other verbs' properties, or <c>new HttpMethod("GET")</c> with a constant.</summary>
    private static string? HttpMethodValue(IOperation value)
    {
        switch (value)
        {
            case IPropertyReferenceOperation { Property: { IsStatic: true } property } when IsType(property.ContainingType, HttpNamespace, "HttpMethod"):
                var upper = property.Name.ToUpperInvariant();
                return IsVerb(upper) ? upper : null;
            case IObjectCreationOperation { Constructor: { } constructor, Arguments.Length: 1 } creation
                when IsType(constructor.ContainingType, HttpNamespace, "HttpMethod")
                     && creation.Arguments[0].Value.ConstantValue is { HasValue: true, Value: string text } && IsVerb(text):
                return text;
            default:
                return null;
        }
    }

    private static bool IsVerb(string method) => method is "GET" or "POST" or "PUT" or "PATCH" or "DELETE";

    /// <summary>True when the creation or call binds <paramref name="argument"/> to the named parameter of a member of the named type.</summary>
    private static bool IsParameter(IOperation? operation, ArgumentSyntax argument, string ns, string typeName, string parameter)
        => operation is IObjectCreationOperation { Constructor: { } constructor } creation
           && IsType(constructor.ContainingType, ns, typeName)
           && ArgumentFor(creation.Arguments, argument)?.Parameter?.Name == parameter;

    private static IArgumentOperation? ArgumentFor(ImmutableArray<IArgumentOperation> arguments, ArgumentSyntax argument)
    {
        foreach (var candidate in arguments)
        {
            if (candidate.Syntax == argument)
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>A syntactic look at the created type's name (<c>new Uri</c>, <c>new System.Uri</c>, target-typed <c>new</c>).</summary>
    private static bool IsNamed(BaseObjectCreationExpressionSyntax creation, string name)
    {
        if (creation is not ObjectCreationExpressionSyntax { Type: var type })
        {
            return creation is ImplicitObjectCreationExpressionSyntax;
        }

        var simple = type switch
        {
            QualifiedNameSyntax qualified => qualified.Right,
            AliasQualifiedNameSyntax alias => alias.Name,
            SimpleNameSyntax plain => plain,
            _ => null,
        };
        return simple?.Identifier.ValueText == name;
    }

    private static bool IsType(ITypeSymbol type, string ns, string name)
        => type.Name == name && type.ContainingNamespace?.ToDisplayString() == ns;
}
