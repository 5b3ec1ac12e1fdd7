namespace System.Runtime.CompilerServices;

/// <summary>Lets this netstandard2.0 assembly declare records and <c>init</c> accessors.</summary>
internal static class IsExternalInit
{
}
