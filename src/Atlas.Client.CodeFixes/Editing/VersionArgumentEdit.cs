using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.CodeFixes.Editing;

/// <summary>Sets the <c>Version</c> named argument of a request attribute: replaces its value, or adds it after the last argument.</summary>
internal static class VersionArgumentEdit
{
    public static SourceEdit For(DocumentId document, AttributeSyntax attribute, string version)
    {
        var literal = "\"" + version + "\"";
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        if (arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == "Version") is { } existing)
        {
            return new SourceEdit(document, existing.Expression.Span, literal);
        }

        return arguments.Count == 0
            ? new SourceEdit(document, new TextSpan(attribute.Name.Span.End, attribute.ArgumentList?.Span.Length ?? 0), "(Version = " + literal + ")")
            : new SourceEdit(document, new TextSpan(arguments.Last().Span.End, 0), ", Version = " + literal);
    }
}
