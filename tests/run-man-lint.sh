#!/usr/bin/env bash
# run-man-lint.sh - every manual page must pass mandoc's lint in silence.
#
# Usage: run-man-lint.sh MANDOC PAGE...
# An empty MANDOC means mandoc is not installed: the test is skipped
# (exit 77).
# A page fails when mandoc -Tlint -Wstyle prints anything or exits with a
# status other than 0, style messages included.  Two kinds of message are
# about the machine rather than the page, so they are left out: a manual
# of SEE ALSO that is not installed here ("referenced manual not found")
# and a mandoc.db older than the manuals it indexes.  A page also fails
# when its rendering closes two quotes at once, which is what a quoting
# macro nested in another (.Pq Ql a , Ql b) looks like on the screen.
set -u
mandoc=$1
shift
if [ -z "$mandoc" ]; then
	echo "mandoc is not installed: skipped"
	exit 77
fi
passed=0 failed=0

close=$'\xe2\x80\x99' # U+2019, the closing quote of -Tutf8
machine='referenced manual not found: Xr |outdated mandoc\.db'
for page in "$@"; do
	out=$("$mandoc" -Tlint -Wstyle "$page" 2>&1)
	status=$?
	out=$(printf '%s\n' "$out" | grep -Ev "$machine")
	# Only those messages made mandoc exit 1: the page itself is clean.
	[ "$status" -eq 1 ] && [ -z "$out" ] && status=0
	nested=$("$mandoc" -Tutf8 "$page" 2>/dev/null | LC_ALL=C grep -n "$close$close")
	[ -n "$nested" ] && out+="${out:+$'\n'}nested quotes:"$'\n'"$nested"
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
