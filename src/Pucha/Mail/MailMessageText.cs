using System.Globalization;
using System.Text;

namespace Pucha.Mail;

/// <summary>
/// The RFC 5322 text of a plain-text UTF-8 message: encoded-word headers, base64 body in 76-column
/// lines (so no line can begin with a dot or exceed the SMTP limit), and no header taken from
/// input without checking it has no line break.
/// </summary>
public static class MailMessageText
{
    public static string Build(string fromAddress, string fromName, IReadOnlyList<string> to, string subject, string body, DateTimeOffset date, string messageIdHost)
    {
        foreach (var address in to.Append(fromAddress))
        {
            CheckAddress(address);
        }

        var text = new StringBuilder();
        text.Append("From: ").Append(EncodedWord(fromName)).Append(" <").Append(fromAddress).Append(">\r\n");
        text.Append("To: ").Append(string.Join(", ", to)).Append("\r\n");
        text.Append("Subject: ").Append(EncodedWord(subject)).Append("\r\n");
        text.Append("Date: ").Append(date.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture))
            .Append(date.ToString("zzz", CultureInfo.InvariantCulture).Replace(":", "", StringComparison.Ordinal)).Append("\r\n");
        text.Append("Message-ID: <").Append(Guid.NewGuid().ToString("N")).Append('@').Append(messageIdHost).Append(">\r\n");
        text.Append("MIME-Version: 1.0\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\n");
        text.Append("Content-Transfer-Encoding: base64\r\n\r\n");
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes(body.ReplaceLineEndings("\r\n")));
        for (var i = 0; i < encoded.Length; i += 76)
        {
            text.Append(encoded.AsSpan(i, Math.Min(76, encoded.Length - i))).Append("\r\n");
        }

        return text.ToString();
    }

    /// <summary>Throws for an address that could smuggle a header or an SMTP command.</summary>
    public static void CheckAddress(string address)
    {
        if (address.Length is 0 or > 254 || address.IndexOfAny(['\r', '\n', '<', '>', ' ', ',', ';', '"']) >= 0
            || address.IndexOf('@') is var at && (at <= 0 || at == address.Length - 1))
        {
            throw new SmtpDeliveryException($"电子邮箱地址无效：{address.ReplaceLineEndings(" ")}", isPermanent: true);
        }
    }

    private static string EncodedWord(string text)
    {
        var clean = text.ReplaceLineEndings(" ");
        return clean.All(c => c is >= ' ' and <= '~') ? clean : "=?utf-8?B?" + Convert.ToBase64String(Encoding.UTF8.GetBytes(clean)) + "?=";
    }
}
