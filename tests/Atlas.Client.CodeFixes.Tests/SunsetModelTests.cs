using Atlas.Client.Generators.Analyzers.Sunset;
using Atlas.Client.Generators.Descriptors;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using Analyze = Atlas.Client.CodeFixes.Tests.AnalyzerVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetModelAnalyzer>;
using Fix = Atlas.Client.CodeFixes.Tests.CodeFixVerifier<Atlas.Client.Generators.Analyzers.Sunset.SunsetModelAnalyzer, Atlas.Client.CodeFixes.SunsetModelCodeFixProvider>;

namespace Atlas.Client.CodeFixes.Tests;

public class SunsetModelTests
{
    [Fact]
    public Task Every_reference_to_the_tenant_model_is_reported_but_not_doc_comments() => Analyze.VerifyAsync("""
        using Alias = Atlas.Client.{|#5:BackupTenantSnapshot|};

        /// <summary>Replaces <see cref="BackupTenantSnapshot"/>.</summary>
        public static class Uses
        {
            public static {|#0:BackupTenantSnapshot|}? Field;

            public static object Make(List<Atlas.Client.{|#1:BackupTenantSnapshot|}> list)
            {
                var created = new {|#2:BackupTenantSnapshot|}();
                var type = typeof(global::Atlas.Client.{|#3:BackupTenantSnapshot|});
                return ({|#4:BackupTenantSnapshot|})(object)created;
            }
        }
        """,
        Expected(0), Expected(1), Expected(2), Expected(3), Expected(4), Expected(5));

    [Fact]
    public Task A_name_spelled_with_a_unicode_escape_or_cut_by_the_text_scans_chunk_boundary_is_still_found()
    {
        // The analyzer skips files whose text never spells the name, reading the text in 8 KB chunks: an escaped
        // letter and a name that straddles the first chunk boundary must not slip through that shortcut.
        var escaped = TestSetup.Usings + """
            public static class Escaped
            {
                public static {|#0:\u0042ackupTenantSnapshot|}? Field;
            }
            """;
        var head = TestSetup.Usings + "public static class Padded\n{\n    // ";
        var beforeName = "\n    public static ";
        var padding = new string('x', 8192 - 5 - head.Length - beforeName.Length); // the name starts 5 characters before the boundary
        var padded = head + padding + beforeName + "{|#1:BackupTenantSnapshot|}? Field;\n}\n";
        var test = TestSetup.Configure(new CSharpAnalyzerTest<SunsetModelAnalyzer, DefaultVerifier>());
        test.TestState.Sources.Add(escaped);
        test.TestState.Sources.Add(padded);
        test.ExpectedDiagnostics.Add(Expected(0));
        test.ExpectedDiagnostics.Add(Expected(1).WithArguments("BackupTenantSnapshot", "getSharedClusterBackup", "2026-01-22", "FlexBackupSnapshot", "getFlexBackup"));
        return test.RunAsync();
    }

    [Fact]
    public Task Flex_model_and_a_user_type_of_the_same_name_are_not_reported() => Analyze.VerifyAsync("""
        namespace Mine
        {
            public sealed class BackupTenantSnapshot { }

            public static class Uses
            {
                public static BackupTenantSnapshot Mine = new BackupTenantSnapshot();
                public static FlexBackupSnapshot Flex = new FlexBackupSnapshot();
            }
        }
        """);

    [Fact]
    public Task Fix_uses_FlexBackupSnapshot_keeping_qualification() => Fix.VerifyAsync("""
        public static class Uses
        {
            public static {|ATLAS0004:BackupTenantSnapshot|}? Field;
            public static Atlas.Client.{|ATLAS0004:BackupTenantSnapshot|} Make() => new global::Atlas.Client.{|ATLAS0004:BackupTenantSnapshot|}();
        }
        """, """
        public static class Uses
        {
            public static FlexBackupSnapshot? Field;
            public static Atlas.Client.FlexBackupSnapshot Make() => new global::Atlas.Client.FlexBackupSnapshot();
        }
        """);

    [Fact]
    public Task Fix_qualifies_FlexBackupSnapshot_where_a_type_of_that_name_is_in_the_way() => Fix.VerifyAsync("""
        namespace Mine
        {
            public sealed class FlexBackupSnapshot { }

            public static class Uses
            {
                public static {|ATLAS0004:BackupTenantSnapshot|}? Field;
            }
        }
        """, """
        namespace Mine
        {
            public sealed class FlexBackupSnapshot { }

            public static class Uses
            {
                public static Atlas.Client.FlexBackupSnapshot? Field;
            }
        }
        """);

    private static Microsoft.CodeAnalysis.Testing.DiagnosticResult Expected(int location)
        => Analyze.Diagnostic(SunsetDiagnostics.ModelId).WithLocation(location)
            .WithArguments("BackupTenantSnapshot", "getSharedClusterBackup", "2026-01-22", "FlexBackupSnapshot", "getFlexBackup");
}
