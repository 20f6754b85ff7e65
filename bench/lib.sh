# lib.sh - what the scripts of bench/ share: their measures, arithmetic and one table; sourced, never run.
#
# The script that sources it sets prog (its name, for messages), root
# (the source tree), bench_dir (this directory) and tmp
# (a temporary directory that it removes at the end), and calls
# find_linkage before static_target.  Kept in one place so that the
# scripts measure alike and print rows that one table can hold.
#
# shellcheck shell=bash
# prog, root, bench_dir and tmp are the sourcing script's, and builddir, bin,
# timer, spread and linkage are set for it, which shellcheck cannot see from this file alone.
# shellcheck disable=SC2154,SC2034

die() {
	printf '%s: %s\n' "$prog" "$*" >&2
	exit 2
}

# find_program BUILDDIR: sets builddir to BUILDDIR (default: build),
# looked for where the script is run, then in the source tree root, and
# bin to the absolute path of the program built there.
find_program() {
	builddir=${1:-build}
	if [ ! -d "$builddir" ] && [ -d "$root/$builddir" ]; then
		builddir=$root/$builddir
	fi
	bin=$builddir/src/httpstatus
	[ -x "$bin" ] || die "no program at '$bin'; build it first: meson setup build && meson compile -C build"
	bin=$(cd "$(dirname "$bin")" && pwd)/httpstatus
}

# parse_args HELP_END USAGE ARG...: the arguments every bench script
# takes, as USAGE ("bench/log.sh [--check] [--rows] [BUILDDIR]") lists
# them: sets check and rows_only to 0 or 1, and builddir to BUILDDIR or
# empty.  --help prints the script's header comment, from line 4 to
# HELP_END.
parse_args() {
	local help_end=$1 usage=$2 arg
	shift 2
	check=0 rows_only=0 builddir=
	for arg in "$@"; do
		case $arg in
		--check) check=1 ;;
		--rows)
			[[ $usage == *--rows* ]] || die "unknown option '$arg' (usage: $usage)"
			rows_only=1
			;;
		-h | --help)
			sed -n "4,${help_end}s/^# \{0,1\}//p" "$0"
			exit 0
			;;
		-*) die "unknown option '$arg' (usage: $usage)" ;;
		*)
			[ -z "$builddir" ] || die "one BUILDDIR only"
			builddir=$arg
			;;
		esac
	done
}

# find_linkage BIN: sets linkage to static or dynamic, as BIN is linked.
find_linkage() {
	if command -v file >/dev/null && file -L "$1" | grep -q 'statically linked'; then
		linkage=static
	else
		linkage=dynamic
	fi
}

# load_average: the load average of the last minutes; wall times mean
# little on a busy machine, and the load before a run says how busy it
# was.
load_average() {
	cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown
}

# ir INPUT CMD...: total instructions (callgrind Ir) of the whole process,
# which must exit with status $status (default 0).
ir() {
	local input=$1 out=$tmp/callgrind.out rc=0
	shift
	rm -f "$out"
	valgrind --tool=callgrind --callgrind-out-file="$out" "$@" \
		<"$input" >/dev/null 2>"$tmp/callgrind.err" || rc=$?
	[ "$rc" -eq "${status:-0}" ] ||
		die "callgrind failed on '$*': $(tail -n 3 "$tmp/callgrind.err")"
	awk '$1 == "totals:" { print $2; found = 1 } END { exit !found }' "$out" ||
		die "no totals in callgrind output for '$*'"
}

# rss CMD...: peak resident memory (KiB) of CMD, stdin passed through;
# CMD must exit with status $status (default 0).
rss() {
	local rc=0
	/usr/bin/time -f %M -o "$tmp/rss" "$@" >/dev/null 2>&1 || rc=$?
	[ "$rc" -eq "${status:-0}" ] || die "'$*' failed: $(cat "$tmp/rss")"
	tail -n 1 "$tmp/rss"
}

# calc EXPR [DECIMALS]: EXPR evaluated by awk, printed with DECIMALS
# (default 2) decimals.
calc() {
	awk "BEGIN { printf \"%.${2:-2}f\", $1 }"
}

# holds EXPR: whether the awk condition EXPR is true.
holds() {
	awk "BEGIN { exit !($1) }"
}

# Table rows: case, measured, ratio, target, result.
rows=()
missed=0
row() {
	rows+=("$1"$'\t'"$2"$'\t'"$3"$'\t'"$4"$'\t'"$5")
}
# target CASE MEASURED RATIO TARGET EXPR: a row judged by the awk
# condition EXPR, counting a miss.
target() {
	local result=PASS
	if ! holds "$5"; then
		result=FAIL
		missed=$((missed + 1))
	fi
	row "$1" "$2" "$3" "$4" "$result"
}

# rows_of SCRIPT BUILDDIR: runs bench/SCRIPT --rows on BUILDDIR and adds
# its rows to the table, counting the targets they miss.
rows_of() {
	local line
	"$bench_dir/$1" --rows "$2" >"$tmp/rows.tsv" ||
		die "bench/$1 failed (see its message above)"
	while IFS= read -r line; do
		rows+=("$line")
		if [ "${line##*$'\t'}" = FAIL ]; then
			missed=$((missed + 1))
		fi
	done <"$tmp/rows.tsv"
}

