#!/usr/bin/env bash
# run.sh - measures httpstatus against its performance targets and prints one table.
#
# Usage: bench/run.sh [--check] [BUILDDIR]
#
# BUILDDIR (default: build) holds a compiled tree, as after
# `meson setup build && meson compile -C build`.  Instruction counts come
# from valgrind's callgrind (the whole process, start-up included), peak
# memory from /usr/bin/time, wall time from hyperfine when installed
# (best of 5 otherwise), beside an awk join and cat of the same bytes;
# bench/pattern.sh adds the rows of the worst cases of -e, and
# bench/log.sh those of --log --count on an access log.
# Every input is generated from a fixed seed, in a temporary directory
# that is removed at the end.  The exit status is 0 however the targets
# fare, as this is a report; with --check it is 1 if any target is
# missed.  2 means the benchmark itself could not run.
set -euo pipefail
shopt -s inherit_errexit
export LC_ALL=C
unset NO_COLOR TERM COLUMNS

bench_dir=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$bench_dir")
prog=bench/run.sh
# shellcheck source-path=SCRIPTDIR source=lib.sh
. "$bench_dir/lib.sh"

# The codes of the streams; see gen-codes.awk for the mix.
seed=20250915
stream_lines=1000000
# Status lines cost callgrind about 25 s a million; the first 200,000
# codes give the same mix, and a count per line as exact.
status_lines=200000
rss_small_lines=1000
rss_large_lines=10000000
# Targets, from the issue.
lookup_max_ratio=1.10
search_max_ratio=1.5
# A bare code costs the most this much beyond start-up, in every format.
per_line_max=20
# A word query in a stream cost about 40,000 instructions with the
# substring matcher that the search index replaced, and 18,000 with the
# index as first written.
word_max_per_line=5000
word_lines=20000
# Wall time, as the awk join's time over httpstatus's (awk/hs) or
# httpstatus's over that of cat moving the same bytes (hs/cat).  Through
# a pipe, full rows must beat awk and come near the floor; short rows,
# with less to copy, must leave awk far behind, and so must a file.
# Output to /dev/null is left without a target: writing there costs the
# kernel nothing, so it says nothing of where output really goes.
pipe_awk_min=1.0
pipe_cat_max=1.2
short_awk_min=4
file_awk_min=3
rss_max_kib=2048
# Peak memory at 10M lines may differ from that at 1K lines by this much
# and still count as constant: a small input may touch only part of the
# 64 KiB input and output buffers, and the kernel counts whole pages.
rss_tolerance_kib=128

parse_args 16 "bench/run.sh [--check] [BUILDDIR]" "$@"
find_program "$builddir"

for tool in valgrind awk cmp sync; do
	command -v "$tool" >/dev/null || die "needs $tool"
done
[ -x /usr/bin/time ] || die "needs GNU time as /usr/bin/time (apt-get install time)"
true_bin=/bin/true
[ -x "$true_bin" ] || true_bin=$(type -P true) || die "needs a true program"

load=$(load_average)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/httpstatus-bench.XXXXXX")
trap 'rm -rf "$tmp"' EXIT

find_linkage "$bin"

# --- helpers ---------------------------------------------------------------

# gen N: N codes on stdout.
gen() {
	awk -v n="$1" -v seed="$seed" -f "$bench_dir/gen-codes.awk"
}

# --- inputs ----------------------------------------------------------------

codes=$tmp/codes.txt
empty=$tmp/empty.txt
registry=$tmp/registry.tsv
gen "$stream_lines" >"$codes"
: >"$empty"
"$bin" --all --list --format=tsv >"$registry" ||
	die "'httpstatus --all --list --format=tsv' failed"

# --- instructions ----------------------------------------------------------

true_ir=$(ir /dev/null "$true_bin")
row "/bin/true (baseline)" "$true_ir Ir" "1.00 x true" "-" "-"

# start CASE IR MAX: a command's whole cost against MAX times /bin/true.
start() {
	static_target "$1" "$2 Ir" "$(calc "$2 / $true_ir") x true" \
		"<= $3 x true" "$2 <= $3 * $true_ir"
}
start "httpstatus 404" "$(ir /dev/null "$bin" 404)" "$lookup_max_ratio"
start "httpstatus 'too large'" "$(ir /dev/null "$bin" 'too large')" "$search_max_ratio"

