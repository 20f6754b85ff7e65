#!/usr/bin/env bash
# run-cli.sh - runs a transcript of httpstatus commands and compares results.
#
# A transcript holds cases. A case starts with "$ COMMAND" (run by bash,
# with httpstatus on PATH), then lists the lines expected on stdout as
# they are, the lines expected on stderr prefixed with "! " ("!" alone
# for an empty one), and ends with "? STATUS", the expected exit status.
# Lines between cases that start with "#" are comments.
set -u

transcript=$1
: "${HTTPSTATUS:?HTTPSTATUS must name the binary under test}"

# Commands call httpstatus by name; HTTPSTATUS_WRAPPER (valgrind, say)
# runs in front of it when set.
workdir=$(mktemp -d)
trap 'rm -rf "$workdir"' EXIT
mkdir "$workdir/bin"
cat >"$workdir/bin/httpstatus" <<EOS
#!/bin/sh
exec ${HTTPSTATUS_WRAPPER:-} "$HTTPSTATUS" "\$@"
EOS
chmod +x "$workdir/bin/httpstatus"
export PATH="$workdir/bin:$PATH"
export LC_ALL=C COLUMNS=80
unset NO_COLOR TERM

failures=0
cases=0
cmd=
line_no=0
case_line=0
expected_out=
expected_err=

run_case() {
	local actual_out actual_err status
	cases=$((cases + 1))
	(cd "$workdir" && bash -c "$cmd" >"$workdir/out" 2>"$workdir/err" </dev/null)
	status=$?
	printf '%s' "$expected_out" >"$workdir/want-out"
	printf '%s' "$expected_err" >"$workdir/want-err"
	actual_out=$(cmp -s "$workdir/out" "$workdir/want-out" && echo same)
	actual_err=$(cmp -s "$workdir/err" "$workdir/want-err" && echo same)
	if [ "$status" != "$expected_status" ] || [ "$actual_out" != same ] ||
		[ "$actual_err" != same ]; then
		failures=$((failures + 1))
		echo "FAIL $transcript:$case_line: \$ $cmd"
		[ "$status" != "$expected_status" ] &&
			echo "  exit status $status, expected $expected_status"
		[ "$actual_out" != same ] &&
			diff -u "$workdir/want-out" "$workdir/out" | sed 's/^/  stdout /'
		[ "$actual_err" != same ] &&
			diff -u "$workdir/want-err" "$workdir/err" | sed 's/^/  stderr /'
	fi
}

while IFS= read -r line || [ -n "$line" ]; do
	line_no=$((line_no + 1))
	if [ -z "$cmd" ]; then
		case $line in
		'$ '*)
			cmd=${line#\$ }
			case_line=$line_no
			expected_out=
			expected_err=
			;;
		'' | '#'*) ;;
		*)
			echo "$transcript:$line_no: expected a '\$ ' command line"
			exit 2
			;;
		esac
		continue
	fi
	case $line in
	'? '*)
		expected_status=${line#? }
		run_case
		cmd=
		;;
	'! '*) expected_err+="${line#! }"$'\n' ;;
	'!') expected_err+=$'\n' ;;
	*) expected_out+="$line"$'\n' ;;
	esac
done <"$transcript"

if [ -n "$cmd" ]; then
	echo "$transcript:$case_line: case has no '? STATUS' line"
	exit 2
fi
[ "$cases" -gt 0 ] || { echo "$transcript: no cases"; exit 2; }
echo "$((cases - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
