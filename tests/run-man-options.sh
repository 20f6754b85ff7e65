#!/usr/bin/env bash
# run-man-options.sh - the manual page must document every option --help shows.
#
# Usage: run-man-options.sh HTTPSTATUS PAGE
# Each option line of "httpstatus --help" ("  -a, --all ..." or
# "      --official ...") is one check: the page must have an .It line
# naming the long option (".It Fl \-all"), and, when --help pairs it with a
# short option, naming that too (".It Fl a , Fl \-all").
set -u
httpstatus=$1 page=$2
passed=0 failed=0
missing=()

if ! help=$("$httpstatus" --help); then
	echo "FAIL: $httpstatus --help failed"
	echo "0 passed, 1 failed"
	exit 1
fi
# The page's list items, with mdoc's escaped hyphens made plain: Fl
# writes one hyphen itself, so --all is "Fl -all" from here on.
items=$(grep '^\.It' "$page" | sed 's/\\-/-/g')

option_line='^ +(-([A-Za-z0-9]), )?--([a-z][a-z0-9-]*)'
while IFS= read -r line; do
	[[ $line =~ $option_line ]] || continue
	short=${BASH_REMATCH[2]} long=${BASH_REMATCH[3]}
	found=$(printf '%s\n' "$items" | grep -E -- "Fl -$long([^A-Za-z0-9-]|\$)")
	if [ -z "$found" ]; then
		missing+=("--$long")
	elif [ -n "$short" ] &&
		! printf '%s\n' "$found" | grep -Eq -- "Fl $short( |\$)"; then
		missing+=("-$short (with --$long)")
	else
		passed=$((passed + 1))
		continue
	fi
	failed=$((failed + 1))
done <<<"$help"

if [ "$failed" -gt 0 ]; then
	echo "FAIL $page does not document:"
	printf '  %s\n' "${missing[@]}"
fi
# A --help that no longer matches the pattern above would pass vacuously.
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then
	echo "FAIL: no options found in --help"
	failed=1
fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
