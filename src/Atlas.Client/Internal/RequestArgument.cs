using System;

namespace Atlas.Client;

/// <summary>Argument checks for request bodies and credentials: the exception names the parameter, never its value.</summary>
internal static class RequestArgument
{
    public static string NotBlank(string? value, string parameterName)
    {
        if (value is null)
        {
            throw new ArgumentNullException(parameterName);
        }

        if (value.Trim().Length == 0)
        {
            throw new ArgumentException("The value must not be empty or white space.", parameterName);
        }

        return value;
    }
}
