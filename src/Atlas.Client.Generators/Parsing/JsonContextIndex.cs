using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using Atlas.Client.Generators.Reading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Parsing;

/// <summary>
/// What one <c>JsonSerializerContext</c>'s <c>[JsonSerializable]</c> attributes say about each type they list: the
/// <c>JsonTypeInfo</c> property to read it with, or, when none is usable, why. Built once per context symbol (see
/// <see cref="For"/>), because every method of every interface looks up the same context, and
/// reading its attributes and naming each type per method was the parser's second largest cost.
/// </summary>
internal sealed class JsonContextIndex
{
    // Per compilation (through its well-known types, which live exactly as long) and per context symbol.
    private static readonly ConditionalWeakTable<WellKnownTypes, ConcurrentDictionary<INamedTypeSymbol, JsonContextIndex>> PerCompilation = new();

    private readonly Dictionary<ITypeSymbol, Entry> _byType;

    /// <summary>
    /// The index of a JSON context's <c>[JsonSerializable]</c> attributes, built on the first lookup of that context in
    /// this compilation (every method of every interface asks about <c>AtlasJsonContext</c>).
    /// </summary>
    public static JsonContextIndex For(INamedTypeSymbol context, WellKnownTypes known)
        => PerCompilation
            .GetValue(known, static _ => new ConcurrentDictionary<INamedTypeSymbol, JsonContextIndex>(SymbolEqualityComparer.Default))
            .GetOrAdd(context, c => Build(c, known));

    private JsonContextIndex(Dictionary<ITypeSymbol, Entry> byType) => _byType = byType;

    /// <summary>
    /// Reads the attributes in the order the STJ generator does. For each listed type it keeps the first usable
    /// property, or else the last reason one was unusable: exactly what a walk over the attributes that stops at the
    /// first match would leave behind.
    /// </summary>
    private static JsonContextIndex Build(INamedTypeSymbol context, WellKnownTypes known)
    {
        var byType = new Dictionary<ITypeSymbol, Entry>(SymbolEqualityComparer.Default);
        var firstOwnerOfName = new Dictionary<string, ITypeSymbol>(System.StringComparer.Ordinal);
        string? contextExpression = null;
        foreach (var attribute in context.GetAttributes())
        {
            if (!SymbolHelpers.Is(attribute.AttributeClass, known.JsonSerializableAttribute)
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

            byType.TryGetValue(root, out var entry);
            if (unusableName is not null)
            {
                if (entry?.Expression is null)
                {
                    byType[root] = Entry.UnusableName(unusableName);
                }

                continue;
            }

            // The STJ generator keeps the first type that claims a property name and skips later ones (SYSLIB1031).
            if (!firstOwnerOfName.TryGetValue(propertyName, out var owner))
            {
                firstOwnerOfName[propertyName] = root;
                owner = root;
            }

            if (entry?.Expression is not null)
            {
                continue;
            }

            if (!SymbolEqualityComparer.Default.Equals(owner, root))
            {
                byType[root] = Entry.NameTaken(propertyName, owner);
                continue;
            }

            contextExpression ??= context.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat) + ".Default.";
            byType[root] = Entry.Found(contextExpression + propertyName);
        }

        return new JsonContextIndex(byType);
    }

    /// <summary>The entry for <paramref name="type"/>, or null when no attribute lists it.</summary>
    public Entry? Find(ITypeSymbol type) => _byType.TryGetValue(type, out var entry) ? entry : null;

    /// <summary>
    /// One listed type: <see cref="Expression"/> when it has a usable property; otherwise the TypeInfoPropertyName that
    /// is no identifier, or the property name and the type that took it first.
    /// </summary>
    internal sealed class Entry
    {
        private Entry(string? expression, string? unusableName, string? takenName, ITypeSymbol? owner)
        {
            Expression = expression;
            UnusableNameText = unusableName;
            TakenName = takenName;
            Owner = owner;
        }

        public string? Expression { get; }

        public string? UnusableNameText { get; }

        public string? TakenName { get; }

        public ITypeSymbol? Owner { get; }

        public static Entry Found(string expression) => new(expression, null, null, null);

        public static Entry UnusableName(string name) => new(null, name, null, null);

        public static Entry NameTaken(string propertyName, ITypeSymbol owner) => new(null, null, propertyName, owner);
    }
}
