#!/usr/bin/env bash
# run-bad-registry.sh - the generator must refuse every file in bad-registry/.
#
# Each NAME.csv is broken in one way; NAME.err holds the one line the
# generator must print for it.  Files named classes-*.csv are given as
# the classes file, with the real registry.csv beside them.
set -u
gen=$1 dir=$2 classes=$3
passed=0 failed=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$dir" || exit 2
good_registry=$(dirname "$classes")/registry.csv

for csv in *.csv; do
	name=${csv%.csv}
	case $name in
	classes-*) args=("$good_registry" "$csv") ;;
	*) args=("$csv" "$classes") ;;
	esac
	if "$gen" "${args[@]}" "$out/data.h" 2>"$out/err"; then
		echo "FAIL $csv: the generator accepted it"
		failed=$((failed + 1))
	elif ! cmp -s "$out/err" "$name.err"; then
		echo "FAIL $csv: unexpected message"
		diff -u "$name.err" "$out/err" | sed 's/^/  /'
		failed=$((failed + 1))
	else
		passed=$((passed + 1))
	fi
done
# The good files must still be accepted, or every refusal above proves
# nothing.
if ! "$gen" "$good_registry" "$classes" "$out/data.h" 2>"$out/err"; then
	echo "FAIL: the real registry is refused:"
	cat "$out/err"
	failed=$((failed + 1))
else
	passed=$((passed + 1))
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 1 ]
