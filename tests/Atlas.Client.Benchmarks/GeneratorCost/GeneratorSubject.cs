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

    public GeneratorSubject(string name, Dialect dialect, IReadOnlyList<ISourceGenerator> generators, int interfaces, int methods, ImmutableArray<MetadataReference> references)
    {
        Name = name;
        Generators = generators.ToImmutableArray();
        References = references;
        Interfaces = interfaces;
        Trees = SyntheticInterfaces.Create(dialect, interfaces, methods).Select(Parse).ToImmutableArray();
        UnrelatedTree = Trees.Single(t => t.FilePath == SyntheticInterfaces.UnrelatedFile);
        UnrelatedEdited = Parse(SyntheticInterfaces.Unrelated(edited: true));
        var middle = interfaces / 2;
        InterfaceTree = Trees.Single(t => t.FilePath == SyntheticInterfaces.InterfaceFileName(middle));
        InterfaceEdited = Parse(SyntheticInterfaces.Interface(dialect, middle, methods, edited: true));
        AddedInterface = Parse(SyntheticInterfaces.Interface(dialect, interfaces, methods, edited: false));
    }

    public string Name { get; }

    public ImmutableArray<ISourceGenerator> Generators { get; }

    public ImmutableArray<MetadataReference> References { get; }

    public int Interfaces { get; }

    public ImmutableArray<SyntaxTree> Trees { get; }

    public SyntaxTree UnrelatedTree { get; }

    public SyntaxTree UnrelatedEdited { get; }

    public SyntaxTree InterfaceTree { get; }

    public SyntaxTree InterfaceEdited { get; }

    /// <summary>One more interface, in a new file (index <see cref="Interfaces"/>), for the "added interface" run.</summary>
    public SyntaxTree AddedInterface { get; }

    /// <summary>A fresh compilation over the already-parsed trees: no semantic state carried over from another run.</summary>
    public CSharpCompilation NewCompilation() => CSharpCompilation.Create("Bench", Trees, References, s_compilationOptions);

    public GeneratorDriver NewDriver(bool trackSteps)
        => CSharpGeneratorDriver.Create(
            Generators,
            parseOptions: s_parseOptions,
            optionsProvider: new BuildPropertyOptions(),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));

    private static SyntaxTree Parse(SyntheticInterfaces.SourceFile file)
        => CSharpSyntaxTree.ParseText(file.Text, s_parseOptions, path: file.Path);
}
