using System.Linq;
using Atlas.Client.Generators.Model;
using Microsoft.CodeAnalysis.CSharp;

namespace Atlas.Client.Generators.Emitting;

/// <summary>
/// Writes <c>{Name}Client.g.cs</c> from a <see cref="ClientModel"/>: a sealed partial class whose methods validate
/// their arguments, build the URI through <c>AtlasUriBuilder</c> and hand over to <c>AtlasHttpInvoker</c> with the
/// operation's static descriptor and the result's compile-time <c>JsonTypeInfo</c>. Only writes text.
/// </summary>
internal static class ClientEmitter
{
    private const string Http = "global::Atlas.Client.Http.";

    public static string Emit(ClientModel client)
    {
        var writer = new IndentedWriter();
        GeneratorInfo.WriteHeader(writer);
        if (client.Namespace is not null)
        {
            writer.Open("namespace " + client.Namespace);
        }

        foreach (var outer in client.ContainingTypes)
        {
            writer.Open("partial " + outer.Keyword + " " + outer.Name);
        }

        WriteClass(writer, client);

        foreach (var _ in client.ContainingTypes)
        {
            writer.Close();
        }

        if (client.Namespace is not null)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static void WriteClass(IndentedWriter writer, ClientModel client)
    {
        // The cref is global::-qualified like the code: a bare A.B.IX would bind to a nearer A when the client is nested
        // in types that repeat a name (A.B.A.B). Interfaces are never generic here, so no {T} form is needed.
        writer.Line($"/// <summary>The generated Atlas Administration API client for <see cref=\"{client.InterfaceType}\"/>.</summary>");
        writer.Line(GeneratorInfo.GeneratedCodeAttribute);
        writer.Open($"{client.Accessibility} sealed partial class {client.ClientName} : {client.InterfaceType}");

        foreach (var method in client.Methods.Where(m => m.Unsupported is null))
        {
            var sunset = method.SunsetOperationId is null ? string.Empty : ", " + Literal(method.SunsetOperationId);
            writer.Line($"private static readonly {Http}AtlasOperation {method.OperationField} = new {Http}AtlasOperation(");
            writer.Line($"    {Literal(client.InterfaceName + "." + method.Name.TrimStart('@'))}, {Literal(method.HttpMethod)}, {Literal(method.RouteTemplate)}, {Literal(method.Version)}{sunset});");
            writer.Line();
        }

        writer.Line($"private readonly {Http}AtlasHttpInvoker __invoker;");
        writer.Line();
        writer.Line("/// <summary>Creates a client that sends through <paramref name=\"httpClient\"/> (to https://cloud.mongodb.com when it has no BaseAddress).</summary>");
        writer.Line("/// <param name=\"httpClient\">The HttpClient that sends every request; its handlers add authentication.</param>");
        writer.Line($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient)");
        writer.Line("    : this(httpClient, new global::Atlas.Client.AtlasClientOptions())");
        writer.Line("{");
        writer.Line("}");
        writer.Line();
        writer.Line("/// <summary>Creates a client that sends through <paramref name=\"httpClient\"/> with <paramref name=\"options\"/>.</summary>");
        writer.Line("/// <param name=\"httpClient\">The HttpClient that sends every request; its handlers add authentication.</param>");
        writer.Line("/// <param name=\"options\">The base address used when the HttpClient has none, deprecation callbacks and logging.</param>");
        writer.Open($"public {client.ClientName}(global::System.Net.Http.HttpClient httpClient, global::Atlas.Client.AtlasClientOptions options)");
        writer.Line($"this.__invoker = new {Http}AtlasHttpInvoker(httpClient, options);");
        writer.Close();

        foreach (var method in client.Methods)
        {
            writer.Line();
            if (method.Unsupported is null)
            {
                WriteMethod(writer, method);
            }
            else
            {
                WriteUnsupportedMethod(writer, method);
            }
        }

        foreach (var stub in client.Stubs)
        {
            writer.Line();
            writer.Open(stub.Declaration);
            foreach (var accessor in stub.Accessors)
            {
                writer.Line($"{accessor} => throw new global::System.NotSupportedException(\"ATLAS1011: a generated Atlas client cannot implement this member; see the build error.\");");
            }

            writer.Close();
        }

        writer.Close();
    }

    private static void WriteMethod(IndentedWriter writer, MethodModel method)
    {
        writer.Line("/// <inheritdoc />");
        writer.Open(Signature(method));

        foreach (var parameter in method.Parameters.Where(p => p.Role == ParameterRole.Route && p.CanBeNull))
        {
            // Every null check comes before the URI is started, so a bad argument never costs a request or a buffer.
            writer.Line($"if ({parameter.Name} is null) throw new global::System.ArgumentNullException({Literal(parameter.MetadataName)});");
        }

        var capacity = method.RouteTemplate.Length + (16 * method.Parameters.Count(p => p.Role == ParameterRole.Query));
        var uri = UriLocal(method);
        writer.Line($"var {uri} = new {Http}AtlasUriBuilder(this.__invoker, {capacity});");
        foreach (var part in method.Route)
        {
            if (part.Literal is not null)
            {
                writer.Line($"{uri}.AppendLiteral({Literal(part.Literal)});");
                continue;
            }

            var parameter = method.Parameters.First(p => p.MetadataName == part.ParameterName);
            var value = parameter.IsNullableValueType ? parameter.Name + ".GetValueOrDefault()" : parameter.Name;
            writer.Line(parameter.RouteFormat switch
            {
                "" when part.WholeSegment => $"{uri}.AppendSegment({value}, {Literal(parameter.MetadataName)});",
                "" => $"{uri}.AppendSegmentPart({value}, {Literal(parameter.MetadataName)});",
                "Guid" => $"{uri}.AppendSegment({value});",
                _ => $"{uri}.AppendSegment(({parameter.RouteFormat}){value});",
            });
        }

        foreach (var parameter in method.Parameters.Where(p => p.Role == ParameterRole.Query))
        {
            writer.Line($"{uri}.AppendQuery({Literal(parameter.QueryName!)}, {parameter.Name});");
        }

        var cancellation = method.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Cancellation)?.Name ?? "default";
        var request = $"{uri}.ToRequest({method.OperationField}), {method.OperationField}";
        if (method.Result is null)
        {
            writer.Line($"return this.__invoker.SendAsync({request}, {cancellation});");
        }
        else
        {
            var send = method.Result.MayBeNull ? "SendNullableAsync" : "SendAsync";
            var call = $"this.__invoker.{send}({request}, {method.Result.TypeInfoExpression}, {method.EnvelopeCondition ?? "false"}, {cancellation})";
            writer.Line(method.Shape == ReturnShape.ValueTaskOfT
                ? $"return new {method.ReturnType}({call});"
                : $"return {call};");
        }

        writer.Close();
    }

    /// <summary>The URI builder's local: <c>__uri</c>, unless a parameter already has that name.</summary>
    private static string UriLocal(MethodModel method)
    {
        var name = "__uri";
        for (var i = 2; method.Parameters.Any(p => p.MetadataName == name); i++)
        {
            name = "__uri" + i;
        }

        return name;
    }

    private static void WriteUnsupportedMethod(IndentedWriter writer, MethodModel method)
    {
        writer.Line("/// <inheritdoc />");
        writer.Line(Signature(method));
        writer.Line($"    => throw new global::System.NotSupportedException(\"{method.Unsupported}: the Atlas.Client generator could not implement this method; see the build error.\");");
    }

    private static string Signature(MethodModel method)
    {
        var isExplicit = method.ExplicitInterface is not null;
        var parameters = string.Join(", ", method.Parameters.Select(p =>
            p.Modifier + p.Type + " " + p.Name + (p.DefaultValue is null || isExplicit ? string.Empty : " = " + p.DefaultValue)));
        return isExplicit
            ? $"{method.ReturnType} {method.ExplicitInterface}.{method.Name}{method.TypeParameters}({parameters})"
            : $"public {method.ReturnType} {method.Name}{method.TypeParameters}({parameters})";
    }

    internal static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

}
