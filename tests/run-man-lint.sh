#!/usr/bin/env bash
# run-man-lint.sh - every manual page must pass mandoc's lint in silence.
#
# Usage: run-man-lint.sh MANDOC PAGE...
# A page fails when mandoc -Tlint -Wwarning prints anything or exits with
# a status other than 0.
set -u
mandoc=$1
shift
passed=0 failed=0

for page in "$@"; do
	out=$("$mandoc" -Tlint -Wwarning "$page" 2>&1)
	status=$?
	if [ "$status" -eq 0 ] && [ -z "$out" ]; then
		passed=$((passed + 1))
	else
		echo "FAIL $page: mandoc exited $status"
		[ -n "$out" ] && printf '%s\n' "$out" | sed 's/^/  /'
		failed=$((failed + 1))
	fi
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