# per_line INPUT LINES ARGS...: instructions a line of INPUT, which has
# LINES lines, costs beyond start-up.
per_line() {
	local input=$1 lines=$2 full start
	shift 2
	full=$(ir "$input" "$bin" "$@")
	start=$(ir "$empty" "$bin" "$@")
	calc "($full - $start) / $lines" 4
}

# format_row NAME ARGS...: a row for the cost of a bare code answered
# with ARGS.
format_row() {
	local name=$1 pl
	shift
	pl=$(per_line "$codes" "$stream_lines" "$@")
	target "stream $name, 1M codes" "$(calc "$pl") Ir/line" "-" "<= $per_line_max Ir/line" \
		"$pl <= $per_line_max"
}
# Bare codes, in every output format.  -l is --list, which reads no
# queries; the long text is -L.
format_row "text (default)"
format_row "-s" -s
format_row "--format=tsv" --format=tsv
format_row "-o code,phrase (tsv)" --format=tsv -o code,phrase
format_row "-j (json)" -j
format_row "--format=jsonl" --format=jsonl
format_row "-L (long text)" -L

# Status lines as a log or curl -i shows them, each with the registry's
# phrase for its code (the first of its rows).
status_file=$tmp/status-lines.txt
head -n "$status_lines" "$codes" | awk -F'\t' '
	NR == FNR { if (!($1 in phrase)) phrase[$1] = $2; next }
	{ print "HTTP/1.1 " $1 " " phrase[$1] }
' "$registry" - >"$status_file"
status_pl=$(per_line "$status_file" "$status_lines")
row "stream of status lines (HTTP/1.1 404 Not Found), ${status_lines} lines" \
	"$(calc "$status_pl") Ir/line" "-" "(information)" "-"

# Word queries: every query of the relevance table that finds something,
# over and over, one per line, so that a line costs what a search costs.
words=$tmp/words.txt
awk -F '\t' -v n="$word_lines" '
	!/^#/ && NF == 4 && $2 != "none" { q[++m] = $1 }
	END { for (i = 0; i < n; i++) print q[i % m + 1] }
' "$root/tests/relevance.tsv" >"$words"
word_full=$(ir "$words" "$bin" -s)
word_start=$(ir "$empty" "$bin" -s)
word_pl=$(calc "($word_full - $word_start) / $word_lines" 0)
target "stream of word queries, ${word_lines} lines" "$word_pl Ir/line" "-" \
	"<= $word_max_per_line Ir/line" "$word_pl <= $word_max_per_line"

# An unknown 62-letter word on every line: each finds nothing and is
# compared with the names for a suggestion.
unknown=$tmp/unknown.txt
awk -v n="$word_lines" -v seed="$seed" 'BEGIN {
	srand(seed)
	for (i = 0; i < 62; i++)
		w = w substr("abcdefghijklmnopqrstuvwxyz", int(rand() * 26) + 1, 1)
	for (i = 0; i < n; i++)
		print w
}' >"$unknown"
unknown_full=$(status=1 ir "$unknown" "$bin" -q)
unknown_start=$(ir "$empty" "$bin" -q)
unknown_pl=$(calc "($unknown_full - $unknown_start) / $word_lines" 0)
row "stream of unknown 62-letter words, ${word_lines} lines" "$unknown_pl Ir/line" "-" \
	"(information)" "-"

# --- wall time against awk and cat -----------------------------------------

# httpstatus's output, saved once: what cat copies for the floor, and
# what the awk join must print byte for byte for the comparison to be
# honest.
full=$tmp/full.tsv
short=$tmp/short.tsv
"$bin" --format=tsv <"$codes" >"$full" ||
	die "'httpstatus --format=tsv' failed on the codes"
"$bin" --format=tsv -o code,phrase <"$codes" >"$short" ||
	die "'httpstatus --format=tsv -o code,phrase' failed on the codes"

