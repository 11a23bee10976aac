namespace Pucha.Core.Alerts;

/// <summary>Where a subscription's alerts go. Stored as its number.</summary>
public enum AlertChannel
{
    /// <summary>电子邮件, through the mail outbox; the target is one or more addresses separated by ','.</summary>
    Email = 1,

    /// <summary>企业微信群机器人 webhook (markdown message).</summary>
    WeCom = 2,

    /// <summary>钉钉群机器人 webhook (markdown message, optional 加签 secret).</summary>
    DingTalk = 3,
}
