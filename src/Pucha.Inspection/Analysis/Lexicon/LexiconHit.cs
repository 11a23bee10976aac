namespace Pucha.Inspection.Analysis.Lexicon;

/// <summary>Where one dictionary entry occurs in a scanned text; no strings until reported.</summary>
/// <param name="EntryIndex">Index into <see cref="LexiconDictionary.Entries"/>.</param>
/// <param name="Start">Offset of the first character in the scanned text.</param>
/// <param name="Length">Length of the occurrence (the folded term's length).</param>
internal readonly record struct LexiconHit(int EntryIndex, int Start, int Length);
