#!/usr/bin/env bash
# run-big-row.sh - an answer far larger than any buffer comes out whole.
#
# Usage: run-big-row.sh HTTPSTATUS, a program built around the registry of
# make-big-registry.sh, where 200 has 400 aliases of 200 bytes.  In every
# format, codes on stdin must be answered byte for byte as the same codes
# given as arguments are, and the long answer must be all there.
# HTTPSTATUS_WRAPPER (valgrind, say) runs in front of the program when set.
set -u
bin=$1
hs() {
	# shellcheck disable=SC2086 # the wrapper is a command line
	${HTTPSTATUS_WRAPPER:-} "$bin" "$@"
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

for opts in -s -L -j --format=jsonl -t "-t -o code,description"; do
	# shellcheck disable=SC2086 # the options are words
	hs $opts 200 404 200 >"$work/args" 2>&1
	# shellcheck disable=SC2086
	printf '200\n404\n200\n' | hs $opts >"$work/stdin" 2>&1
	if ! cmp -s "$work/args" "$work/stdin"; then
		echo "FAIL $opts: stdin differs from arguments:"
		cmp "$work/args" "$work/stdin" | sed 's/^/  /'
		failed=1
	fi
done
for opts in -L -j; do
	n=$(printf '200\n' | hs $opts | grep -o 'Alias [0-9]*' | sort -u | wc -l)
	if [ "$n" -ne 400 ]; then
		echo "FAIL $opts: 200 from stdin shows $n of its 400 aliases"
		failed=1
	fi
done
[ "$failed" -eq 0 ]
