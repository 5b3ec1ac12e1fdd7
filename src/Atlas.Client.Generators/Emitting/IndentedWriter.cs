using System.Text;

namespace Atlas.Client.Generators.Emitting;

/// <summary>Writes source text line by line at the current indentation (four spaces per level).</summary>
internal sealed class IndentedWriter
{
    private readonly StringBuilder _builder = new();
    private int _depth;

    public IndentedWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', _depth * 4);
        }

        _builder.Append(text).Append('\n');
        return this;
    }

    public IndentedWriter Open(string header)
    {
        Line(header);
        Line("{");
        _depth++;
        return this;
    }

    public IndentedWriter Close(string suffix = "")
    {
        _depth--;
        return Line("}" + suffix);
    }

    /// <summary>Indents the following lines one more level (continuation lines of a call's arguments).</summary>
    public IndentedWriter Indent()
    {
        _depth++;
        return this;
    }

    /// <summary>Ends an <see cref="Indent"/>.</summary>
    public IndentedWriter Outdent()
    {
        _depth--;
        return this;
    }

    public override string ToString() => _builder.ToString();
}
