using Atlas.Client.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Xunit;

namespace Atlas.Client.Generators.Tests;

/// <summary>
/// The generator reads literal defaults from syntax to skip binding them. Whatever it reads must be what binding gives,
/// so every shape here is formatted both ways and compared; the cases marked as literals must also really take the
/// syntax path (otherwise the comparison proves nothing about it).
/// </summary>
public sealed class DefaultValueFormatterTests
{
    private const string Declarations = """"
        #nullable enable
        using System;
        using System.Runtime.InteropServices;
        using System.Threading;

        namespace MyApp;

        internal enum Mode { Fast = 1, Slow = -2 }
        internal struct Point { public int X => 0; }
        [AttributeUsage(AttributeTargets.Parameter)] internal sealed class TagAttribute : Attribute { }

        internal interface IShapes<T, TClass, TStruct> where TClass : class where TStruct : struct
        {
            // Read from syntax.
            void Literal01(int a = 5);
            void Literal02(int a = -5);
            void Literal03(int a = 0x7FFFFFFF);
            void Literal04(int? a = 5);
            void Literal05(int? a = null);
            void Literal06(int? a = default);
            void Literal07(long a = 5L);
            void Literal08(long a = -9223372036854775807L);
            void Literal09(uint a = 5u);
            void Literal10(ulong a = 18446744073709551615);
            void Literal11(double a = 0.5);
            void Literal12(double a = -0.0);
            void Literal13(double a = 1e300);
            void Literal14(float a = 1.5f);
            void Literal15(float a = -1.5F);
            void Literal16(decimal a = 2.50m);
            void Literal17(decimal a = -2.50m);
            void Literal18(bool a = true);
            void Literal19(bool? a = false);
            void Literal20(string a = "a\"b\u00e9\n");
            void Literal21(string? a = null);
            void Literal22(string a = null!);
            void Literal23(string a = default!);
            void Literal24(object? a = null);
            void Literal25(char a = 'x');
            void Literal26(char a = '\'');
            void Literal27(CancellationToken a = default);
            void Literal28(Guid a = default);
            void Literal29(Point a = default);
            void Literal30(Point? a = null);
            void Literal31(string a = @"c:\x""y");
            void Literal32(string a = """raw "text" """);
            void Literal33(TClass? a = null);
            void Literal34(TStruct? a = default);
            void Literal35(int a);
            void Literal36(string? a = default);
            void Literal37(Mode? a = null);
            void Literal38(Mode? a = default);
            void Literal39(dynamic? a = null);
            void Literal40([Tag] int a = 7);
            void Literal41(int a = 5!);

            // Left to binding.
            void Bound01(long a = 5);
            void Bound02(double a = 5);
            void Bound03(int a = -2147483648);
            void Bound04(Mode a = Mode.Slow);
            void Bound05(Mode a = default);
            void Bound06(Mode? a = Mode.Fast);
            void Bound07(int a = default);
            void Bound08(DateTime a = default);
            void Bound09(decimal a = default);
            void Bound10(int a = int.MaxValue);
            void Bound11(byte a = 5);
            void Bound12(string? a = (null));
            void Bound13([Optional, DefaultParameterValue(3)] int a);
            void Bound14([DefaultParameterValue(3)] int a);
            void Bound15(T a = default!);
            void Bound16(ref int a);
            void Bound17(params int[] a);
            void Bound18(string a = "x" + "y");
            void Bound19(double a = (double)1);
            void Bound20(short a = -1);
            void Bound21(bool a = !true);
            void Bound22(uint a = 5);
            void Bound23(int a = +5);
            void Bound24(nint a = 5);
            void Bound25([Tag] int a);
        }
        """";

    [Fact]
    public async Task ReadingDefaultsFromSyntaxGivesWhatBindingGives()
    {
        var compilation = await GeneratorHarness.CreateCompilationAsync(false, Declarations);
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));
        var shapes = compilation.GetTypeByMetadataName("MyApp.IShapes`3")!;

        var methods = shapes.GetMembers().OfType<IMethodSymbol>().ToList();
        Assert.Equal(66, methods.Count);
        foreach (var method in methods)
        {
            var parameter = method.Parameters.Single();
            var readFromSyntax = LiteralDefaultValue.TryRead(parameter, CancellationToken.None, out _, out _);
            Assert.True(readFromSyntax == method.Name.StartsWith("Literal", StringComparison.Ordinal), $"{method.Name}: read from syntax = {readFromSyntax}");
            Assert.True(
                DefaultValueFormatter.FormatBound(parameter) == DefaultValueFormatter.Format(parameter, CancellationToken.None),
                $"{method.Name}: bound '{DefaultValueFormatter.FormatBound(parameter)}', formatted '{DefaultValueFormatter.Format(parameter, CancellationToken.None)}'");
        }
    }
}
