namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>One message (留言/来信) on a board as published.</summary>
/// <param name="Title">The message's title (bounded).</param>
/// <param name="Url">Its detail page, when linked.</param>
/// <param name="Posted">When it was written (留言时间).</param>
/// <param name="Answered">When it was answered (回复时间), when published.</param>
/// <param name="IsAnswered">Whether the board shows it as answered (a reply date, or a status such as 已回复).</param>
/// <param name="ReplyingUnit">The unit that answered (回复单位), when published.</param>
internal sealed record MessageEntry(string Title, Uri? Url, DateOnly Posted, DateOnly? Answered, bool IsAnswered, string? ReplyingUnit);
