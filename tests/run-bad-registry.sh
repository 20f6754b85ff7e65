#!/usr/bin/env bash
# run-bad-registry.sh - the generator must refuse every file in bad-registry/.
#
# Each NAME.csv is broken in one way; NAME.err holds the one line the
# generator must print for it.  A file holds only the rows that matter,
# which are lines 2 on of what the generator reads: the runner puts the
# header row before them, as the generator's own list of the columns
# gives it (gen-registry --header), so that no file here repeats it.
# Each row still holds every field, as a row of registry.csv must.
# Files named whole-*.csv are about the header or the file as a whole
# and are given as they are; files named classes-*.csv are given, as
# they are, as the classes file, with the real registry.csv beside them.
set -u
# The fixtures are run from another directory too: absolute paths.
gen=$(realpath "$1") dir=$2 classes=$(realpath "$3")
passed=0 failed=0
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cd "$dir" || exit 2
good_registry=$(dirname "$classes")/registry.csv
mkdir "$out/with-header"
if ! "$gen" --header >"$out/header" || [ ! -s "$out/header" ]; then
	echo "FAIL: $gen --header gave no header row"
	exit 1
fi

for csv in *.csv; do
	name=${csv%.csv}
	here=.
	case $name in
	classes-*) args=("$good_registry" "$csv") ;;
	whole-*) args=("$csv" "$classes") ;;
	*)
		# The same name in another directory, so that the message
		# names the file as it is here.
		cat "$out/header" "$csv" >"$out/with-header/$csv"
		here=$out/with-header
		args=("$csv" "$classes")
		;;
	esac
	if (cd "$here" && exec "$gen" "${args[@]}" "$out/data.h") \
		2>"$out/err"; then
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
