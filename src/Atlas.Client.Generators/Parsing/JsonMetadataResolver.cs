using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// Finds, at compile time, the <c>JsonTypeInfo&lt;T&gt;</c> property a generated method reads with: the built-in
/// models' <c>Atlas.Client.AtlasJsonContext</c> first, then the interface's own <c>JsonContext</c>. Only types a
/// context lists in a <c>[JsonSerializable]</c> attribute count, since only those are guaranteed a property whose name
/// can be computed (<see cref="StjTypeInfoNaming"/>, or the attribute's <c>TypeInfoPropertyName</c>).
/// </summary>
internal static class JsonMetadataResolver
{
    /// <summary>The outcome: the property expression, or why there is none ("… which {Failure}; {Fix}").</summary>
    public readonly struct Resolution
    {
        public Resolution(string? expression, string? failure, string? fix)
        {
            Expression = expression;
            Failure = failure;
            Fix = fix;
        }

        public string? Expression { get; }

        public string? Failure { get; }

        public string? Fix { get; }
    }

    public static Resolution Resolve(ITypeSymbol type, KnownSymbols known, INamedTypeSymbol? userContext)
    {
        string? failure = null;
        string? fix = null;
        if (known.AtlasJsonContext is { } atlasContext)
        {
            var builtIn = FindIn(atlasContext, type, known, ref failure, ref fix);
            if (builtIn is not null)
            {
                return new Resolution(builtIn, null, null);
            }
        }

        if (userContext is not null)
        {
            var own = FindIn(userContext, type, known, ref failure, ref fix);
            if (own is not null)
            {
                return new Resolution(own, null, null);
            }
        }

        if (failure is not null)
        {
            return new Resolution(null, failure, fix);
        }

        var typeName = type.ToDisplayString();
        return userContext is null
            ? new Resolution(
                null,
                "is not a built-in Atlas.Client model, and the interface names no JsonContext",
                $"add [JsonSerializable(typeof({typeName}))] to a JsonSerializerContext of yours and name it with [AtlasClient(JsonContext = typeof(…))]")
            : new Resolution(
                null,
                $"neither Atlas.Client.AtlasJsonContext nor {Display(userContext)} lists in a [JsonSerializable] attribute",
                $"add [JsonSerializable(typeof({typeName}))] to {Display(userContext)}");
    }

    private static string? FindIn(INamedTypeSymbol context, ITypeSymbol type, KnownSymbols known, ref string? failure, ref string? fix)
    {
        string? match = null;
        var firstOwnerOfName = new System.Collections.Generic.Dictionary<string, ITypeSymbol>(System.StringComparer.Ordinal);
        foreach (var attribute in context.GetAttributes())
        {
            if (!KnownSymbols.Is(attribute.AttributeClass, known.JsonSerializableAttribute)
                || attribute.ConstructorArguments.Length != 1
                || attribute.ConstructorArguments[0].Value is not ITypeSymbol root)
            {
                continue;
            }

            var propertyName = StjTypeInfoNaming.PropertyNameOf(root);
            string? unusableName = null;
            foreach (var named in attribute.NamedArguments)
            {
                if (named.Key == "TypeInfoPropertyName" && named.Value.Value is string explicitName && explicitName.Length > 0)
                {
                    propertyName = explicitName;
                    // The JSON generator makes it a property name as it is: anything but a plain identifier breaks its
                    // code, and naming that property from ours would break ours too.
                    unusableName = SyntaxFacts.IsValidIdentifier(explicitName) && SyntaxFacts.GetKeywordKind(explicitName) == SyntaxKind.None
                        ? null
                        : explicitName;
                }
            }

            if (unusableName is not null)
            {
                if (match is null && SymbolEqualityComparer.Default.Equals(root, type))
                {
                    failure = $"{Display(context)} lists under TypeInfoPropertyName \"{unusableName}\", which is not a C# identifier";
                    fix = $"give the [JsonSerializable(typeof({type.ToDisplayString()}))] attribute a TypeInfoPropertyName that is an identifier, or none";
                }

                continue;
            }

            // The STJ generator keeps the first type that claims a property name and skips later ones (SYSLIB1031).
            if (!firstOwnerOfName.TryGetValue(propertyName, out var owner))
            {
                firstOwnerOfName[propertyName] = root;
                owner = root;
            }

            if (match is null && SymbolEqualityComparer.Default.Equals(root, type))
            {
                if (!SymbolEqualityComparer.Default.Equals(owner, type))
                {
                    failure = $"{Display(context)} lists under the property name '{propertyName}', which '{owner.ToDisplayString()}' already takes (the JSON generator keeps the first)";
                    fix = $"set a distinct TypeInfoPropertyName on the [JsonSerializable(typeof({type.ToDisplayString()}))] attribute";
                    continue;
                }

                match = context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".Default." + propertyName;
            }
        }

        return match;
    }

    private static string Display(INamedTypeSymbol context) => context.ToDisplayString();
}
