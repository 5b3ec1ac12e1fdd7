using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Atlas.Client.Generators.Parsing;

/// <summary>Where a <c>[Body]</c> parameter cannot go (ATLAS1019), and where to point at its type.</summary>
internal static class BodyParameters
{
    /// <summary>Why the parameter cannot be the request body (the end of an ATLAS1019 message), or null when it can.</summary>
    /// <param name="parameter">The <c>[Body]</c> parameter.</param>
    /// <param name="httpMethod">The method's HTTP method, empty when it has no valid HTTP attribute (reported elsewhere).</param>
    /// <param name="placeholders">The route's placeholder names.</param>
    /// <param name="hasQuery">Whether the parameter also has <c>[Query]</c>.</param>
    /// <param name="earlierBody">The name of a <c>[Body]</c> parameter before this one, if any.</param>
    public static string? Problem(IParameterSymbol parameter, string httpMethod, HashSet<string> placeholders, bool hasQuery, string? earlierBody)
    {
        if (placeholders.Contains(parameter.Name))
        {
            return $"fills the route placeholder '{{{parameter.Name}}}' and also has [Body]; a value goes to one place: remove [Body], or rename the placeholder";
        }

        if (hasQuery)
        {
            return "has both [Body] and [Query]; a value goes to one place: remove one of them";
        }

        if (httpMethod is "GET" or "DELETE")
        {
            return $"has [Body], but Atlas reads no body on a {httpMethod} request; send the value as a query or route parameter, or use [Post], [Put] or [Patch] if the endpoint takes a body";
        }

        if (earlierBody is not null)
        {
            return $"is a second [Body] after '{earlierBody}'; a request has one body: put both values in one type and send that";
        }

        return null;
    }

    /// <summary>The parameter's type as written, to point ATLAS1008 at it.</summary>
    public static Location? TypeLocation(IParameterSymbol parameter, CancellationToken cancellationToken)
        => parameter.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax(cancellationToken) is ParameterSyntax { Type: { } type }
            ? type.GetLocation()
            : ClientParser.LocationOf(parameter);
}
