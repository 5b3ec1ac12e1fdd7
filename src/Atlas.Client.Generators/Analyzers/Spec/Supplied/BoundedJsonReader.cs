using System;
using Microsoft.CodeAnalysis.Text;

namespace Atlas.Client.Generators.Analyzers.Spec.Supplied;

/// <summary>What <see cref="BoundedJsonReader.Read"/> found.</summary>
internal enum JsonToken : byte
{
    None,
    StartObject,
    EndObject,
    StartArray,
    EndArray,
    PropertyName,
    String,
    Number,
    True,
    False,
    Null,
    EndOfDocument,
}

/// <summary>
/// A small forward-only JSON (RFC 8259) reader over a <see cref="SourceText"/> for the analyzers, which cannot count on
/// System.Text.Json inside the compiler. It validates everything it passes over, reads the text through one 4 KB buffer
/// and allocates only what the caller asks for (<see cref="GetString"/>): skipped values, long descriptions included,
/// cost no allocation. It is bounded: nesting deeper than <see cref="MaxDepth"/>, a string longer than
/// <see cref="MaxStringLength"/> or a number longer than <see cref="MaxNumberLength"/> stop it with a
/// <see cref="SpecFormatException"/> that carries the offset, like any syntax error or a truncated text.
/// </summary>
internal sealed class BoundedJsonReader
{
    /// <summary>The deepest nesting of objects and arrays accepted (MongoDB's spec needs fewer than 30 levels).</summary>
    public const int MaxDepth = 64;

    /// <summary>The longest string accepted, in characters (the spec's longest description is a few KB).</summary>
    public const int MaxStringLength = 1 << 20;

    /// <summary>The longest number accepted, in characters.</summary>
    public const int MaxNumberLength = 64;

    /// <summary>How much of a string is kept for <see cref="GetString"/> and the comparisons; a longer one can only be skipped.</summary>
    public const int MaxKeptStringLength = 4096;

    private const int BufferSize = 4096;

    private readonly SourceText _text;
    private readonly char[] _buffer = new char[BufferSize];
    private readonly bool[] _inObject = new bool[MaxDepth];
    private char[] _value = new char[256];
    private int _valueLength;
    private bool _valueTruncated;
    private bool _skipping;
    private int _bufferStart;
    private int _bufferCount;
    private int _index;
    private State _state = State.Value;

    private enum State : byte
    {
        /// <summary>A value must come (the document, an array element, a property's value).</summary>
        Value,

        /// <summary>Just after '{': a property name or '}'.</summary>
        FirstProperty,

        /// <summary>Just after '[': a value or ']'.</summary>
        FirstElement,

        /// <summary>After a value inside an object or an array: ',' or the closing bracket.</summary>
        AfterValue,

        /// <summary>After the document's value: only whitespace may follow.</summary>
        Done,
    }

    public BoundedJsonReader(SourceText text) => _text = text;

    /// <summary>The kind of the token <see cref="Read"/> stopped at.</summary>
    public JsonToken Token { get; private set; }

    /// <summary>Where the current token starts in the text.</summary>
    public int TokenStart { get; private set; }

    /// <summary>How many objects and arrays enclose the current position (the current token's own included).</summary>
    public int Depth { get; private set; }

    /// <summary>Where reading stands: the next character to look at.</summary>
    public int Position => _bufferStart + _index;

    /// <summary>Advances to the next token.</summary>
    /// <exception cref="SpecFormatException">The text is not valid JSON here, ends early, or passes a limit.</exception>
    public JsonToken Read()
    {
        SkipWhitespace();
        TokenStart = Position;
        var c = Peek();
        switch (_state)
        {
            case State.Done:
                if (c >= 0)
                {
                    throw Fail("unexpected text after the end of the JSON document");
                }

                return Token = JsonToken.EndOfDocument;

            case State.FirstProperty:
                if (c == '}')
                {
                    return EndContainer(isObject: true);
                }

                return ReadPropertyName();

            case State.FirstElement:
                if (c == ']')
                {
                    return EndContainer(isObject: false);
                }

                return ReadValue(c);

            case State.AfterValue:
                var inObject = _inObject[Depth - 1];
                if (c == (inObject ? '}' : ']'))
                {
                    return EndContainer(inObject);
                }

                if (c != ',')
                {
                    throw c < 0
                        ? Fail(inObject ? "the file ends inside an object (is it truncated?)" : "the file ends inside an array (is it truncated?)")
                        : Fail(inObject ? "expected ',' or '}' after a property's value" : "expected ',' or ']' after an array element");
                }

                _index++;
                SkipWhitespace();
                TokenStart = Position;
                if (inObject)
                {
                    return ReadPropertyName();
                }

                var next = Peek();
                return next == ']' ? throw Fail("a ',' before ']' (a trailing comma) is not JSON") : ReadValue(next);

            default:
                return ReadValue(c);
        }
    }

