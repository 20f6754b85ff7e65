#!/usr/bin/env bash
# run-alias-sources.sh - every library name has its source, and finds its code.
#
# An alias that names its library in parentheses ("HTTP_BAD_METHOD
# (Java)") is a fact about that library, so alias-sources.tsv must give
# the source that defines it, as an https URL.  Every name of that file,
# alias or not, must find its code first.  The aliases are read from the
# program, which holds registry.csv as the build compiled it.
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
if awk -F '\t' '!/^#/ && NF && $3 !~ /^https:\/\/[^ ]+$/ { exit 1 }' "$sources"; then :; else
	echo "FAIL: a row of $sources has no https source"
	failed=1
fi

# Each name, as a line of standard input, must get its row's code as its
# one record: a stream answers every line, in order.
names=$(awk -F '\t' '!/^#/ && NF { sub(/ \([^()]*\)$/, "", $2); print $2 }' "$sources")
codes=$(awk -F '\t' '!/^#/ && NF { print $1 }' "$sources")
answers=$("$httpstatus" -t -o code <<<"$names" 2>/dev/null)
if [ "$(grep -c . <<<"$answers")" -ne "$(grep -c . <<<"$codes")" ]; then
	echo "FAIL: $(grep -c . <<<"$codes") names got $(grep -c . <<<"$answers") records"
	failed=1
fi
while IFS=$'\t' read -r code name answer; do
	if [ "$code" != "$answer" ]; then
		echo "FAIL: $name is $code, but the first answer is ${answer:-nothing}"
		failed=1
	fi
done < <(paste <(echo "$codes") <(echo "$names") <(echo "$answers"))
echo "$(grep -c . <<<"$aliases") library names among the aliases, $(grep -c . <<<"$codes") names answered"
exit "$failed"
