namespace Atlas.Client.Generators.Model;

/// <summary>
/// Everything the emitter needs to write one client, as plain values: no symbols, syntax or locations, so the
/// incremental pipeline can compare it with the previous run's and skip emitting when nothing changed.
/// </summary>
/// <param name="HintName">The generated file's name without extension, unique in the compilation.</param>
/// <param name="Namespace">The namespace, or null for the global namespace.</param>
/// <param name="ContainingTypes">Types the interface is nested in, outermost first (all partial, non-generic).</param>
/// <param name="InterfaceName">The interface's simple name, used in operation names (<c>IFlexSnapshots.GetFlexBackupAsync</c>).</param>
/// <param name="InterfaceType">The interface's fully qualified name (<c>global::…</c>).</param>
/// <param name="ClientName">The generated class's name (the interface name minus its leading I, plus Client).</param>
/// <param name="Accessibility">The class's accessibility keywords, the interface's own.</param>
/// <param name="ServiceRegistrationAccessibility">
/// The accessibility of the DI extension class (public or internal), or null when the client cannot be reached from
/// a top-level class (nested in a private type), so no registration is emitted.
/// </param>
/// <param name="Methods">The methods to implement, in declaration order (inherited interfaces after the interface's own).</param>
/// <param name="Stubs">Interface members a client cannot implement (properties, events, indexers): implemented explicitly so the class still compiles.</param>
internal sealed record ClientModel(
    string HintName,
    string? Namespace,
    EquatableArray<ContainingTypeModel> ContainingTypes,
    string InterfaceName,
    string InterfaceType,
    string ClientName,
    string Accessibility,
    string? ServiceRegistrationAccessibility,
    EquatableArray<MethodModel> Methods,
    EquatableArray<MemberStubModel> Stubs);

/// <summary>A type the interface is nested in: its declaration keyword (<c>class</c>, <c>record struct</c>, …) and name.</summary>
internal sealed record ContainingTypeModel(string Keyword, string Name);

/// <summary>
/// An abstract interface member the client cannot implement (ATLAS1011): written as an explicit implementation that
/// throws, so that the analyzer's error is the only one the user sees.
/// </summary>
/// <param name="Declaration">The explicit member's declaration up to its accessors, e.g. <c>int global::N.I.Count</c>.</param>
/// <param name="Accessors">The accessor keywords to implement (<c>get</c>, <c>set</c>, <c>add</c>, <c>remove</c>).</param>
internal sealed record MemberStubModel(string Declaration, EquatableArray<string> Accessors);
