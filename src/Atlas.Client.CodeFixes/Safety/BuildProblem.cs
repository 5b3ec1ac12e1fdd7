using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Safety;

/// <summary>
/// A diagnostic that a fixed solution has and the solution it started from did not: a compiler error or warning, or
/// any diagnostic of the package's analyzers. Carries the build it was found in, so that blame and repairs can ask
/// that build's semantic model.
/// </summary>
internal sealed class BuildProblem
{
    public BuildProblem(Diagnostic diagnostic, BuildConfiguration configuration, Solution solution, ProjectId project, Compilation compilation)
    {
        Diagnostic = diagnostic;
        Project = project;
        Configuration = configuration;
        Solution = solution;
        Compilation = compilation;
    }

    public Diagnostic Diagnostic { get; }

    public BuildConfiguration Configuration { get; }

    /// <summary>The fixed solution as built in <see cref="Configuration"/>.</summary>
    public Solution Solution { get; }

    /// <summary>The project whose build has it.</summary>
    public ProjectId Project { get; }

    public Compilation Compilation { get; }

    public override string ToString() => Configuration.IsCurrent ? Diagnostic.ToString() : "[" + Configuration.Name + "] " + Diagnostic;
}
