#!/usr/bin/env bash
# run-cli.sh - runs a transcript of httpstatus commands and compares results.
#
# Usage: HTTPSTATUS=PROGRAM run-cli.sh [--update] TRANSCRIPT
#
# A transcript holds cases. A case starts with "$ COMMAND" (run by bash,
# with httpstatus on PATH), then lists the lines expected on stdout as
# they are, the lines expected on stderr prefixed with "! " ("!" alone
# for an empty one), and ends with "? STATUS", the expected exit status.
# A stdout line that would read as a mark (one of these, "| ..." or the
# end mark below) is written "| LINE": "| ! x" is the stdout line "! x".
# A line "\ no newline at end" after the last line of stdout, or of
# stderr, says that that stream (the one of the line just above) ends
# without a newline.  Lines between cases that start with "#" are
# comments.  A line "needs TOOL..." just before a case names the programs
# besides httpstatus that its command runs and a build machine may lack
# (jq): where one is not on PATH the case is skipped and said to be, the
# other cases still run, and the runner exits 77 (skipped, to meson)
# unless one of them failed.  A line "clocked" there says that what the
# case shows depends on how fast the program runs (the clock bounds -e):
# where HTTPSTATUS_WRAPPER runs the program (valgrind, some fifty times
# slower), the case is skipped in the same way.
#
# --update checks nothing: it writes TRANSCRIPT again with what each
# command really printed and returned, stdout before stderr, marks where
# needed, and the commands, comments and blank lines between cases as
# they were, so that git diff shows what changed.  A case that passes
# comes back unchanged unless it listed stderr first or escaped a line
# that needed no escape.  For example, from the source tree:
#   HTTPSTATUS=build/src/httpstatus tests/run-cli.sh --update tests/cli/io.t
set -u

update=
if [ "${1-}" = --update ]; then
	update=yes
	shift
fi
if [ $# -ne 1 ]; then
	echo "usage: run-cli.sh [--update] TRANSCRIPT" >&2
	exit 2
fi
transcript=$1
: "${HTTPSTATUS:?HTTPSTATUS must name the binary under test}"
# Commands run in a directory of their own, so a relative name would miss.
case $HTTPSTATUS in
/*) ;;
*) HTTPSTATUS=$PWD/$HTTPSTATUS ;;
esac

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
# A fixed day, 2026-12-01 UTC, after 104's registration expired, so that
# what a transcript shows does not change with the day it runs on.
export SOURCE_DATE_EPOCH=1796083200
unset NO_COLOR TERM

failures=0
cases=0
skipped=0
cmd=
needs=
clocked=
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

# transcribe STREAM: what the command wrote on STREAM (out or err), as the
# lines of a transcript.
transcribe() {
	local text end
	# A shell variable cannot hold a NUL byte, nor could a transcript.
	if ! cmp -s <(tr -d '\000' <"$workdir/$1") "$workdir/$1"; then
		echo "$transcript:$case_line: std$1 holds a NUL byte, which a transcript cannot show" >&2
		exit 2
	fi
	while :; do
		if IFS= read -r text; then
			end=
		elif [ -n "$text" ]; then
			end=$no_newline
		else
			break
		fi
		if [ "$1" = err ]; then
			if [ -z "$text" ]; then text='!'; else text="! $text"; fi
		else
			case $text in
			'$ '* | '! '* | '? '* | '| '* | '!' | "$no_newline")
				text="| $text"
				;;
			esac
		fi
		printf '%s\n' "$text"
		[ -z "$end" ] || printf '%s\n' "$end"
	done <"$workdir/$1"
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
	if [ -n "$update" ]; then
		{ transcribe out && transcribe err; } >>"$workdir/updated"
		echo "? $status" >>"$workdir/updated"
	fi
	if [ "$status" != "$expected_status" ] || [ "$actual_out" != same ] ||
		[ "$actual_err" != same ]; then
		failures=$((failures + 1))
		[ -z "$update" ] || return 0
		echo "FAIL $transcript:$case_line: \$ $cmd"
		[ "$status" != "$expected_status" ] &&
			echo "  exit status $status, expected $expected_status"
		[ "$actual_out" != same ] &&
			diff -u "$workdir/want-out" "$workdir/out" | sed 's/^/  stdout /'
		[ "$actual_err" != same ] &&
			diff -u "$workdir/want-err" "$workdir/err" | sed 's/^/  stderr /'
	fi
}

# missing_tools: the programs of the case's "needs" line not on PATH,
# each after a space.
missing_tools() {
	local tool list=
	for tool in $needs; do
		command -v "$tool" >/dev/null 2>&1 || list+=" $tool"
	done
	printf '%s' "$list"
}

while IFS= read -r line || [ -n "$line" ]; do
	line_no=$((line_no + 1))
	if [ -z "$cmd" ]; then
		# Between cases, and a case's command, --update keeps as it is.
		[ -z "$update" ] || printf '%s\n' "$line" >>"$workdir/updated"
		case $line in
		'$ '*)
			cmd=${line#\$ }
			case_line=$line_no
			want=([out]='' [err]='')
			last_stream=
			;;
		'needs '*)
			[ -z "$needs" ] || malformed "a second 'needs' line for one case"
			needs=${line#needs }
			;;
		clocked) clocked=yes ;;
		'' | '#'*)
			[ -z "$needs$clocked" ] ||
				malformed "'needs' and 'clocked' must come just before their case"
			;;
		*) malformed "expected a '\$ ' command line" ;;
		esac
		continue
	fi
	case $line in
	'? '*)
		expected_status=${line#? }
		if missing=$(missing_tools) && [ -n "$missing" ]; then
			# --update cannot write what it could not run.
			[ -z "$update" ] ||
				malformed "cannot update the case of line $case_line without$missing"
			skipped=$((skipped + 1))
			echo "SKIP $transcript:$case_line: no$missing on PATH: \$ $cmd"
		elif [ -n "$clocked" ] && [ -n "${HTTPSTATUS_WRAPPER:-}" ]; then
			[ -z "$update" ] ||
				malformed "cannot update the clocked case of line $case_line under a wrapper"
			skipped=$((skipped + 1))
			echo "SKIP $transcript:$case_line: clocked, and the program runs under a wrapper: \$ $cmd"
		else
			run_case
		fi
		cmd=
		needs=
		clocked=
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
[ -z "$needs$clocked" ] || malformed "'needs' or 'clocked' with no case after it"
[ $((cases + skipped)) -gt 0 ] || { echo "$transcript: no cases"; exit 2; }
if [ -n "$update" ]; then
	# Rewritten only when it changes, in place, so that its mode stays.
	cmp -s "$workdir/updated" "$transcript" ||
		cat "$workdir/updated" >"$transcript" || exit 2
	echo "$transcript: $failures of $cases cases updated"
	exit 0
fi
if [ "$skipped" -eq 0 ]; then
	echo "$((cases - failures)) passed, $failures failed"
else
	echo "$((cases - failures)) passed, $failures failed, $skipped skipped"
fi
[ "$failures" -eq 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
