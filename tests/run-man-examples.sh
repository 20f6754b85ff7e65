#!/usr/bin/env bash
# run-man-examples.sh - the EXAMPLES of the manual page must be true.
#
# Usage: run-man-examples.sh HTTPSTATUS MANPAGE.  Every example that runs
# httpstatus by itself (or into jq) is run with COLUMNS=68, as the page
# says, and its output, stdout and stderr together, compared with the
# page.  Examples that need the network, a log file or several shell
# lines are left to the reader.  Without jq the examples into jq are
# skipped, the others still run, and the script exits 77 (skipped) if
# they pass.
set -u
bin=$1 page=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin"
ln -s "$bin" "$work/bin/httpstatus"
export PATH="$work/bin:$PATH" COLUMNS=68 LC_ALL=C
# The day the examples are judged on: 2026-12-01, as in run-cli.sh.
export SOURCE_DATE_EPOCH=1796083200
unset NO_COLOR TERM

# The literal blocks of EXAMPLES, with mdoc's escapes undone, a "@@@"
# line closing each block.
sed -n '/^\.Sh EXAMPLES/,/^\.Sh /p' "$page" |
	awk '/^\.Bd -literal/ { on = 1; next } /^\.Ed/ { if (on) print "@@@"; on = 0; next } on' |
	sed 's/\\e/\\/g; s/\\-/-/g; s/\\&//g' >"$work/blocks"

passed=0 failed=0 skipped=0 cmd='' expected=''
finish() {
	[ -n "$cmd" ] || return 0
	case $cmd in
	*curl* | *access.log* | *'|') ;; # not runnable here
	httpstatus*'| jq '*)
		if command -v jq >/dev/null 2>&1; then
			check
		else
			skipped=$((skipped + 1))
			echo "SKIP (no jq on PATH) \$ $cmd"
		fi
		;;
	httpstatus*) check ;;
	esac
	cmd='' expected=''
}

# check: run the example and compare its output with the page.
check() {
	actual=$(bash -c "$cmd" 2>&1)
	if [ "$actual" = "${expected%$'\n'}" ]; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL \$ $cmd"
		diff <(printf '%s\n' "${expected%$'\n'}") <(printf '%s\n' "$actual") |
			sed 's/^/  /'
	fi
}
while IFS= read -r line; do
	case $line in
	'$ '*) finish; cmd=${line#\$ } ;;
	'@@@') finish ;;
	*) [ -n "$cmd" ] && expected+="$line"$'\n' ;;
	esac
done <"$work/blocks"
if [ "$skipped" -eq 0 ]; then
	echo "$passed passed, $failed failed"
else
	echo "$passed passed, $failed failed, $skipped skipped"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
