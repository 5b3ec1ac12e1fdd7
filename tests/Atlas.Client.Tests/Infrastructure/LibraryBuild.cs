using System.Reflection;
using System.Runtime.Versioning;

namespace Atlas.Client.Tests.Infrastructure;

/// <summary>
/// Which build of the runtime library the tests run against: these sources are also compiled by
/// Atlas.Client.NetStandard.Tests against the netstandard2.0 build, where a few documented behaviours differ.
/// </summary>
internal static class LibraryBuild
{
    public static string? FrameworkName { get; } = typeof(AtlasApiException).Assembly.GetCustomAttribute<TargetFrameworkAttribute>()?.FrameworkName;

    public static bool IsNetStandard => FrameworkName == ".NETStandard,Version=v2.0";
}
