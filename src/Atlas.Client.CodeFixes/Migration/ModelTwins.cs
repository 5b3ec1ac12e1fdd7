using System;
using System.Collections.Generic;
using System.Linq;
using Atlas.Client.Shared;
using Microsoft.CodeAnalysis;

namespace Atlas.Client.CodeFixes.Migration;

/// <summary>
/// The tenant models of the package and their Flex twins, read from the one sunset catalog: the response twin
/// (<c>BackupTenantSnapshot</c> → <c>FlexBackupSnapshot</c>, <c>TenantRestore</c> → <c>FlexBackupRestoreJob</c>), the request
/// body twins (<c>TenantRestore</c> as a download or restore request → <c>FlexBackupSnapshotDownloadCreate</c> or
/// <c>FlexBackupRestoreJobCreate</c>) and the properties a twin names differently.
/// </summary>
internal static class ModelTwins
{
    public const string Namespace = "Atlas.Client";

    private static readonly HashSet<string> TenantNames = new(
        SunsetCatalog.Operations.SelectMany(o => new[] { o.Model, o.BodyModel }).Where(n => n is not null)!, StringComparer.Ordinal);

    private static readonly HashSet<string> TwinNames = new(
        SunsetCatalog.Operations.SelectMany(o => new[] { o.ReplacementModel, o.ReplacementBodyModel }).Where(n => n is not null)!, StringComparer.Ordinal);

    private static readonly HashSet<string> BodyTwinNames = new(
        SunsetCatalog.Operations.Select(o => o.ReplacementBodyModel).Where(n => n is not null)!, StringComparer.Ordinal);

    /// <summary>A model of the package that only the tenant endpoints use.</summary>
    public static bool IsTenantModel(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && TenantNames.Contains(named.Name) && InPackageNamespace(named);

    /// <summary>A model of the package that a Flex endpoint uses in a tenant model's place.</summary>
    public static bool IsTwin(ITypeSymbol? type)
        => type is INamedTypeSymbol { TypeKind: TypeKind.Class } named && TwinNames.Contains(named.Name) && InPackageNamespace(named);

    /// <summary>A Flex request body model (it has a constructor taking its required fields).</summary>
    public static bool IsBodyTwin(ITypeSymbol? type) => IsTwin(type) && BodyTwinNames.Contains(type!.Name);

    /// <summary>The twin of a tenant model in an answer: the replacement model of the operations that return it.</summary>
    public static string? ResponseTwin(string tenantModel)
        => SunsetCatalog.Operations.FirstOrDefault(o => o.Model == tenantModel && o.ReplacementModel is not null)?.ReplacementModel;

    /// <summary>Whether <paramref name="twin"/> is a twin of <paramref name="tenantModel"/> in some position.</summary>
    public static bool IsTwinOf(string tenantModel, string twin)
        => SunsetCatalog.Operations.Any(o => o.Model == tenantModel && o.ReplacementModel == twin || o.BodyModel == tenantModel && o.ReplacementBodyModel == twin);

    /// <summary>The name under which <paramref name="twin"/> carries the tenant model's <paramref name="member"/>, or null.</summary>
    public static string? RenamedMember(string twin, string member)
        => SunsetCatalog.MemberRenames.FirstOrDefault(r => r.ReplacementModel == twin && r.Member == member)?.ReplacementMember;

    /// <summary>The twin type in this compilation, or null when it does not exist there.</summary>
    public static INamedTypeSymbol? Resolve(Compilation compilation, string twin) => compilation.GetTypeByMetadataName(Namespace + "." + twin);

    private static bool InPackageNamespace(INamedTypeSymbol type)
        => type.ContainingType is null && type.ContainingNamespace is { Name: "Client", ContainingNamespace: { Name: "Atlas", ContainingNamespace.IsGlobalNamespace: true } };
}
