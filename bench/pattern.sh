#!/usr/bin/env bash
# pattern.sh - measures the worst cases of -e, whose patterns share one budget of steps and time, against their targets, and prints one table.
#
# Usage: bench/pattern.sh [--check] [--rows] [BUILDDIR]
#
# BUILDDIR (default: build) holds a compiled tree, as for bench/run.sh.
# Each case is a whole run of httpstatus -q -e PATTERN..., timed from
# bash as the worst of 5 runs after one untimed, since the worst is
# what the budget bounds: patterns that reach it end with "too complex"
# (exit status 2), and so bound the time of -e.  The cases are
# (\w|\s)*(\w|\s)*[#@], cheap steps up to the step limit; a 156-byte
# pattern of possessive scans in lookaheads, each step of which scans a
# description (1.8 s before the budget had a clock), alone and 32 times
# at once; and 32 patterns from bench/gen-patterns.awk, of families
# costly in steps or in work a step, each alone and all at once.  Then
# the program is built again, in a temporary directory, from its source
# tree with a registry whose every description is padded to the
# generator's limit (bench/max-registry.awk), and the worst cases run
# there.  Peak memory comes from /usr/bin/time.  The exit status is 0
# however the targets fare; with --check it is 1 if any target is
# missed; 2 means the benchmark could not run.  --rows prints the
# table's rows alone, tab-separated, for bench/run.sh to put in its
# table.
#
# Debian packages: meson, ninja-build, gcc and the build's libraries
# (as for building httpstatus at all), time.
set -euo pipefail
shopt -s inherit_errexit
# awk counts bytes, and the decimal point of EPOCHREALTIME is a point.
export LC_ALL=C
# The CPU time of a run, user and system, in seconds, from bash's time.
TIMEFORMAT='%3U + %3S'

unset NO_COLOR TERM COLUMNS

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
prog=bench/pattern.sh
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$bench_dir/lib.sh"

# The generated patterns; see gen-patterns.awk for the families.  32 is
# the most -e options the program takes (OPTIONS_MAX_PATTERNS), so that
# all of them run at once.
seed=20261207
npatterns=32
# The longest description the generator accepts (REGFILE_LITERAL_MAX).
description_max=4095
runs=5
# Targets, from the issue: the worst case of -e under 0.1 s for one
# pattern and under 0.5 s for 32 at once on the shipped registry, under
# 1 s on a registry at the generator's limits; and the memory of a
# pattern at the step limit, as bench/run.sh has always held it.
one_max_ms=100
many_max_ms=500
max_registry_max_ms=1000
rss_max_kib=16384

# The pattern that took 1.8 s, 32 copies 26 s, and 8.8 s on a registry
# at the limits, when one step could scan a whole subject and only
# steps were counted.
scans='^(?=.{370})(?:(?:(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+)(?=\X*+))?){30}[#@]'
# Cheap steps, many of them: this one reaches the step limit, having
# backtracked through every subject before.
cheap='(\w|\s)*(\w|\s)*[#@]'

parse_args 26 "bench/pattern.sh [--check] [--rows] [BUILDDIR]" "$@"
find_program "$builddir"

for need in awk:mawk meson:meson ninja:ninja-build; do
	command -v "${need%%:*}" >/dev/null ||
		die "needs ${need%%:*} (apt-get install ${need#*:})"
done
[ -x /usr/bin/time ] || die "needs GNU time as /usr/bin/time (apt-get install time)"
[ -n "${EPOCHREALTIME:-}" ] || die "needs bash 5 or later, for EPOCHREALTIME"
message=$("$bin" -q -e "$cheap" 2>&1 >/dev/null </dev/null || true)
case $message in
*"that all patterns share"*) ;;
*) die "'$bin' has no budget that the patterns of -e share; build a tree that has" ;;
esac

load=$(load_average)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-pattern-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

find_linkage "$bin"

# --- helpers ---------------------------------------------------------------

# now_us: the wall clock, in microseconds.
now_us() {
	echo "${EPOCHREALTIME/./}"
}

