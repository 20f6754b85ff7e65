#!/usr/bin/env bash
# run-gen-output.sh - the generator replaces its output whole or not at all.
#
# Usage: run-gen-output.sh GEN-REGISTRY REGISTRY.csv CLASSES.csv.  A write
# that fails (here: a file size limit) must leave the older output as it
# was and no temporary file behind; a good run replaces it, and a second
# run writes the same bytes.
set -u
gen=$1 registry=$2 classes=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
	echo "FAIL: $*"
	failed=1
}

echo old >"$work/data.h"
# Writes past 1 KiB fail with EFBIG once SIGXFSZ is ignored.
(
	trap '' XFSZ
	ulimit -f 1
	"$gen" "$registry" "$classes" "$work/data.h"
) 2>"$work/err" && fail "the generator succeeded past the file size limit"
grep -q "data.h: write error: File too large" "$work/err" ||
	fail "no write error reported: $(cat "$work/err")"
[ "$(cat "$work/data.h")" = old ] || fail "the older output was changed"
[ "$(find "$work" -name 'data.h.*' | wc -l)" -eq 0 ] ||
	fail "a temporary file was left: $(ls "$work")"

# A directory that does not exist: an error, and nothing made.
"$gen" "$registry" "$classes" "$work/missing/data.h" 2>"$work/err" &&
	fail "the generator wrote into a missing directory"
grep -q "No such file or directory" "$work/err" ||
	fail "no reason given: $(cat "$work/err")"

# A good run replaces the file whole.
"$gen" "$registry" "$classes" "$work/data.h" 2>"$work/err" ||
	fail "the generator failed: $(cat "$work/err")"
grep -q "^static const struct registry_entry entries" "$work/data.h" ||
	fail "the output was not replaced"
[ "$(find "$work" -mindepth 1 | wc -l)" -eq 2 ] || fail "stray files: $(ls "$work")"

# The same files give the same bytes, so that a build can be reproduced.
"$gen" "$registry" "$classes" "$work/again.h" 2>"$work/err" ||
	fail "the generator failed: $(cat "$work/err")"
cmp -s "$work/data.h" "$work/again.h" ||
	fail "two runs wrote different files"
[ "$failed" -eq 0 ]
