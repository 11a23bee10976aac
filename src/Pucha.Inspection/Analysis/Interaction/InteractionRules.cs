namespace Pucha.Inspection.Analysis.Interaction;

/// <summary>
/// The limits the interaction check applies. Defaults follow the 2019 indicators: valid messages
/// unanswered for more than 3 months in the past year are a veto (互动回应差); consultations answered
/// within 5 working days and 「我为政府网站找错」 messages within 3; the board updated within 2 months.
/// </summary>
/// <param name="AnswerWorkingDays">Working days allowed for an answer on an ordinary board.</param>
/// <param name="ErrorReportAnswerWorkingDays">Working days allowed on a 找错/纠错 board.</param>
/// <param name="UnansweredMonths">Months after which an unanswered message is a veto.</param>
/// <param name="LookBackMonths">How far back unanswered messages are considered (the past year).</param>
/// <param name="BoardStaleMonths">Months without a post or answer after which the board is stale.</param>
internal sealed record InteractionRules(
    int AnswerWorkingDays = 5,
    int ErrorReportAnswerWorkingDays = 3,
    int UnansweredMonths = 3,
    int LookBackMonths = 12,
    int BoardStaleMonths = 2)
{
    public static InteractionRules Year2019 { get; } = new();
}
