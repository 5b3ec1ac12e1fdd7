using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;

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

    public static Resolution Resolve(ITypeSymbol type, WellKnownTypes known, INamedTypeSymbol? userContext)
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

    private static string? FindIn(INamedTypeSymbol context, ITypeSymbol type, WellKnownTypes known, ref string? failure, ref string? fix)
    {
        var entry = JsonContextIndex.For(context, known).Find(type);
        if (entry is null || entry.Expression is not null)
        {
            return entry?.Expression;
        }

        if (entry.UnusableNameText is { } unusableName)
        {
            failure = $"{Display(context)} lists under TypeInfoPropertyName \"{unusableName}\", which is not a C# identifier";
            fix = $"give the [JsonSerializable(typeof({type.ToDisplayString()}))] attribute a TypeInfoPropertyName that is an identifier, or none";
        }
        else
        {
            failure = $"{Display(context)} lists under the property name '{entry.TakenName}', which '{entry.Owner!.ToDisplayString()}' already takes (the JSON generator keeps the first)";
            fix = $"set a distinct TypeInfoPropertyName on the [JsonSerializable(typeof({type.ToDisplayString()}))] attribute";
        }

        return null;
    }

    private static string Display(INamedTypeSymbol context) => context.ToDisplayString();
}
