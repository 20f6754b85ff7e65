#!/usr/bin/env bash
# run-alias-sources.sh - every library name among the aliases has its source.
#
# An alias that names its library in parentheses ("HTTP_BAD_METHOD
# (Java)") is a fact about that library, so alias-sources.tsv must give
# the source that defines it, as an https URL; and every row there must
# still be an alias of its code.  The aliases are read from the program,
# which holds registry.csv as the build compiled it.
set -u
httpstatus=$1 sources=$2

# code<TAB>alias for each such alias.
aliases=$("$httpstatus" --all --list -t -o code,aliases | awk -F '\t' '{
	n = split($2, a, "|")
	for (i = 1; i <= n; i++)
		if (a[i] ~ / \([^()]*\)$/)
			print $1 "\t" a[i]
}')
listed=$(awk -F '\t' '!/^#/ && NF { print $1 "\t" $2 }' "$sources")
failed=0

# missing WHAT ROWS OTHER: says WHAT for each of ROWS that OTHER lacks.
missing() {
	local row
	while IFS= read -r row; do
		[ -n "$row" ] || continue
		if ! grep -qxF -- "$row" <<<"$3"; then
			echo "FAIL: $1: ${row/$'\t'/ }"
			failed=1
		fi
	done <<<"$2"
}
missing "alias without a source" "$aliases" "$listed"
missing "source for an alias registry.csv does not have" "$listed" "$aliases"
if awk -F '\t' '!/^#/ && NF && $3 !~ /^https:\/\/[^ ]+$/ { exit 1 }' "$sources"; then :; else
	echo "FAIL: a row of $sources has no https source"
	failed=1
fi
echo "$(grep -c . <<<"$aliases") library names, each with its source"
exit "$failed"
