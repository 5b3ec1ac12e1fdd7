using System.Text;

namespace Atlas.Client;

/// <summary>Small rules every exception message of this library follows.</summary>
internal static class MessageText
{
    /// <summary>
    /// Ends the text with one full stop. Atlas's detail texts and OAuth's <c>error_description</c> usually end with one
    /// already: do not print two.
    /// </summary>
    public static StringBuilder EndSentence(StringBuilder text)
        => text.Length > 0 && text[text.Length - 1] != '.' ? text.Append('.') : text;

    /// <inheritdoc cref="EndSentence(StringBuilder)"/>
    public static string EndSentence(string text) => text.Length > 0 && text[text.Length - 1] != '.' ? text + "." : text;
}