# static_target CASE MEASURED RATIO TARGET EXPR: as target, for the
# targets of start-up cost and resident memory, which are those of a
# static build (-Dstatic=true).  A dynamic program pays the loader's
# binding of three libraries before main, and its resident pages include
# theirs, so its figures are reported beside the targets as information.
static_target() {
	if [ "$linkage" = static ]; then
		target "$@"
	else
		row "$1 (dynamic)" "$2" "$3" "$4 if static" "-"
	fi
}

# time_commands LABEL HYPERFINE-OPTIONS... -- COMMANDS...: times each of
# COMMANDS, run by sh -c, in one invocation so that they share the
# machine's state: by hyperfine with HYPERFINE-OPTIONS (which say how
# many runs; LABEL says it for the table) when it is installed, else as
# the best of 5.  Before each run, untimed, sync writes back what earlier
# ones left dirty, which would otherwise land on a later run.  Sets
# seconds (the median or best of each, in seconds), spread (their
# standard deviations, under hyperfine) and timer (how they were taken).
time_commands() {
	local label=$1 options=() cmd min t0 t1
	shift
	while [ "$1" != -- ]; do
		options+=("$1")
		shift
	done
	shift
	seconds=()
	spread=()
	if command -v hyperfine >/dev/null; then
		timer="hyperfine: $label"
		hyperfine "${options[@]}" --prepare sync --style none \
			--export-json "$tmp/hyperfine.json" "$@" \
			>/dev/null 2>"$tmp/hyperfine.err" ||
			die "hyperfine failed: $(tail -n 3 "$tmp/hyperfine.err")"
		# The medians and standard deviations, in seconds, in the order
		# of the commands.
		mapfile -t seconds < <(awk -F: '/"median"/ { gsub(/[ ,]/, "", $2); print $2 }' \
			"$tmp/hyperfine.json")
		mapfile -t spread < <(awk -F: '/"stddev"/ { gsub(/[ ,]/, "", $2); print $2 }' \
			"$tmp/hyperfine.json")
	else
		timer="best of 5 (no hyperfine)"
		for cmd in "$@"; do
			sh -c "$cmd"
			min=
			for _ in 1 2 3 4 5; do
				sync
				t0=$(date +%s%N)
				sh -c "$cmd"
				t1=$(date +%s%N)
				if [ -z "$min" ] || [ $((t1 - t0)) -lt "$min" ]; then
					min=$((t1 - t0))
				fi
			done
			seconds+=("$(calc "$min / 1e9" 6)")
		done
	fi
	[ "${#seconds[@]}" -eq "$#" ] || die "could not time the commands"
}

# ms I: the time of command I, in milliseconds.
ms() {
	if [ "${#spread[@]}" -eq "${#seconds[@]}" ]; then
		printf '%s +- %s ms' "$(calc "${seconds[$1]} * 1000" 1)" \
			"$(calc "${spread[$1]} * 1000" 1)"
	else
		printf '%s ms' "$(calc "${seconds[$1]} * 1000" 1)"
	fi
}
# over I J: the time of command I over that of command J.
over() {
	calc "${seconds[$1]} / ${seconds[$2]}"
}

# describe_run TITLE BIN BUILDDIR ROOT LOAD: the lines that head a
# report: what was measured, on what machine, when, and from which
# commit.
describe_run() {
	local cpu src commit
	cpu=$(awk -F': *' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
	# The commit is that of the tree the program was built from, which
	# meson records; the source tree of the script otherwise.
	src=$(sed -n 's/.*"source": *"\([^"]*\)".*/\1/p' "$3/meson-info/meson-info.json" 2>/dev/null || true)
	src=${src:-$4}
	if commit=$(git -C "$src" rev-parse --short HEAD 2>/dev/null); then
		if [ -n "$(git -C "$src" status --porcelain --untracked-files=no 2>/dev/null)" ]; then
			commit="$commit, with uncommitted changes"
		fi
		commit="$commit ($src)"
	else
		commit="not a git checkout ($src)"
	fi
	printf '%s: %s\n' "$1" "$2"
	printf 'machine: %s; %s; %s cores; load average %s before\n' "$(uname -srm)" \
		"${cpu:-unknown CPU}" "$(nproc)" "$5"
	printf 'date:    %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
	printf 'commit:  %s\n' "$commit"
}

# print_table: the rows as one table under a header, columns padded to
# their widest cell, then how many targets were missed.
print_table() {
	{
		printf 'case\tmeasured\tratio\ttarget\tresult\n'
		printf '%s\n' "${rows[@]}"
	} | awk -F'\t' '
		{
			for (i = 1; i <= NF; i++) {
				cell[NR, i] = $i
				if (length($i) > width[i])
					width[i] = length($i)
			}
		}
		END {
			for (r = 1; r <= NR; r++) {
				line = ""
				for (i = 1; i <= 5; i++)
					line = line sprintf(i < 5 ? "%-" width[i] "s  " : "%s", cell[r, i])
				print line
				if (r == 1) {
					rule = ""
					for (i = 1; i <= 5; i++) {
						for (j = 0; j < width[i]; j++)
							rule = rule "-"
						if (i < 5)
							rule = rule "  "
					}
					print rule
				}
			}
		}'
	printf '\n%s of the targets missed.\n' "$missed"
}