    /// <summary>Skips the current value: after a property name, that property's value; after '{' or '[', to its end.</summary>
    public void Skip()
    {
        if (Token == JsonToken.PropertyName)
        {
            Read();
        }

        if (Token is JsonToken.StartObject or JsonToken.StartArray)
        {
            // Everything inside is validated but no string is kept: nobody asks for a skipped value.
            var depth = Depth;
            _skipping = true;
            try
            {
                while (Read() is not (JsonToken.EndObject or JsonToken.EndArray) || Depth >= depth)
                {
                }
            }
            finally
            {
                _skipping = false;
            }
        }
    }

    /// <summary>The current string or property name, unescaped.</summary>
    /// <exception cref="SpecFormatException">It is longer than <see cref="MaxKeptStringLength"/>.</exception>
    public string GetString()
    {
        ThrowIfTruncated();
        return new string(_value, 0, _valueLength);
    }

    /// <summary>True when the current string or property name is exactly <paramref name="text"/> (no allocation).</summary>
    public bool ValueIs(string text)
    {
        if (_valueTruncated || _valueLength != text.Length)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (_value[i] != text[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the current string or property name starts with <paramref name="prefix"/> (no allocation).</summary>
    public bool ValueStartsWith(string prefix)
    {
        if (_valueLength < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (_value[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The length of the current string or property name as kept (at most <see cref="MaxKeptStringLength"/>).</summary>
    public int ValueLength => _valueLength;

    /// <summary>One character of the current string or property name.</summary>
    public char ValueAt(int index) => _value[index];

    /// <summary>Part of the current string or property name as a new string.</summary>
    public string ValueSubstring(int start, int length)
    {
        ThrowIfTruncated();
        return new string(_value, start, length);
    }

    /// <summary>An error at the current token.</summary>
    public SpecFormatException Fail(string message) => new(TokenStart, message);

    private void ThrowIfTruncated()
    {
        if (_valueTruncated)
        {
            throw new SpecFormatException(TokenStart, $"a string the analyzers need is longer than {MaxKeptStringLength} characters");
        }
    }

    private JsonToken ReadPropertyName()
    {
        var c = Peek();
        if (c != '"')
        {
            throw c < 0
                ? Fail("the file ends inside an object (is it truncated?)")
                : Fail(c == '}' ? "a ',' before '}' (a trailing comma) is not JSON" : "expected a property name in double quotes");
        }

        ReadStringBody();
        SkipWhitespace();
        var colon = Peek();
        if (colon != ':')
        {
            throw colon < 0
                ? new SpecFormatException(Position, "the file ends after a property name (is it truncated?)")
                : new SpecFormatException(Position, "expected ':' after a property name");
        }

        _index++;
        _state = State.Value;
        return Token = JsonToken.PropertyName;
    }

    private JsonToken ReadValue(int c)
    {
        switch (c)
        {
            case '{':
            case '[':
                if (Depth == MaxDepth)
                {
                    throw Fail($"objects and arrays nested deeper than {MaxDepth} levels");
                }

                _index++;
                _inObject[Depth++] = c == '{';
                _state = c == '{' ? State.FirstProperty : State.FirstElement;
                return Token = c == '{' ? JsonToken.StartObject : JsonToken.StartArray;
            case '"':
                ReadStringBody();
                return EndScalar(JsonToken.String);
            case 't':
                ReadLiteral("true");
                return EndScalar(JsonToken.True);
            case 'f':
                ReadLiteral("false");
                return EndScalar(JsonToken.False);
            case 'n':
                ReadLiteral("null");
                return EndScalar(JsonToken.Null);
            case '-':
            case >= '0' and <= '9':
                ReadNumber();
                return EndScalar(JsonToken.Number);
            case < 0:
                throw Fail(Depth == 0 ? "the file is empty: expected a JSON value" : "the file ends where a value should be (is it truncated?)");
            default:
                throw Fail($"unexpected character {Describe(c)}: expected a JSON value");
        }
    }

    private JsonToken EndScalar(JsonToken token)
    {
        _state = Depth == 0 ? State.Done : State.AfterValue;
        return Token = token;
    }

    private JsonToken EndContainer(bool isObject)
    {
        _index++;
        Depth--;
        _state = Depth == 0 ? State.Done : State.AfterValue;
        return Token = isObject ? JsonToken.EndObject : JsonToken.EndArray;
    }

    /// <summary>Reads a string from its opening quote, keeping its unescaped value (up to <see cref="MaxKeptStringLength"/>).</summary>
    private void ReadStringBody()
    {
        var start = Position;
        _index++;
        _valueLength = 0;
        _valueTruncated = false;
        var length = 0;
        while (true)
        {
            if (_index == _bufferCount && !Fill())
            {
                throw new SpecFormatException(start, "the file ends inside a string (is it truncated?)");
            }

            var c = _buffer[_index++];
            if (c == '"')
            {
                return;
            }

            if (c == '\\')
            {
                c = ReadEscape(start);
            }
            else if (c < ' ')
            {
                throw new SpecFormatException(Position - 1, "a control character inside a string must be escaped");
            }

            if (++length > MaxStringLength)
            {
                throw new SpecFormatException(start, $"a string longer than {MaxStringLength} characters");
            }

            if (!_skipping)
            {
                Keep(c);
            }
        }
    }

    private char ReadEscape(int stringStart)
    {
        var at = Position - 1;
        var c = Next();
        switch (c)
        {
            case '"': return '"';
            case '\\': return '\\';
            case '/': return '/';
            case 'b': return '\b';
            case 'f': return '\f';
            case 'n': return '\n';
            case 'r': return '\r';
            case 't': return '\t';
            case 'u':
                var value = 0;
                for (var i = 0; i < 4; i++)
                {
                    var h = Next();
                    var digit = h is >= '0' and <= '9' ? h - '0' : h is >= 'a' and <= 'f' ? h - 'a' + 10 : h is >= 'A' and <= 'F' ? h - 'A' + 10 : -1;
                    if (digit < 0)
                    {
                        throw h < 0
                            ? new SpecFormatException(stringStart, "the file ends inside a string (is it truncated?)")
                            : new SpecFormatException(at, "a \\u escape needs four hexadecimal digits");
                    }

                    value = (value << 4) | digit;
                }

                return (char)value;
            case < 0:
                throw new SpecFormatException(stringStart, "the file ends inside a string (is it truncated?)");
            default:
                throw new SpecFormatException(at, $"unknown escape \\{(char)c} in a string");
        }
    }

    private void Keep(char c)
    {
        if (_valueLength == _value.Length)
        {
            if (_value.Length >= MaxKeptStringLength)
            {
                _valueTruncated = true;
                return;
            }

            Array.Resize(ref _value, Math.Min(_value.Length * 2, MaxKeptStringLength));
        }

        _value[_valueLength++] = c;
    }

    private void ReadLiteral(string literal)
    {
        foreach (var expected in literal)
        {
            var c = Next();
            if (c != expected)
            {
                throw c < 0
                    ? Fail("the file ends inside a value (is it truncated?)")
                    : Fail($"unexpected character: expected the literal {literal}");
            }
        }

        EnsureDelimiter();
    }

    /// <summary>-?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?, nothing else.</summary>
    private void ReadNumber()
    {
        var start = Position;
        if (Peek() == '-')
        {
            _index++;
        }

        var first = Next();
        if (first is < '0' or > '9')
        {
            throw Fail("a number needs a digit after '-'");
        }

        if (first != '0')
        {
            Digits();
        }

        if (Peek() == '.')
        {
            _index++;
            if (Digits() == 0)
            {
                throw Fail("a number needs digits after '.'");
            }
        }

        if (Peek() is 'e' or 'E')
        {
            _index++;
            if (Peek() is '+' or '-')
            {
                _index++;
            }

            if (Digits() == 0)
            {
                throw Fail("a number needs digits in its exponent");
            }
        }

        if (Position - start > MaxNumberLength)
        {
            throw Fail($"a number longer than {MaxNumberLength} characters");
        }

        EnsureDelimiter();
    }

    private int Digits()
    {
        var count = 0;
        while (Peek() is >= '0' and <= '9')
        {
            _index++;
            if (++count > MaxNumberLength)
            {
                throw Fail($"a number longer than {MaxNumberLength} characters");
            }
        }

        return count;
    }

    /// <summary>After a literal or a number: what follows must end it (<c>truex</c> and <c>01</c> are not JSON).</summary>
    private void EnsureDelimiter()
    {
        var c = Peek();
        if (c >= 0 && c is not (',' or '}' or ']' or ' ' or '\t' or '\n' or '\r'))
        {
            throw new SpecFormatException(Position, $"unexpected character {Describe(c)} after a value");
        }
    }

    private void SkipWhitespace()
    {
        while (true)
        {
            if (_index == _bufferCount && !Fill())
            {
                return;
            }

            var c = _buffer[_index];
            if (c is not (' ' or '\t' or '\n' or '\r') && !(c == '\uFEFF' && Position == 0))
            {
                return;
            }

            _index++;
        }
    }

    private int Peek() => _index < _bufferCount || Fill() ? _buffer[_index] : -1;

    private int Next() => _index < _bufferCount || Fill() ? _buffer[_index++] : -1;

    private bool Fill()
    {
        var next = _bufferStart + _bufferCount;
        if (next >= _text.Length)
        {
            return false;
        }

        _bufferStart = next;
        _bufferCount = Math.Min(BufferSize, _text.Length - next);
        _index = 0;
        _text.CopyTo(next, _buffer, 0, _bufferCount);
        return true;
    }

    private static string Describe(int c) => c is >= 0x20 and < 0x7F ? "'" + (char)c + "'" : "U+" + c.ToString("X4", System.Globalization.CultureInfo.InvariantCulture);
}
