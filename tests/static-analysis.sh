#!/usr/bin/env bash
# static-analysis.sh - cppcheck, clang's analyzer and gcc's -fanalyzer over src/ and tools/.
#
# Usage: tests/static-analysis.sh BUILDDIR (a configured build, for the
# generated headers).  Any report fails the run: a report that is wrong
# gets a comment and a suppression where it fires, not silence here.
set -u
build=${1:?usage: static-analysis.sh BUILDDIR}
cd "$(dirname "$0")/.." || exit 2
flags=(-std=c11 -D_POSIX_C_SOURCE=200809L -Isrc -I"$build/src")
passed=0 failed=0

check() {
	local name=$1 out status=0
	shift
	out=$("$@" 2>&1) || status=$?
	if [ "$status" -ne 0 ] || grep -qE 'warning|error' <<<"$out"; then
		echo "FAIL $name"
		echo "$out"
		failed=$((failed + 1))
	else
		echo "ok   $name"
		passed=$((passed + 1))
	fi
}

check cppcheck cppcheck --quiet --error-exitcode=1 \
	--enable=warning,portability,performance --std=c11 --inline-suppr \
	-Isrc -I"$build/src" src tools
for f in src/*.c tools/*.c; do
	check "clang --analyze $f" clang --analyze "${flags[@]}" "$f" -o /dev/null
	check "gcc -fanalyzer $f" gcc -fanalyzer -Wall -Wextra "${flags[@]}" \
		-c "$f" -o /dev/null
done
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
