#!/usr/bin/env bash
# run-examples.sh - the examples of the manual page and the README must print what they show.
#
# Usage: run-examples.sh HTTPSTATUS man MANPAGE
#        run-examples.sh HTTPSTATUS readme README ACCESS_LOG
#
# An example is a line "$ COMMAND" in a literal block (the EXAMPLES of the
# page, rendered at COLUMNS=68 as the page says; any fenced block of the
# README, at COLUMNS=80), and the lines after it, up to the next "$ " line
# or the end of the block, are what it prints, stdout and stderr together,
# blank lines at the end left out.  A line "..." alone stands for any
# number of lines left out.  Each example is run by bash with httpstatus
# on PATH, in a directory that holds ACCESS_LOG as access.log, with no
# colour and the day fixed as in run-cli.sh, and must print exactly that.
#
# Not run: examples that talk to a web server through curl, which need a
# server that answers as the one they were written against, and in the
# page, those that read a log of the reader's, go on over several lines
# or do not begin with httpstatus (a shell's if, a variable set).  The examples into jq are skipped where jq is missing; the others
# still run, and the script then exits 77 (skipped) if they pass.
set -u
bin=$1 kind=$2 doc=$3 access_log=${4:-}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/run"
ln -s "$bin" "$work/bin/httpstatus"
[ -z "$access_log" ] || cp "$access_log" "$work/run/access.log"
export PATH="$work/bin:$PATH" LC_ALL=C
# 2026-12-01 UTC, the day of run-cli.sh.
export SOURCE_DATE_EPOCH=1796083200
unset NO_COLOR TERM

# The literal blocks, one "LINE_NUMBER<TAB>TEXT" a line, with a line "@@@"
# closing each block.
case $kind in
man)
	export COLUMNS=68
	# mdoc's escapes undone.
	awk '/^\.Sh EXAMPLES/ { ex = 1; next } /^\.Sh / { ex = 0 }
		ex && /^\.Bd -literal/ { on = 1; next }
		ex && /^\.Ed/ { if (on) print "@@@"; on = 0; next }
		on { print NR "\t" $0 }' "$doc" |
		sed 's/\\e/\\/g; s/\\-/-/g; s/\\&//g'
	;;
readme)
	export COLUMNS=80
	awk '/^```/ { if (on) print "@@@"; on = !on; next }
		on { print NR "\t" $0 }' "$doc"
	;;
*)
	echo "usage: $0 HTTPSTATUS man|readme FILE [ACCESS_LOG]" >&2
	exit 2
	;;
esac >"$work/blocks"

passed=0 failed=0 skipped=0 cmd='' expected='' cmd_line=0

# matches EXPECTED ACTUAL: whether ACTUAL is EXPECTED, where a line "..."
# of EXPECTED stands for any lines.  Each run of lines between two "..."
# must be found after the one before it.
matches() {
	local -a want have
	local i=0 j=0 k gap=no
	mapfile -t want <<<"$1"
	mapfile -t have <<<"$2"
	while [ "$i" -lt "${#want[@]}" ]; do
		if [ "${want[i]}" = ... ]; then
			gap=yes
			i=$((i + 1))
			continue
		fi
		if [ "$gap" = yes ]; then
			# The first place from j where the next line expected is.
			k=$j
			while [ "$k" -lt "${#have[@]}" ] && [ "${have[k]}" != "${want[i]}" ]; do
				k=$((k + 1))
			done
			[ "$k" -lt "${#have[@]}" ] || return 1
			j=$k
			gap=no
		fi
		[ "$j" -lt "${#have[@]}" ] && [ "${have[j]}" = "${want[i]}" ] || return 1
		i=$((i + 1))
		j=$((j + 1))
	done
	[ "$gap" = yes ] || [ "$j" -eq "${#have[@]}" ]
}

check() {
	local actual want
	actual=$(cd "$work/run" && bash -c "$cmd" 2>&1 </dev/null)
	# Blank lines that end an example only separate it from the next.
	want=$(printf '%s' "$expected")
	if matches "$want" "$actual"; then
		passed=$((passed + 1))
	else
		failed=$((failed + 1))
		echo "FAIL $doc:$cmd_line: \$ $cmd"
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$actual") | sed 's/^/  /'
	fi
}

# Runs the example read so far, if it is one to run.
finish() {
	[ -n "$cmd" ] || return 0
	case $kind:$cmd in
	*curl* | man:*access.log* | man:*'|') ;;
	man:httpstatus* | readme:*)
		case $cmd in
		*'| jq '*)
			if command -v jq >/dev/null 2>&1; then
				check
			else
				skipped=$((skipped + 1))
				echo "SKIP $doc:$cmd_line: no jq on PATH: \$ $cmd"
			fi
			;;
		*) check ;;
		esac
		;;
	esac
	cmd='' expected=''
}

while IFS= read -r line; do
	if [ "$line" = @@@ ]; then
		finish
		continue
	fi
	text=${line#*$'\t'}
	case $text in
	'$ '*)
		finish
		cmd=${text#\$ }
		cmd_line=${line%%$'\t'*}
		;;
	*) [ -z "$cmd" ] || expected+="$text"$'\n' ;;
	esac
done <"$work/blocks"

if [ "$skipped" -eq 0 ]; then
	echo "$passed passed, $failed failed"
else
	echo "$passed passed, $failed failed, $skipped skipped"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
