#!/usr/bin/env bash
# run-gen-output.sh - the generator replaces its output whole or not at all.
#
# Usage: run-gen-output.sh GEN-REGISTRY REGISTRY.csv CLASSES.csv.  A write
# that fails (here: a file size limit) must leave the older output as it
# was and no temporary file behind; so must an output path that holds
# something the generator must not replace (a FIFO, a device, a symbolic
# link, a directory, or one of its inputs); a good run replaces it, and a
# second run writes the same bytes.
set -u
# Absolute paths: one case runs from another directory.
gen=$(realpath "$1") registry=$(realpath "$2") classes=$(realpath "$3")
top=$(mktemp -d)
trap 'rm -rf "$top"' EXIT
# The files the generator is given, and nothing else, so that a file left
# behind shows.
work=$top/files err=$top/err
mkdir "$work"
failed=0

fail() {
	echo "FAIL: $*"
	failed=1
}

# What is in the directory, down to each file's kind, inode, size and
# time.
snapshot() {
	(cd "$work" && find . -mindepth 1 -printf '%p %y %i %s %T@\n' | sort)
}

# refuses CASE OUTPUT MESSAGE [ARGUMENT...]: the generator, given the
# arguments (the two real files if none) and OUTPUT, must fail with the
# one line "gen-registry: OUTPUT: MESSAGE" and leave the directory as it
# was.
refuses() {
	local name=$1 output=$2 message=$3 before
	shift 3
	[ $# -gt 0 ] || set -- "$registry" "$classes"
	before=$(snapshot)
	if timeout 10 "$gen" "$@" "$output" 2>"$err"; then
		fail "$name: the generator replaced it"
	elif [ "$(cat "$err")" != "gen-registry: $output: $message" ]; then
		fail "$name: unexpected message: $(cat "$err")"
	fi
	[ "$(snapshot)" = "$before" ] || fail "$name: the directory changed:
$(diff <(echo "$before") <(snapshot))"
}

echo old >"$work/data.h"
# Past 1 KiB a write raises SIGXFSZ, which would kill the generator with
# its temporary file left; it ignores the signal, so that the write fails
# with EFBIG instead.  The shell here leaves the signal as it is, and no
# core file is written.
(
	cd "$work" || exit 2
	ulimit -c 0
	ulimit -f 1
	exec "$gen" "$registry" "$classes" "$work/data.h"
) 2>"$err" && fail "the generator succeeded past the file size limit"
[ "$(cat "$err")" = \
	"gen-registry: $work/data.h: write error: File too large" ] ||
	fail "no write error reported: $(cat "$err")"
[ "$(cat "$work/data.h")" = old ] || fail "the older output was changed"
[ "$(find "$work" -mindepth 1 | wc -l)" -eq 1 ] ||
	fail "a temporary file was left: $(ls -A "$work")"

# A directory that does not exist: an error about the output asked for,
# not its temporary file, and nothing made.
"$gen" "$registry" "$classes" "$work/missing/data.h" 2>"$err" &&
	fail "the generator wrote into a missing directory"
[ "$(cat "$err")" = \
	"gen-registry: $work/missing/data.h: No such file or directory" ] ||
	fail "missing directory: unexpected message: $(cat "$err")"

# A directory it may not write in, likewise; root may write anywhere.
if [ "$(id -u)" -ne 0 ]; then
	mkdir "$work/locked"
	chmod 555 "$work/locked"
	refuses "unwritable directory" "$work/locked/data.h" \
		"Permission denied"
	chmod 755 "$work/locked"
	rmdir "$work/locked"
else
	echo "skip: unwritable directory (root may write in any)"
fi

# What renaming a file over would destroy is refused, and left as it was.
mkfifo "$work/fifo"
refuses FIFO "$work/fifo" \
	"not a regular file (a FIFO); refusing to replace it"
[ -p "$work/fifo" ] || fail "FIFO: it is no longer a FIFO"
echo target >"$work/target"
ln -s target "$work/link"
refuses "symbolic link" "$work/link" \
	"not a regular file (a symbolic link); refusing to replace it"
if [ ! -L "$work/link" ] || [ "$(cat "$work/target")" != target ]; then
	fail "symbolic link: it or its target changed"
fi
mkdir "$work/dir"
refuses directory "$work/dir" \
	"not a regular file (a directory); refusing to replace it"
# A device node is made only by root, and only here: nothing under /dev
# is touched.
if [ "$(id -u)" -eq 0 ] && mknod "$work/null" c 1 3; then
	refuses "character device" "$work/null" \
		"not a regular file (a character device); refusing to replace it"
	[ -c "$work/null" ] || fail "character device: it is no longer one"
	rm "$work/null"
else
	echo "skip: character device (mknod needs root)"
fi
rm -r "$work/fifo" "$work/link" "$work/target" "$work/dir"

# An input as the output, under any name, would be written over with C.
cp "$registry" "$work/reg.csv"
cp "$classes" "$work/classes.csv"
ln "$work/reg.csv" "$work/hard.csv"
refuses "the registry as the output" "$work/reg.csv" \
	"the same file as the input $work/reg.csv; refusing to replace it" \
	"$work/reg.csv" "$work/classes.csv"
refuses "the registry, spelt otherwise" "$work/./reg.csv" \
	"the same file as the input $work/reg.csv; refusing to replace it" \
	"$work/reg.csv" "$work/classes.csv"
refuses "a hard link to the registry" "$work/hard.csv" \
	"the same file as the input $work/reg.csv; refusing to replace it" \
	"$work/reg.csv" "$work/classes.csv"
refuses "the classes as the output" "$work/classes.csv" \
	"the same file as the input $work/classes.csv; refusing to replace it" \
	"$work/reg.csv" "$work/classes.csv"
if ! cmp -s "$registry" "$work/reg.csv" ||
	! cmp -s "$classes" "$work/classes.csv"; then
	fail "an input was changed"
fi
rm "$work/reg.csv" "$work/hard.csv" "$work/classes.csv"

# Any name the directory takes will do: the temporary file has a short
# name of its own, not the output's with more after it.
long=$(printf '%0250d' 0)
"$gen" "$registry" "$classes" "$work/$long" 2>"$err" ||
	fail "a 250-byte name was refused: $(cat "$err")"
rm -f "$work/$long"

# A good run replaces the file whole.
"$gen" "$registry" "$classes" "$work/data.h" 2>"$err" ||
	fail "the generator failed: $(cat "$err")"
grep -q "^static const struct registry_entry entries" "$work/data.h" ||
	fail "the output was not replaced"
[ "$(find "$work" -mindepth 1 | wc -l)" -eq 1 ] ||
	fail "stray files: $(ls -A "$work")"

# The same files give the same bytes, so that a build can be reproduced.
"$gen" "$registry" "$classes" "$work/again.h" 2>"$err" ||
	fail "the generator failed: $(cat "$err")"
cmp -s "$work/data.h" "$work/again.h" ||
	fail "two runs wrote different files"
[ "$failed" -eq 0 ]
