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

        foreach (var parameter in method.Parameters.Where(p => p.Role is ParameterRole.Route or ParameterRole.Body && p.CanBeNull))
        {
            // Every null check comes before the URI is started, so a bad argument never costs a request or a buffer.
            writer.Line($"if ({parameter.Name} is null) throw new global::System.ArgumentNullException({Literal(parameter.MetadataName)});");
        }

        var uri = Local(method, "__uri");
        // Locals are declared with their type, never 'var': a user type named 'var' in scope would take the keyword's place.
        writer.Line($"{Http}AtlasUriBuilder {uri} = new {Http}AtlasUriBuilder(this.__invoker, {method.RouteTemplate.Length + QueryCapacity(method)});");
        WriteRoute(writer, method, uri);
        var cancellation = method.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Cancellation)?.Name ?? "default";
        if (method.Kind == ResultKind.Items)
        {
            WritePageWalk(writer, method, uri, cancellation);
            writer.Close();
            return;
        }

        WriteQuery(writer, method, uri, paging: null, pageNum: null, itemsPerPage: null);
        var body = method.Parameters.FirstOrDefault(p => p.Role == ParameterRole.Body);
        var request = body is null
            ? $"{uri}.ToRequest({method.OperationField}), {method.OperationField}"
            : $"{uri}.ToRequest{TypeArguments(body.Body!)}({method.OperationField}, {body.Name}, {TypeInfo(body.Body!)}), {method.OperationField}";
        var envelope = method.EnvelopeCondition ?? "false";
        var call = method.Kind switch
        {
            ResultKind.None => $"this.__invoker.SendAsync({request}, {cancellation})",
            ResultKind.Response => $"this.__invoker.SendForResponseAsync({request}, {cancellation})",
            ResultKind.ResponseOfT => $"this.__invoker.SendForResponseAsync{TypeArguments(method.Result!)}({request}, {TypeInfo(method.Result!)}, {envelope}, {cancellation})",
            _ => $"this.__invoker.{(method.Result!.MayBeNull ? "SendNullableAsync" : "SendAsync")}{TypeArguments(method.Result)}({request}, {TypeInfo(method.Result)}, {envelope}, {cancellation})",
        };
        writer.Line(method.Shape == ReturnShape.ValueTaskOfT ? $"return new {method.ReturnType}({call});" : $"return {call};");
        writer.Close();
    }

    /// <summary>
    /// An <c>IAsyncEnumerable&lt;T&gt;</c> method: the route is validated and escaped once, now; each page's request adds
    /// the query with that page's <c>pageNum</c> and <c>itemsPerPage</c> (appended when the method declares neither).
    /// </summary>
    private static void WritePageWalk(IndentedWriter writer, MethodModel method, string uri, string cancellation)
    {
        var path = Local(method, "__path");
        var page = Local(method, "__page");
        var pageNumValue = Local(method, "__pageNum");
        var itemsPerPageValue = Local(method, "__itemsPerPage");
        var paging = method.Paging ?? new PagingModel(null, null);
        var pageNum = paging.PageNum is null ? "null, \"pageNum\"" : $"{paging.PageNum}, {Literal(MetadataNameOf(method, paging.PageNum))}";
        var itemsPerPage = paging.ItemsPerPage is null ? "null, \"itemsPerPage\"" : $"{paging.ItemsPerPage}, {Literal(MetadataNameOf(method, paging.ItemsPerPage))}";
        writer.Line($"string {path} = {uri}.ToUriString();");
        writer.Line($"return this.__invoker.ReadPagesAsync{TypeArguments(method.Result!)}(").Indent();
        writer.Line($"{method.OperationField},");
        writer.Line($"{TypeInfo(method.Result!)},");
        writer.Line($"{method.EnvelopeCondition ?? "false"},");
        writer.Line($"{pageNum},");
        writer.Line($"{itemsPerPage},");
        writer.Open($"({pageNumValue}, {itemsPerPageValue}) =>");
        writer.Line($"{Http}AtlasUriBuilder {page} = new {Http}AtlasUriBuilder({path}, {QueryCapacity(method) + 32});");
        WriteQuery(writer, method, page, paging, pageNumValue, itemsPerPageValue);
        if (paging.ItemsPerPage is null)
        {
            writer.Line($"{page}.AppendQuery(\"itemsPerPage\", {itemsPerPageValue});");
        }

        if (paging.PageNum is null)
        {
            writer.Line($"{page}.AppendQuery(\"pageNum\", {pageNumValue});");
        }

        writer.Line($"return {page}.ToRequest({method.OperationField});");
        writer.Close(",");
        writer.Line($"{cancellation});").Outdent();
    }

    private static void WriteRoute(IndentedWriter writer, MethodModel method, string builder)
    {
        foreach (var part in method.Route)
        {
            if (part.Literal is not null)
            {
                writer.Line($"{builder}.AppendLiteral({Literal(part.Literal)});");
                continue;
            }

            var parameter = method.Parameters.First(p => p.MetadataName == part.ParameterName);
            var value = parameter.IsNullableValueType ? parameter.Name + ".GetValueOrDefault()" : parameter.Name;
            writer.Line(parameter.RouteFormat switch
            {
                "" when part.WholeSegment => $"{builder}.AppendSegment({value}, {Literal(parameter.MetadataName)});",
                "" => $"{builder}.AppendSegmentPart({value}, {Literal(parameter.MetadataName)});",
                "Guid" => $"{builder}.AppendSegment({value});",
                _ => $"{builder}.AppendSegment(({parameter.RouteFormat}){value});",
            });
        }
    }

    /// <summary>The query in declaration order; in a page walk, the paging parameters give way to the page's own values.</summary>
    private static void WriteQuery(
        IndentedWriter writer, MethodModel method, string builder, PagingModel? paging, string? pageNum, string? itemsPerPage)
    {
        foreach (var parameter in method.Parameters.Where(p => p.Role == ParameterRole.Query))
        {
            var value = parameter.Name == paging?.PageNum ? pageNum!
                : parameter.Name == paging?.ItemsPerPage ? itemsPerPage!
                : parameter.Name;
            writer.Line($"{builder}.AppendQuery({Literal(parameter.QueryName!)}, {value});");
        }
    }

    /// <summary>The call's explicit type argument list, when the declared type's annotations cannot be inferred.</summary>
    private static string TypeArguments(ResultModel result) => result.TypeArgument is null ? string.Empty : "<" + result.TypeArgument + ">";

    /// <summary>
    /// The metadata argument; with an explicit type argument it is the unannotated type's metadata, which differs only in
    /// annotations (the JSON is the same), so the mismatch is suppressed.
    /// </summary>
    private static string TypeInfo(ResultModel result) => result.TypeArgument is null ? result.TypeInfoExpression : result.TypeInfoExpression + "!";

    private static int QueryCapacity(MethodModel method) => 16 * method.Parameters.Count(p => p.Role == ParameterRole.Query);

    private static string MetadataNameOf(MethodModel method, string name) => method.Parameters.First(p => p.Name == name).MetadataName;

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

    /// <summary>
    /// A local of the generated method: <paramref name="name"/>, unless a parameter already has that name (the
    /// generated code must compile whatever the user called the parameters).
    /// </summary>
    private static string Local(MethodModel method, string name)
    {
        var candidate = name;
        for (var i = 2; method.Parameters.Any(p => p.MetadataName == candidate); i++)
        {
            candidate = name + i;
        }

        return candidate;
    }
}
