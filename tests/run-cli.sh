#!/usr/bin/env bash
# run-cli.sh - runs a transcript of httpstatus commands and compares results.
#
# A transcript holds cases. A case starts with "$ COMMAND" (run by bash,
# with httpstatus on PATH), then lists the lines expected on stdout as
# they are, the lines expected on stderr prefixed with "! " ("!" alone
# for an empty one), and ends with "? STATUS", the expected exit status.
# A stdout line that would read as one of these marks, or as the two
# below, is written "| LINE": "| ! x" is the stdout line "! x".  A line
# "\ no newline at end" after the last line of stdout, or of stderr,
# says that that stream (the one of the line just above) ends without a
# newline.  Lines between cases that start with "#" are comments.
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
no_newline='\ no newline at end'
# The bytes each stream must hold, and the stream and text of the line
# read last, which a no_newline line refers to.
declare -A want=([out]='' [err]='')
last_stream=
last_text=

# malformed MESSAGE: the transcript itself is wrong, so no result counts.
malformed() {
	echo "$transcript:$line_no: $1"
	exit 2
}

# expect STREAM TEXT: one more line expected on STREAM (out or err).
expect() {
	case ${want[$1]} in
	'' | *$'\n') ;;
	*) malformed "std$1 goes on after its '$no_newline' line" ;;
	esac
	want[$1]+="$2"$'\n'
	last_stream=$1
	last_text=$2
}

run_case() {
	local actual_out actual_err status
	cases=$((cases + 1))
	(cd "$workdir" && bash -c "$cmd" >"$workdir/out" 2>"$workdir/err" </dev/null)
	status=$?
	printf '%s' "${want[out]}" >"$workdir/want-out"
	printf '%s' "${want[err]}" >"$workdir/want-err"
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
			want=([out]='' [err]='')
			last_stream=
			;;
		'' | '#'*) ;;
		*) malformed "expected a '\$ ' command line" ;;
		esac
		continue
	fi
	case $line in
	'? '*)
		expected_status=${line#? }
		run_case
		cmd=
		;;
	'$ '*) malformed "the case of line $case_line has no '? STATUS' line" ;;
	'! '*) expect err "${line#! }" ;;
	'!') expect err '' ;;
	'| '*) expect out "${line#| }" ;;
	"$no_newline")
		# An empty line without its newline would be no line at all.
		if [ -z "$last_stream" ] || [ -z "$last_text" ]; then
			malformed "'$no_newline' must follow a line of output that is not empty"
		fi
		want[$last_stream]=${want[$last_stream]%$'\n'}
		last_stream=
		;;
	*) expect out "$line" ;;
	esac
done <"$transcript"

if [ -n "$cmd" ]; then
	echo "$transcript:$case_line: case has no '? STATUS' line"
	exit 2
fi
[ "$cases" -gt 0 ] || { echo "$transcript: no cases"; exit 2; }
echo "$((cases - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
