#!/usr/bin/env bash
# Scaffolds a new rule (as zlint's newLint.sh): the rule file in the folder its ID names, its registration in the
# pack, its ID in rules/unshipped-ids.txt and a test file with a firing and a quiet case.
# Usage: src/CertLint/Rules/new-rule.sh rfc5280.ext.key-usage.some-new-check
# Then: fill in the descriptor and Check, make the two fixtures, run the test, regenerate rules/RULES.md.
set -euo pipefail
id=${1:?usage: new-rule.sh RULE-ID (e.g. rfc5280.ext.aki.some-check)}
[[ $id =~ ^(rfc5280|iot|chain)(\.[a-z0-9]+(-[a-z0-9]+)*)+$ ]] || { echo "new-rule.sh: '$id' is not a rule ID of the rfc5280, iot or chain pack" >&2; exit 2; }
root=$(cd "$(dirname "$0")/../../.." && pwd)

pascal() { local out="" word; IFS=- read -ra words <<<"$1"; for word in "${words[@]}"; do out+="${word^}"; done; printf '%s' "$out"; }
IFS=. read -ra seg <<<"$id"
pack=${seg[0]}; rest=("${seg[@]:1}")
packdir=$(pascal "$pack")
# The same convention as tests/CertLint.Tests/Rules/RuleLayoutTests.cs (PlaceOf).
if [[ $pack != rfc5280 ]]; then
  folder=$packdir; (( ${#rest[@]} > 1 )) && folder+="/$(pascal "${rest[0]}")"
  class=$packdir; for s in "${rest[@]}"; do class+=$(pascal "$s"); done
elif [[ ${rest[0]} == ext && ${#rest[@]} == 2 ]]; then
  folder=$packdir/Extensions; class=Extension$(pascal "${rest[1]}")
elif [[ ${rest[0]} == ext ]]; then
  folder=$packdir/Extensions/$(pascal "${rest[1]}"); class=""; for s in "${rest[@]:1}"; do class+=$(pascal "$s"); done
else
  folder=$packdir; (( ${#rest[@]} > 1 )) && folder+="/$(pascal "${rest[0]}")"
  class=""; for s in "${rest[@]}"; do class+=$(pascal "$s"); done
fi

rule_file=$root/src/CertLint/Rules/$folder/$class.cs
test_file=$root/tests/CertLint.Tests/Rules/$folder/${class}Tests.cs
pack_file=$root/src/CertLint/Rules/$packdir/${packdir}Pack.cs
fixtures=fixtures/rules/$id
[[ -e $rule_file ]] && { echo "new-rule.sh: $rule_file already exists" >&2; exit 2; }
grep -qx "$id" "$root/rules/shipped-ids.txt" "$root/rules/unshipped-ids.txt" && { echo "new-rule.sh: $id is already declared" >&2; exit 2; }

mkdir -p "$(dirname "$rule_file")" "$(dirname "$test_file")" "$root/$fixtures"
cat >"$rule_file" <<CS
namespace CertLint.Rules.$packdir;

public sealed class $class : IRule
{
    public RuleDescriptor Descriptor { get; } = new()
    {
        Id = "$id",
        Title = "",
        DefaultSeverity = Severity.Error,
        Source = "RFC 5280",
        Citation = "",
        Description = "",
        Rationale = "",
        Fix = "",
        Example = "",
    };

    public IEnumerable<Finding> Check(RuleContext context)
    {
        // Yield Finding.At(Descriptor, message, location) for each violation, with the location of the offending field.
        yield break;
    }
}
CS
cat >"$test_file" <<CS
namespace CertLint.Tests.Rules;

public class ${class}Tests
{
    private const string Id = "$id";

    [Fact]
    public void FiresOnItsFixture() => RuleTestKit.AssertFires(RuleTestKit.Rule(Id), "rules/$id/fires.der");

    [Fact]
    public void QuietOnItsCleanFixture() => RuleTestKit.AssertQuiet(RuleTestKit.Rule(Id), "rules/$id/quiet.der");
}
CS
# Register the rule: insert its line into the pack's list, keeping the list sorted.
awk -v line="        new $class()," '
  /^    \[$/ { inlist = 1; print; next }
  inlist && /^    \];$/ { if (!done) print line; inlist = 0; print; next }
  inlist && !done && $0 > line { print line; done = 1 }
  { print }' "$pack_file" >"$pack_file.new" && mv "$pack_file.new" "$pack_file"
echo "$id" >>"$root/rules/unshipped-ids.txt"

cat <<MSG
created  ${rule_file#$root/}
created  ${test_file#$root/}
updated  ${pack_file#$root/} and rules/unshipped-ids.txt
next:    write the descriptor and Check; add $fixtures/fires.der and quiet.der to a fixture script
         (see fixtures/README.md); run: dotnet test CertLint.sln --filter $class
         then: CERTLINT_UPDATE_RULES_MD=1 dotnet test CertLint.sln --filter RulesMarkdown
MSG