# same NAME FILE AWK-OPTIONS...: a row for whether the awk join, with
# AWK-OPTIONS, prints the bytes of FILE.
same() {
	local name=$1 file=$2 bytes result=no
	shift 2
	bytes=$(wc -c <"$file")
	if [ "$bytes" -gt 0 ] &&
		awk -F'\t' "$@" -f "$bench_dir/join.awk" "$registry" "$codes" |
		cmp -s - "$file"; then
		result=yes
	fi
	target "same output as the awk join, $name" "$result ($bytes bytes)" "-" "identical" \
		"\"$result\" == \"yes\""
}
same "full rows" "$full"
same "-o code,phrase" "$short" -v fields=2

# The commands timed, for sh -c, three to a consumer: httpstatus, the awk
# join, and cat of httpstatus's saved output, the floor, as it does
# nothing but move those bytes (into a pipe in 128 KiB writes, into a
# file by copy_file_range(2); a program that writes otherwise may beat
# it through a pipe).  A pipe is read by cat in another process, as in a
# real pipeline; the file is overwritten each run, so that every command
# pays for the truncation alike.  All of them run in one invocation so
# that they share the machine's state.  Before each run, untimed, sync
# writes back what earlier ones left dirty (the saved outputs, the file
# of the run before; vmstat showed hundreds of MB/s of it): otherwise
# that writeback lands on whichever run comes later and competes with it
# for 2 cores.  A timed run so measures handing the bytes to the page
# cache, as a program sees it.
#
# Through a pipe, where the scheduler puts the two ends matters most: on
# a 2-core VM, with both on one CPU httpstatus | cat and cat | cat took
# 180-200 ms, on two CPUs 600-1200 ms, and a run may get either.  So each
# command runs ten times and its median counts, which one unlucky run
# cannot move; the standard deviations show how wide the runs spread.
printf -v hs_full '%q --format=tsv < %q' "$bin" "$codes"
printf -v hs_short '%q --format=tsv -o code,phrase < %q' "$bin" "$codes"
printf -v awk_full "awk -F'\\\\t' -f %q %q %q" "$bench_dir/join.awk" "$registry" "$codes"
printf -v awk_short "awk -F'\\\\t' -v fields=2 -f %q %q %q" "$bench_dir/join.awk" "$registry" "$codes"
printf -v cat_full 'cat %q' "$full"
printf -v cat_short 'cat %q' "$short"
printf -v to_file '> %q' "$tmp/out"
commands=(
	"$hs_full | cat > /dev/null" "$awk_full | cat > /dev/null" "$cat_full | cat > /dev/null"
	"$hs_short | cat > /dev/null" "$awk_short | cat > /dev/null" "$cat_short | cat > /dev/null"
	"$hs_full $to_file" "$awk_full $to_file" "$cat_full $to_file"
	"$hs_full > /dev/null" "$awk_full > /dev/null" "$cat_full > /dev/null"
)
time_commands "median +- sd of 10" --warmup 1 --runs 10 -- "${commands[@]}"
# The full rows are 350 MB, saved and in the file; the page cache they
# hold is better given back before the memory is measured.
rm -f "$full" "$short" "$tmp/out"

# Each consumer: httpstatus (timed with $timer), then the awk join with
# awk/hs (how many times faster httpstatus is), then cat with hs/cat (how
# far httpstatus is from the floor).
wall="wall, full rows | cat:"
row "$wall httpstatus" "$(ms 0)" "-" "$timer" "-"
target "$wall awk join" "$(ms 1)" "awk/hs $(over 1 0)" "awk/hs >= $pipe_awk_min" \
	"${seconds[1]} >= $pipe_awk_min * ${seconds[0]}"
target "$wall cat, same bytes (floor)" "$(ms 2)" "hs/cat $(over 0 2)" "hs/cat <= $pipe_cat_max" \
	"${seconds[0]} <= $pipe_cat_max * ${seconds[2]}"
wall="wall, -o code,phrase | cat:"
row "$wall httpstatus" "$(ms 3)" "-" "$timer" "-"
target "$wall awk join" "$(ms 4)" "awk/hs $(over 4 3)" "awk/hs >= $short_awk_min" \
	"${seconds[4]} >= $short_awk_min * ${seconds[3]}"