# worst PROGRAM ARGS...: runs PROGRAM -q ARGS once untimed, then $runs
# times timed, each run whole, from fork to exit.  Sets took_ms to the
# longest of the timed runs, in milliseconds; took to that and the CPU
# time, user and system, of the same run, for the table; and limited to
# how many of all the runs exited 2, as the program does when a pattern
# reaches the budget.  The budget's clock is the wall's, so a run that
# waits longer than usual for a core is a worst case too, and its CPU
# time shows how much of it was waiting.  A pattern that ends close to
# the budget may reach it in one run and not in the next, so the other
# statuses of a search (0 and 1) count too.  A pattern the program
# refuses is the benchmark's mistake, not a case.  The messages of the
# untimed run are kept in $tmp/err.
worst() {
	local program=$1 t0 t1 most=0 cpu=0 status=0 i
	shift
	limited=0
	"$program" -q "$@" >/dev/null 2>"$tmp/err" </dev/null || status=$?
	if grep -q 'bad pattern' "$tmp/err"; then
		die "httpstatus refuses a pattern of the benchmark: $(head -n 1 "$tmp/err")"
	fi
	for ((i = 0; i <= runs; i++)); do
		[ "$status" -le 2 ] || die "'httpstatus -q $*' exited $status"
		[ "$status" -ne 2 ] || limited=$((limited + 1))
		[ "$i" -lt "$runs" ] || break
		status=0
		t0=$(now_us)
		{ time "$program" -q "$@" >/dev/null 2>&1 </dev/null || status=$?; } 2>"$tmp/cpu"
		t1=$(now_us)
		if [ $((t1 - t0)) -gt "$most" ]; then
			most=$((t1 - t0))
			cpu=$(cat "$tmp/cpu")
		fi
	done
	took_ms=$(calc "$most / 1000" 1)
	took="$took_ms ms (CPU $(calc "($cpu) * 1000" 1) ms)"
}

# worst_limit PROGRAM ARGS...: as worst, for a case that must reach the
# budget in every run, saying "too complex".
worst_limit() {
	worst "$@"
	if [ "$limited" -ne $((runs + 1)) ] || ! grep -q 'too complex' "$tmp/err"; then
		die "'httpstatus -q ${*:2}' did not reach the budget in every run"
	fi
}

# than REF WHAT: how many times the last case took REF ms, as "1.05 x
# WHAT", or - without REF.
than() {
	if [ -n "$1" ]; then
		echo "$(calc "$took_ms / $1") x $2"
	else
		echo -
	fi
}

# The patterns, read into an array, and each as -e options.
mapfile -t patterns < <(awk -v n="$npatterns" -v seed="$seed" -f "$bench_dir/gen-patterns.awk")
[ "${#patterns[@]}" -eq "$npatterns" ] || die "gen-patterns.awk gave ${#patterns[@]} patterns, not $npatterns"
generated=()
copies=()
for p in "${patterns[@]}"; do
	generated+=(-e "$p")
	copies+=(-e "$scans")
done

# worst_cases PROGRAM NAME ONE MANY: the rows of the worst cases run by
# PROGRAM, named NAME, against ONE ms for one pattern and MANY ms for
# many at once; beside the cases of one pattern, how many times what they
# took on the shipped registry when ref_scans_ms and ref_alone_ms hold it.
# Sets scans_ms and alone_ms, the times of those cases.
worst_cases() {
	local program=$1 name=$2 one=$3 many=$4 slowest=0 slowest_ms=0 slowest_took always=0 at_times=0 k
	worst_limit "$program" -e "$scans"
	scans_ms=$took_ms
	target "$name 156-byte scans in lookaheads, one" "$took" \
		"$(than "${ref_scans_ms:-}" shipped)" "< $one ms" "$took_ms < $one"
	worst_limit "$program" "${copies[@]}"
	target "$name the same, $npatterns copies at once" "$took" \
		"$(than "$scans_ms" one)" "< $many ms" "$took_ms < $many"
	for k in "${!patterns[@]}"; do
		worst "$program" -e "${patterns[$k]}"
		if [ "$limited" -eq $((runs + 1)) ]; then
			always=$((always + 1))
		elif [ "$limited" -gt 0 ]; then
			at_times=$((at_times + 1))
		fi
		if holds "$took_ms > $slowest_ms"; then
			slowest_ms=$took_ms
			slowest_took=$took
			slowest=$k
		fi
	done
	alone_ms=$slowest_ms
	took_ms=$slowest_ms
	took=$slowest_took
	target "$name generated, the slowest alone (#$slowest, family $((slowest % 8)))" \
		"$took" "$(than "${ref_alone_ms:-}" shipped)" "< $one ms" "$took_ms < $one"
	row "$name generated, those that reach the budget alone" \
		"$always of $npatterns, $at_times more at times" "-" "(information)" "-"
	worst_limit "$program" "${generated[@]}"
	target "$name generated, all $npatterns at once" "$took" \
		"$(than "$alone_ms" slowest)" "< $many ms" "$took_ms < $many"
}

