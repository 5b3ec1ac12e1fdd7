using System.Text;
using Atlas.Client.Generators.Analyzers.Spec.Supplied;
using Atlas.Client.Generators.Analyzers.Spec;
using Atlas.Client.Generators.Catalog;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.SpecTool;

/// <summary>
/// A spec's bytes read the way the analyzers read an AtlasApiSpec file (the same <see cref="OpenApiSpecReader"/>): the
/// operations, or the same reason and place ATLAS0108 would give.
/// </summary>
internal static class SpecDocument
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <exception cref="SpecToolException">The analyzers could not use the document.</exception>
    public static IReadOnlyList<SpecOperation> Read(byte[] bytes, string name, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new SpecToolException($"{name} cannot be used: it is not UTF-8 text");
        }

        // A byte order mark stays: the reader skips it, as it does in the analyzers, so positions agree with ATLAS0108's.
        var source = SourceText.From(text);
        try
        {
            return OpenApiSpecReader.Read(source, cancellationToken).Operations;
        }
        catch (SpecFormatException e)
        {
            var position = source.Lines.GetLinePosition(Math.Min(e.Offset, source.Length));
            throw new SpecToolException($"{name} cannot be used: {e.Message} (line {position.Line + 1}, column {position.Character + 1})");
        }
    }
}
