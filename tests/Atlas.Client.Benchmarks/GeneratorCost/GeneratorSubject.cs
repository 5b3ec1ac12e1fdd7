using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Benchmarks.GeneratorCost;

/// <summary>
/// One generator under measurement with its dialect's parsed sources and the three edits: everything prepared once,
/// outside the timed region, so each measurement times generator work only.
/// </summary>
internal sealed class GeneratorSubject
{
    private static readonly CSharpParseOptions s_parseOptions = CSharpParseOptions.Default.WithLanguageVersion(LanguageVersion.Latest);

    private static readonly CSharpCompilationOptions s_compilationOptions =
        new(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable);

    private readonly IReadOnlyList<SyntheticInterfaces.SourceFile> _files;
    private readonly SyntheticInterfaces.SourceFile _unrelatedEdited;
    private readonly SyntheticInterfaces.SourceFile _interfaceEdited;
    private readonly SyntheticInterfaces.SourceFile _addedInterface;
    private readonly string _interfacePath;

    public GeneratorSubject(string name, Dialect dialect, IReadOnlyList<ISourceGenerator> generators, int interfaces, int methods, ImmutableArray<MetadataReference> references)
    {
        Name = name;
        Generators = generators.ToImmutableArray();
        References = references;
        Interfaces = interfaces;
        _files = SyntheticInterfaces.Create(dialect, interfaces, methods);
        _unrelatedEdited = SyntheticInterfaces.Unrelated(edited: true);
        var middle = interfaces / 2;
        _interfacePath = SyntheticInterfaces.InterfaceFileName(middle);
        _interfaceEdited = SyntheticInterfaces.Interface(dialect, middle, methods, edited: true);
        _addedInterface = SyntheticInterfaces.Interface(dialect, interfaces, methods, edited: false);
    }

    public string Name { get; }

    public ImmutableArray<ISourceGenerator> Generators { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public int Interfaces { get; }

    /// <summary>
    /// A fresh compilation over freshly parsed trees, with the edits' trees: no semantic state, and no syntax node a
    /// generator may have remembered, carried over from another run, so "cold" is cold for every generator.
    /// </summary>
    public Run NewRun()
    {
        var trees = _files.Select(Parse).ToImmutableArray();
        return new Run(
            CSharpCompilation.Create("Bench", trees, References, s_compilationOptions),
            trees.Single(t => t.FilePath == SyntheticInterfaces.UnrelatedFile),
            Parse(_unrelatedEdited),
            trees.Single(t => t.FilePath == _interfacePath),
            Parse(_interfaceEdited),
            Parse(_addedInterface));
    }

    /// <summary>One run's compilation and the trees its edits swap in (AddedInterface: one more interface, in a new file).</summary>
    public sealed record Run(
        CSharpCompilation Compilation, SyntaxTree UnrelatedTree, SyntaxTree UnrelatedEdited, SyntaxTree InterfaceTree, SyntaxTree InterfaceEdited,
        SyntaxTree AddedInterface);

    public GeneratorDriver NewDriver(bool trackSteps)
        => CSharpGeneratorDriver.Create(
            Generators,
            parseOptions: s_parseOptions,
            optionsProvider: new BuildPropertyOptions(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static SyntaxTree Parse(SyntheticInterfaces.SourceFile file)
        => CSharpSyntaxTree.ParseText(file.Text, s_parseOptions, path: file.Path);
}
