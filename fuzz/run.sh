#!/bin/sh
# run.sh - builds the libFuzzer harnesses and runs each for SECONDS seconds.
#
# Usage: fuzz/run.sh SECONDS
#
# Each harness first replays its seeds and every saved regression once,
# which is the same on every run, then fuzzes for SECONDS seconds from a
# random seed, new each run so that runs do not keep trying the same
# inputs.  The seed is printed; FUZZ_SEED=N runs from seed N instead, to
# try the same inputs in the same order again.
#
# The build goes into build-fuzz/ at the top of the source tree: clang,
# AddressSanitizer and UndefinedBehaviorSanitizer, and libFuzzer's
# coverage in the library too.  Each harness starts from a fresh copy of
# its seed corpus, checks the saved regressions first, and fails on a
# crash, a leak, a sanitizer report or a timeout; what it found is left in
# build-fuzz/fuzz-results/, with the logs of the run.  Save a crashing input
# under fuzz/regressions/NAME/ so that `meson test --suite fuzz` checks it
# from then on.
set -eu

usage() {
	echo "Usage: [FUZZ_SEED=N] $0 SECONDS (N a whole number above 0)" >&2
	exit 2
}

[ $# -eq 1 ] || usage
case $1 in
'' | *[!0-9]*) usage ;;
esac
seconds=$1
[ "$seconds" -gt 0 ] || usage

# One seed for every harness: FUZZ_SEED, or else a random one of 1 to
# 2^31 - 1 (not 0, which libFuzzer takes as "choose one yourself", and
# this script could not print it).
if [ -n "${FUZZ_SEED:-}" ]; then
	seed=$FUZZ_SEED
	case $seed in
	*[!0-9]* | 0) usage ;;
	esac
else
	seed=$(($(od -An -N4 -tu4 /dev/urandom) % 2147483647 + 1))
fi

top=$(cd "$(dirname "$0")/.." && pwd)
build=$top/build-fuzz
results=$build/fuzz-results

# The library is instrumented for coverage too, so that libFuzzer sees
# what it reaches; meson splits c_args as a shell would.  Only developers
# and CI build the harnesses, so a warning stops the build here.
ignore=$top/fuzz/coverage-ignore.txt
set -- --werror -Dfuzzing=true -Db_sanitize=address,undefined -Db_lundef=false \
	"-Dc_args=-fsanitize=fuzzer-no-link '-fsanitize-coverage-ignorelist=$ignore'" \
	-Dtests=disabled -Dman-pages=disabled
if [ -f "$build/build.ninja" ]; then
	# meson 1.0 keeps the old c_args on setup --reconfigure.
	meson configure "$build" "$@"
else
	CC=clang meson setup "$@" "$build" "$top"
fi
meson compile -C "$build"

mkdir -p "$results"
corpus=$(mktemp -d)
trap 'rm -rf "$corpus"' EXIT
trap 'exit 130' INT TERM

# A finding stops the run at once, with a stack trace.
ASAN_OPTIONS=detect_leaks=1
UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
export ASAN_OPTIONS UBSAN_OPTIONS

# What to show of a log: the totals, or what went wrong.
stats='^#[0-9]+.*DONE|^stat::(number_of_executed_units|average_exec_per_sec)'
findings='ERROR|SUMMARY|runtime error|Test unit written'

echo "fuzzing from seed $seed: FUZZ_SEED=$seed fuzz/run.sh $seconds tries the same inputs again"

passed=0
failed=0
for spec in query:4096 stream:65536 log:65536 registry:65536; do
	name=${spec%%:*}
	max_len=${spec#*:}
	log=$results/$name.log
	mkdir "$corpus/$name"
	cp "$top/fuzz/corpus/$name"/* "$corpus/$name"/
	# New inputs go to the first directory; the saved crashes are run
	# along with the seeds.
	set -- "$corpus/$name"
	if [ -d "$top/fuzz/regressions/$name" ]; then
		set -- "$@" "$top/fuzz/regressions/$name"
	fi
	# The replay: each seed and regression once (-runs=0), no mutation,
	# so that a regression fails here whatever the seed.
	echo "fuzz-$name: replaying the seeds and regressions, log in $results/$name-replay.log"
	if ! "$build/fuzz/fuzz-$name" -runs=0 -timeout=10 \
		-artifact_prefix="$results/$name-" "$@" \
		>"$results/$name-replay.log" 2>&1; then
		failed=$((failed + 1))
		grep -E "$findings" "$results/$name-replay.log" | sed 's/^/  /'
		echo "  FAIL fuzz-$name: replay (see $results/$name-replay.log)"
		continue
	fi
	echo "fuzz-$name: ${seconds}s from seed $seed, log in $log"
	if "$build/fuzz/fuzz-$name" -max_total_time="$seconds" \
		-seed="$seed" \
		-max_len="$max_len" -timeout=10 -print_final_stats=1 \
		-artifact_prefix="$results/$name-" "$@" >"$log" 2>&1; then
		passed=$((passed + 1))
		grep -E "$stats" "$log" | sed 's/^/  /'
		echo "  PASS fuzz-$name"
	else
		failed=$((failed + 1))
		grep -E "$findings" "$log" | sed 's/^/  /'
		echo "  FAIL fuzz-$name from seed $seed (see $log)"
	fi
done

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
