namespace CainiaoDashboard.Shared;

/// <summary>
/// A translated sentence cut around the places it holds for markup (a link, a figure in bold): the page renders the
/// markup there and the translation's words around it, so each language keeps its own word order around the values.
/// </summary>
public static class Sentence
{
    /// <summary>
    /// The words before <c>{0}</c>, between <c>{0}</c> and <c>{1}</c>, and after <c>{1}</c> (a sentence with only
    /// <c>{0}</c> has an empty After; one with neither is all Before). A translation that put {1} first would fail loudly
    /// here rather than show its values swapped.
    /// </summary>
    public static (string Before, string Between, string After) Around(string sentence)
    {
        var first = sentence.IndexOf("{0}", StringComparison.Ordinal);
        var second = sentence.IndexOf("{1}", StringComparison.Ordinal);
        if (first < 0) return (sentence, "", "");
        if (second < 0) return (sentence[..first], sentence[(first + 3)..], "");
        if (second < first) throw new FormatException($"\"{sentence}\" holds {{1}} before {{0}}; the page renders them in order.");
        return (sentence[..first], sentence[(first + 3)..second], sentence[(second + 3)..]);
    }
}
