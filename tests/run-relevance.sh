#!/usr/bin/env bash
# run-relevance.sh - holds word search to a table of queries and the answers meant.
#
# Each row of the table (tab-separated; '#' starts a comment) is
#   QUERY  FIRST  TOP  WINDOW
# FIRST lists the codes acceptable as the first answer, separated by '|',
# or is "none" when the query must match nothing (exit status 1).  TOP
# lists codes, separated by spaces, that must all be among the first
# WINDOW answers ("-" for none).  A code may be written 499@nginx to mean
# the entry whose origin holds "nginx" (in any case).
#
# The program runs without HTTPSTATUS_WRAPPER: this is about what it
# answers, which valgrind cannot change, and hundreds of queries under
# memcheck would take minutes.
set -u

table=$1
: "${HTTPSTATUS:?HTTPSTATUS must name the binary under test}"
export LC_ALL=C
unset NO_COLOR TERM

# Whether an answer line "CODE<TAB>ORIGIN" is the entry a spec names.
is_entry() {
	local line=$1 spec=$2 code=${2%%@*} origin
	[ "${line%%$'\t'*}" = "$code" ] || return 1
	case $spec in
	*@*)
		origin=${line#*$'\t'}
		[[ ${origin,,} == *"${spec#*@}"* ]]
		;;
	esac
}

failures=0
rows=0
line_no=0
while IFS=$'\t' read -r query first top window rest || [ -n "$query" ]; do
	line_no=$((line_no + 1))
	case $query in '' | '#'*) continue ;; esac
	if [ -z "${window:-}" ] || [ -n "${rest:-}" ]; then
		echo "$table:$line_no: expected four tab-separated columns"
		exit 2
	fi
	rows=$((rows + 1))
	mapfile -t answers < <("$HTTPSTATUS" -t -o code,origin -- "$query" 2>/dev/null)
	"$HTTPSTATUS" -q -- "$query" 2>/dev/null
	status=$?
	why=
	if [ "$first" = none ]; then
		[ "$status" = 1 ] && [ "${#answers[@]}" = 0 ] ||
			why="expected no answer, got exit status $status"
	elif [ "$status" != 0 ] || [ "${#answers[@]}" = 0 ]; then
		why="no answer (exit status $status)"
	else
		ok=
		IFS='|' read -ra firsts <<<"$first"
		for spec in "${firsts[@]}"; do
			is_entry "${answers[0]}" "${spec,,}" && ok=1
		done
		[ -n "$ok" ] || why="first answer is not $first"
		if [ "$top" != - ]; then
			for spec in $top; do
				found=
				for ((i = 0; i < window && i < ${#answers[@]}; i++)); do
					is_entry "${answers[i]}" "${spec,,}" && found=1
				done
				[ -n "$found" ] || why="$why${why:+; }$spec not in the first $window"
			done
		fi
	fi
	if [ -n "$why" ]; then
		failures=$((failures + 1))
		printf 'FAIL %s:%d: %s: %s\n  got:' "$table" "$line_no" "$query" "$why"
		for ((i = 0; i < 6 && i < ${#answers[@]}; i++)); do
			printf ' %s' "${answers[i]%%$'\t'*}"
		done
		printf '\n'
	fi
done <"$table"

echo "$rows queries, $failures failed"
[ "$failures" = 0 ]
