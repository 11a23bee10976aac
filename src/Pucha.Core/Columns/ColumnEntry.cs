namespace Pucha.Core.Columns;

/// <summary>One name/address pair read from a 附件4 row.</summary>
public sealed record ColumnEntry(string Name, string Url);
