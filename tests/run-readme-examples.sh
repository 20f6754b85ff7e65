#!/usr/bin/env bash
# run-readme-examples.sh - the examples of README.md must print what they show.
#
# Usage: run-readme-examples.sh HTTPSTATUS README ACCESS_LOG
#
# In each fenced block of the README, a line "$ COMMAND" is an example and
# the lines after it, up to the next "$ " line or the end of the block,
# are what it prints, stdout and stderr together, blank lines at the end
# left out.  An example is run by bash with httpstatus on PATH, in a
# directory that holds ACCESS_LOG as access.log, with COLUMNS=80, no
# colour and the day fixed as in run-cli.sh, and must print exactly that.
# A line "..." alone in the README stands for any number of lines the
# README leaves out (none does today).
#
# Examples that talk to a web server through curl are not run: they need
# a server that answers as the one the README was written against.  The
# examples into jq are skipped where jq is missing; the others still run,
# and the script then exits 77 (skipped) if they pass.
set -u
bin=$1 readme=$2 access_log=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/bin" "$work/run"
ln -s "$bin" "$work/bin/httpstatus"
cp "$access_log" "$work/run/access.log"
export PATH="$work/bin:$PATH" COLUMNS=80 LC_ALL=C
# 2026-12-01 UTC, the day of run-cli.sh.
export SOURCE_DATE_EPOCH=1796083200
unset NO_COLOR TERM

passed=0 failed=0 skipped=0 cmd='' expected='' line_no=0 cmd_line=0

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
		echo "FAIL $readme:$cmd_line: \$ $cmd"
		diff <(printf '%s\n' "$want") <(printf '%s\n' "$actual") | sed 's/^/  /'
	fi
}

finish() {
	[ -n "$cmd" ] || return 0
	case $cmd in
	*curl*) ;;
	*'| jq '*)
		if command -v jq >/dev/null 2>&1; then
			check
		else
			skipped=$((skipped + 1))
			echo "SKIP $readme:$cmd_line: no jq on PATH: \$ $cmd"
		fi
		;;
	*) check ;;
	esac
	cmd='' expected=''
}

in_block=no
while IFS= read -r line || [ -n "$line" ]; do
	line_no=$((line_no + 1))
	case $line in
	'```'*)
		finish
		if [ "$in_block" = no ]; then in_block=yes; else in_block=no; fi
		;;
	'$ '*)
		[ "$in_block" = yes ] || continue
		finish
		cmd=${line#\$ }
		cmd_line=$line_no
		;;
	*)
		[ "$in_block" = yes ] && [ -n "$cmd" ] && expected+="$line"$'\n'
		;;
	esac
done <"$readme"

if [ "$skipped" -eq 0 ]; then
	echo "$passed passed, $failed failed"
else
	echo "$passed passed, $failed failed, $skipped skipped"
fi
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ] || exit 1
[ "$skipped" -eq 0 ] || exit 77
