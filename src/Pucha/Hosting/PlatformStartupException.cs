namespace Pucha.Hosting;

/// <summary>The platform cannot start for a reason the operator must fix (said in Chinese).</summary>
public sealed class PlatformStartupException(string message, Exception? inner = null) : Exception(message, inner);
