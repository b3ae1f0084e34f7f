namespace CertLint.Rules.Engine;

/// <summary>
/// Runs a rule and collects its findings from one of several call sites chosen by the rule's position. Native AOT
/// caches the targets of an interface call per call site, for at most 64 types: with some 190 rules behind one site,
/// nearly every call missed the cache and was resolved again (interface dispatch and its cache updates were a tenth of lint's processor time on a 10,000-certificate bundle). Each site here is a
/// separate instantiation over a marker struct, so it sees at most <see cref="PerSite"/> rules.
/// </summary>
internal static class RuleCallSites
{
    private const int PerSite = 40;

    public static void Collect(int position, IRule rule, RuleContext context, List<Finding> into)
    {
        switch (position / PerSite)
        {
            case 0: Collect<Site0>(rule, context, into); break;
            case 1: Collect<Site1>(rule, context, into); break;
            case 2: Collect<Site2>(rule, context, into); break;
            case 3: Collect<Site3>(rule, context, into); break;
            case 4: Collect<Site4>(rule, context, into); break;
            case 5: Collect<Site5>(rule, context, into); break;
            case 6: Collect<Site6>(rule, context, into); break;
            default: Collect<Site7>(rule, context, into); break;
        }
    }

    private static void Collect<TSite>(IRule rule, RuleContext context, List<Finding> into) where TSite : struct =>
        rule.Check(context, into);

    private struct Site0;
    private struct Site1;
    private struct Site2;
    private struct Site3;
    private struct Site4;
    private struct Site5;
    private struct Site6;
    private struct Site7;
}