row "$wall cat, same bytes (floor)" "$(ms 5)" "hs/cat $(over 3 5)" "(information)" "-"
wall="wall, full rows > file:"
row "$wall httpstatus" "$(ms 6)" "-" "$timer" "-"
target "$wall awk join" "$(ms 7)" "awk/hs $(over 7 6)" "awk/hs >= $file_awk_min" \
	"${seconds[7]} >= $file_awk_min * ${seconds[6]}"
row "$wall cat, same bytes (floor)" "$(ms 8)" "hs/cat $(over 6 8)" "(information)" "-"
wall="wall, full rows > /dev/null:"
row "$wall httpstatus" "$(ms 9)" "-" "$timer" "-"
row "$wall awk join" "$(ms 10)" "awk/hs $(over 10 9)" "(information)" "-"
row "$wall cat, same bytes (floor)" "$(ms 11)" "hs/cat $(over 9 11)" "(information)" "-"

# --- patterns --------------------------------------------------------------

# bench/pattern.sh times the worst cases of -e, whose patterns share one
# budget, on this registry and on one at the generator's limits, which it
# builds (see there); its rows join this table, and its missed targets
# count here.  It takes a minute or so.
rows_of pattern.sh "$builddir"

# --- memory ----------------------------------------------------------------

lookup_kib=$(rss "$bin" 404 </dev/null)
static_target "peak RSS: httpstatus 404" "$lookup_kib KiB" "-" "<= $rss_max_kib KiB" \
	"$lookup_kib <= $rss_max_kib"
# The codes are piped in from awk, so that 10M lines need no 40 MB file;
# time measures httpstatus alone.
small_kib=$(gen "$rss_small_lines" | rss "$bin" --format=tsv)
static_target "peak RSS: stream tsv, 1K lines" "$small_kib KiB" "-" "<= $rss_max_kib KiB" \
	"$small_kib <= $rss_max_kib"
large_kib=$(gen "$rss_large_lines" | rss "$bin" --format=tsv)
static_target "peak RSS: stream tsv, 10M lines" "$large_kib KiB" "$((large_kib - small_kib)) KiB vs 1K" \
	"<= $rss_max_kib KiB, +-$rss_tolerance_kib vs 1K" \
	"$large_kib <= $rss_max_kib && $large_kib - $small_kib <= $rss_tolerance_kib && $small_kib - $large_kib <= $rss_tolerance_kib"

# --- access logs -----------------------------------------------------------

# bench/log.sh measures --log --count on a generated access log beside
# mawk, sort | uniq -c, GoAccess and wc -l (see there); its rows join this
# table, and its missed targets count here.  It takes some 90 s, most of
# it GoAccess's.
rows_of log.sh "$builddir"

# --- size ------------------------------------------------------------------

size=$(wc -c <"$bin")
row "binary size ($linkage)" "$size bytes" "-" "-" "-"

# --- report ----------------------------------------------------------------

# mawk and gawk name themselves with -W version; other awks may not.
awk_version=$(awk -W version 2>&1 </dev/null | sed -n 1p) || awk_version=
awk_version=${awk_version:-unknown ($(command -v awk))}
describe_run "httpstatus benchmark" "$bin" "$builddir" "$root" "$load"
printf 'inputs:  %s codes from bench/gen-codes.awk, seed %s:\n         %s\n' \
	"$stream_lines" "$seed" "$(awk -v describe=1 -f "$bench_dir/gen-codes.awk")"
printf '         status lines: the first %s of those codes, as HTTP/1.1 CODE PHRASE\n' \
	"$status_lines"
printf '         patterns of bench/pattern.sh, from bench/gen-patterns.awk:\n         %s\n' \
	"$(awk -v describe=1 -f "$bench_dir/gen-patterns.awk")"
# The baseline is only as fast as the awk that runs it.
printf '         access log of bench/log.sh, from bench/gen-log.awk:\n         %s\n' \
	"$(awk -v describe=1 -f "$bench_dir/gen-log.awk")"
printf 'awk:     %s\n\n' "$awk_version"
print_table

if [ "$check" -eq 1 ] && [ "$missed" -gt 0 ]; then
	exit 1
fi
exit 0
