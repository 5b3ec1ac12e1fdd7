namespace Atlas.Client.Generators.Model;

/// <summary>The package's own DI helpers one compilation gets (see <c>PackageServicesCheck</c>).</summary>
/// <param name="NullableSyntax">Whether the files may use nullable syntax (C# 8 or later).</param>
/// <param name="Authentication">Whether to write <c>AddAtlasAuthentication</c>.</param>
/// <param name="ReadyMadeInterfaces">The library's ready-made interfaces to write an <c>Add{Name}Client</c> for (simple names).</param>
internal sealed record PackageServicesModel(bool NullableSyntax, bool Authentication, EquatableArray<string> ReadyMadeInterfaces);
