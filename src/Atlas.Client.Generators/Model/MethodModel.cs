namespace Atlas.Client.Generators.Model;

/// <summary>How a method hands its result back; each shape is one way of calling the runtime pipeline.</summary>
internal enum ReturnShape
{
    /// <summary><c>Task</c>: the body is ignored.</summary>
    Task,

    /// <summary><c>Task&lt;T&gt;</c>.</summary>
    TaskOfT,

    /// <summary><c>ValueTask&lt;T&gt;</c>.</summary>
    ValueTaskOfT,
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
/// <param name="Shape">How the result is returned.</param>
/// <param name="Result">The deserialized type and its JSON metadata, or null for <see cref="ReturnShape.Task"/>.</param>
/// <param name="HttpMethod">GET, POST, PUT, PATCH or DELETE.</param>
/// <param name="RouteTemplate">The template as declared.</param>
/// <param name="Version">The Atlas resource version.</param>
/// <param name="Route">The template split into literal and parameter parts.</param>
/// <param name="Parameters">Every parameter, in declaration order.</param>
/// <param name="EnvelopeCondition">The C# condition that is true when the call asked for an envelope (<c>envelope == true</c>), if the method has an envelope parameter.</param>
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
    ResultModel? Result,
    string HttpMethod,
    string RouteTemplate,
    string Version,
    EquatableArray<RoutePart> Route,
    EquatableArray<ParameterModel> Parameters,
    string? EnvelopeCondition,
    string? SunsetOperationId,
    string? Unsupported);

/// <summary>The type a method deserializes and where its source-generated metadata lives.</summary>
/// <param name="TypeInfoExpression">E.g. <c>global::Atlas.Client.AtlasJsonContext.Default.FlexBackupSnapshot</c>.</param>
/// <param name="MayBeNull">Whether the declared result accepts a JSON null (annotated <c>T?</c>).</param>
internal sealed record ResultModel(string TypeInfoExpression, bool MayBeNull);