# --- the shipped registry --------------------------------------------------

# A lookup, for what a run costs without matching: start-up and exit.
worst "$bin" 404
row "-e: wall, httpstatus 404 (start-up, no pattern)" "$took" "-" "(reference)" "-"
worst_limit "$bin" -e "$cheap"
target "-e: wall, cheap steps up to the budget, $cheap" "$took" "-" "< $one_max_ms ms" \
	"$took_ms < $one_max_ms"

unset ref_scans_ms ref_alone_ms
worst_cases "$bin" "-e: wall," "$one_max_ms" "$many_max_ms"
ref_scans_ms=$scans_ms
ref_alone_ms=$alone_ms

# Memory: the pattern at the step limit, and all the generated ones at
# once, each with its compiled code and match data.
kib=$(status=2 rss "$bin" -q -e "$cheap" </dev/null)
target "-e: peak RSS, at the step limit" "$kib KiB" "-" "< $rss_max_kib KiB" \
	"$kib < $rss_max_kib"
kib=$(status=2 rss "$bin" -q "${generated[@]}" </dev/null)
target "-e: peak RSS, $npatterns generated at once" "$kib KiB" "-" "< $rss_max_kib KiB" \
	"$kib < $rss_max_kib"

# --- a registry at the generator's limits ----------------------------------

# The program is built again from the tree it was built from (which
# meson records; this script's tree otherwise), uncommitted changes and
# all, beside a registry whose descriptions are all $description_max
# bytes, with the measured build's buildtype and linkage.  Build
# directories (those meson set up) and .git are left behind.
src=$(sed -n 's/.*"source": *"\([^"]*\)".*/\1/p' "$builddir/meson-info/meson-info.json" 2>/dev/null || true)
src=${src:-$root}
buildtype=$(sed -n 's/.*{"name": "buildtype", "value": "\([^"]*\)".*/\1/p' \
	"$builddir/meson-info/intro-buildoptions.json" 2>/dev/null || true)
static=false
[ "$linkage" = dynamic ] || static=true
mkdir "$tmp/src"
for entry in "$src"/* "$src"/.[!.]*; do
	[ -e "$entry" ] || continue
	case ${entry##*/} in
	.git | registry.csv) continue ;;
	esac
	[ ! -d "$entry/meson-private" ] || continue
	cp -R "$entry" "$tmp/src/"
done
awk -v max="$description_max" -f "$bench_dir/max-registry.awk" "$src/registry.csv" \
	>"$tmp/src/registry.csv"
entries=$(($(wc -l <"$tmp/src/registry.csv") - 1))
if ! meson setup "$tmp/build" "$tmp/src" -Dtests=disabled -Dman-pages=disabled \
	-Dbuildtype="${buildtype:-debugoptimized}" -Dstatic="$static" >"$tmp/build.log" 2>&1 ||
	! meson compile -C "$tmp/build" src/httpstatus:executable >>"$tmp/build.log" 2>&1; then
	# The generator's message names the row and field it refuses.
	die "could not build httpstatus with the padded registry: $(grep -m 3 -e 'registry.csv:' -e 'ERROR' "$tmp/build.log" || tail -n 3 "$tmp/build.log")"
fi
max_bin=$tmp/build/src/httpstatus
# What the build wrote is written back now, not during a timed run.
sync

worst_cases "$max_bin" "-e, max registry: wall," "$max_registry_max_ms" "$max_registry_max_ms"

# --- report ----------------------------------------------------------------

if [ "$rows_only" -eq 1 ]; then
	printf '%s\n' "${rows[@]}"
	exit 0
fi
describe_run "httpstatus pattern benchmark" "$bin ($linkage)" "$builddir" "$root" "$load"
printf 'inputs:  %s patterns from bench/gen-patterns.awk, seed %s:\n         %s\n' \
	"$npatterns" "$seed" "$(awk -v describe=1 -f "$bench_dir/gen-patterns.awk")"
printf '         max registry: %s entries, descriptions of %s bytes (bench/max-registry.awk),\n' \
	"$entries" "$description_max"
printf '         built %s, %s\n' "${buildtype:-debugoptimized}" "$linkage"
printf 'timing:  worst of %s runs after one untimed, by bash (EPOCHREALTIME, and time for CPU)\n\n' "$runs"
print_table

if [ "$check" -eq 1 ] && [ "$missed" -gt 0 ]; then
	exit 1
fi
exit 0
