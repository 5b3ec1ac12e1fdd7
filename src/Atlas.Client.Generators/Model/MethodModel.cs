namespace Atlas.Client.Generators.Model;

/// <summary>The declared container of a method's result.</summary>
internal enum ReturnShape
{
    /// <summary><c>Task</c>: the body is ignored.</summary>
    Task,

    /// <summary><c>Task&lt;…&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>ValueTask&lt;…&gt;</c>.</summary>
    ValueTaskOfT,

    /// <summary><c>IAsyncEnumerable&lt;T&gt;</c>: the items of every page of a list.</summary>
    AsyncEnumerable,
}

/// <summary>What the container holds; each kind is one way of calling the runtime pipeline.</summary>
internal enum ResultKind
{
    /// <summary>Nothing (<c>Task</c>): any success status will do.</summary>
    None,

    /// <summary>The deserialized body; a 4xx/5xx throws.</summary>
    Value,

    /// <summary><c>AtlasResponse</c>: status and headers, errors included, no body.</summary>
    Response,

    /// <summary><c>AtlasResponse&lt;T&gt;</c>: status, headers and the deserialized body, errors included.</summary>
    ResponseOfT,

    /// <summary>The items of <c>AtlasPage&lt;T&gt;</c> pages, walked lazily.</summary>
    Items,
}

/// <summary>One interface method to implement.</summary>
/// <param name="Name">The method's name as declared (escaped with @ when it is a keyword).</param>
/// <param name="TypeParameters">The type parameter list (<c>&lt;T&gt;</c>) of a generic method, emitted only as an unsupported stub, else empty.</param>
/// <param name="ExplicitInterface">
/// The interface to implement the method explicitly for, when a public method of that name would collide with another
/// member; else null.
/// </param>
/// <param name="OperationField">The name of the static descriptor field, unique in the class.</param>
/// <param name="ReturnType">The declared return type, fully qualified, with nullable annotations.</param>
/// <param name="Shape">The declared container of the result.</param>
/// <param name="Kind">What the container holds.</param>
/// <param name="Result">
/// The deserialized type and its JSON metadata (for <see cref="ResultKind.Items"/>, those of one page), or null when no
/// body is read.
/// </param>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="RouteTemplate">The template as declared.</param>
/// <param name="Version">The Atlas resource version.</param>
/// <param name="Route">The template split into literal and parameter parts.</param>
/// <param name="Parameters">Every parameter, in declaration order.</param>
/// <param name="EnvelopeCondition">The C# condition that is true when the call asked for an envelope (<c>envelope == true</c>), if the method has an envelope parameter.</param>
/// <param name="Paging">For <see cref="ResultKind.Items"/>: the method's own paging parameters, if it declares them.</param>
/// <param name="SunsetOperationId">The sunset catalog's operationId when method, route and version match a sunset operation.</param>
/// <param name="Unsupported">
/// Why this method cannot be implemented (the analyzer reports the matching ATLAS1xxx error); the emitter then writes a
/// body that throws, so the class still compiles and the analyzer's error is the only one the user sees.
/// </param>
internal sealed record MethodModel(
    string Name,
    string TypeParameters,
    string? ExplicitInterface,
    string OperationField,
    string ReturnType,
    ReturnShape Shape,
    ResultKind Kind,
    ResultModel? Result,
    string HttpMethod,
    string RouteTemplate,
    string Version,
    EquatableArray<RoutePart> Route,
    EquatableArray<ParameterModel> Parameters,
    string? EnvelopeCondition,
    PagingModel? Paging,
    string? SunsetOperationId,
    string? Unsupported);

/// <summary>The type a method deserializes and where its source-generated metadata lives.</summary>
/// <param name="TypeInfoExpression">E.g. <c>global::Atlas.Client.AtlasJsonContext.Default.FlexBackupSnapshot</c>.</param>
/// <param name="MayBeNull">Whether the declared result accepts a JSON null (annotated <c>T?</c>).</param>
/// <param name="TypeArgument">
/// The runtime call's type argument, spelled out (fully qualified, annotated) when the declared type carries nullable
/// annotations the metadata's type does not (<c>AtlasPage&lt;Widget?&gt;</c> read with <c>AtlasPage&lt;Widget&gt;</c>'s
/// metadata): inferred, the call would return the unannotated type and the compiler would warn. Null when inference
/// gives the declared type.
/// </param>
internal sealed record ResultModel(string TypeInfoExpression, bool MayBeNull, string? TypeArgument);

/// <summary>
/// The parameters a paged method declares to choose where its walk starts and how large its pages are (query names
/// <c>pageNum</c> and <c>itemsPerPage</c>); each is null when the method does not declare it, and the walk then sends
/// its own value.
/// </summary>
/// <param name="PageNum">The C# name of the <c>pageNum</c> parameter, or null.</param>
/// <param name="ItemsPerPage">The C# name of the <c>itemsPerPage</c> parameter, or null.</param>
internal sealed record PagingModel(string? PageNum, string? ItemsPerPage);
