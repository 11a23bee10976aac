using System.IO.Compression;
using System.Text;

namespace Pucha.Tests.Census;

/// <summary>Edits the parts of an .xlsx in place, to make the damaged and hostile files the import must refuse.</summary>
internal static class WorkbookTampering
{
    public static byte[] Edit(byte[] xlsx, Action<ZipArchive> edit)
    {
        var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            edit(zip);
        }

        return stream.ToArray();
    }

    public static string ReadText(ZipArchive zip, string path)
    {
        using var reader = new StreamReader(zip.GetEntry(path)!.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    public static void WriteText(ZipArchive zip, string path, string text)
    {
        zip.GetEntry(path)?.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(path).Open(), new UTF8Encoding(false));
        writer.Write(text);
    }

    public static byte[] ReplaceInPart(byte[] xlsx, string path, string oldText, string newText) => Edit(xlsx, zip =>
    {
        var text = ReadText(zip, path);
        Assert.Contains(oldText, text);
        WriteText(zip, path, text.Replace(oldText, newText));
    });
}
