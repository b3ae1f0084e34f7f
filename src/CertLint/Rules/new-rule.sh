#!/usr/bin/env bash
# Scaffolds a new rule (as zlint's newLint.sh): the rule file in the folder its ID names, its registration in the
# pack and its ID in rules/unshipped-ids.txt. Its test is the pack's rule table, which picks fixtures by rule ID from
# their file names (tests/CertLint.Tests/Rules/RuleFixtures.cs): it fails until the fixture named after the new rule
# exists and fires it once.
# Usage: src/CertLint/Rules/new-rule.sh rfc5280.ext.key-usage.some-new-check
# Then: fill in the descriptor and Check, make the fixtures with the area's make.sh, run the test, regenerate rules/RULES.md.
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
pack_file=$root/src/CertLint/Rules/$packdir/${packdir}Pack.cs
# The fixture folder whose table picks the rule up (fixtures/README.md, "Naming").
case $id in
  rfc5280.ext.*) area=rfc5280-ext ext=der test=ExtensionRuleTests ;;
  rfc5280.*) area=rfc5280-core ext=der test=CoreRuleTests ;;
  iot.*) area=iot ext=der test=IotRuleTests ;;
  chain.*) area=chain-rules ext=pem test=ChainRuleTests ;;
esac
[[ -e $rule_file ]] && { echo "new-rule.sh: $rule_file already exists" >&2; exit 2; }
grep -qx "$id" "$root/rules/shipped-ids.txt" "$root/rules/unshipped-ids.txt" && { echo "new-rule.sh: $id is already declared" >&2; exit 2; }

mkdir -p "$(dirname "$rule_file")"
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

    public void Check(RuleContext context, List<Finding> findings)
    {
        // Add Finding.At(Descriptor, message, location) to findings for each violation, with the location of the offending field.
    }
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
updated  ${pack_file#$root/} and rules/unshipped-ids.txt
next:    write the descriptor and Check; make fixtures/$area/$id.$ext (fires the rule once) and, for a near
         miss that must stay quiet, $id.quiet.$ext with fixtures/$area/make.sh (see fixtures/README.md, "Naming")$( [[ $area == chain-rules ]] && printf '\n         and add its row (the index of the certificate that breaks the chain) to ChainRuleTests.Broken' || true)
         run: dotnet test CertLint.sln --filter $test (it fails until the fixture exists)
         then: CERTLINT_UPDATE_RULES_MD=1 dotnet test CertLint.sln --filter RulesMarkdown
MSG
