#!/usr/bin/env bash
# run-gen-input.sh - the generator reads regular files of a bounded size only.
#
# Usage: run-gen-input.sh GEN-REGISTRY REGISTRY.csv CLASSES.csv.  A
# directory, a FIFO or a device given as an input is refused before it is
# read, with the reason (a FIFO would have the generator wait for a
# writer, a device such as /dev/zero never ends), and so is a file too
# large to be a registry; no output is made.
set -u
gen=$1 registry=$2 classes=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

fail() {
	echo "FAIL: $*"
	failed=1
}

# refuses CASE MESSAGE REGISTRY CLASSES: the generator must fail at once
# with the one line MESSAGE and write no output.  timeout, so that a
# generator that waits on a FIFO fails the test rather than hanging it.
refuses() {
	local name=$1 message=$2
	shift 2
	if timeout 10 "$gen" "$@" "$work/data.h" 2>"$work/err"; then
		fail "$name: the generator accepted it"
	elif ! grep -qxE "$message" "$work/err"; then
		fail "$name: unexpected message: $(head -c 200 "$work/err")"
	fi
	[ ! -e "$work/data.h" ] || fail "$name: an output was written"
}

mkdir "$work/dir"
refuses "a directory" "gen-registry: $work/dir: Is a directory" \
	"$work/dir" "$classes"
refuses "a directory as the classes" "gen-registry: $work/dir: Is a directory" \
	"$registry" "$work/dir"
mkfifo "$work/fifo"
refuses "a FIFO" "gen-registry: $work/fifo: not a regular file \(a FIFO\)" \
	"$work/fifo" "$classes"
refuses "a FIFO as the classes" \
	"gen-registry: $work/fifo: not a regular file \(a FIFO\)" \
	"$registry" "$work/fifo"
# A device node is made only by root, and only here: nothing under /dev
# is touched.
if [ "$(id -u)" -eq 0 ] && mknod "$work/null" c 1 3; then
	refuses "a character device" \
		"gen-registry: $work/null: not a regular file \(a character device\)" \
		"$work/null" "$classes"
else
	echo "skip: character device (mknod needs root)"
fi
# 64 MiB, well past the bound (REGFILE_SIZE_MAX in src/regfile.h) and
# hundreds of times registry.csv; sparse, so it costs no disk, and
# refused before it is read.
truncate -s 64M "$work/big"
refuses "an oversize file" "gen-registry: $work/big: larger than [0-9]+ bytes" \
	"$work/big" "$classes"
refuses "an oversize classes file" \
	"gen-registry: $work/big: larger than [0-9]+ bytes" \
	"$registry" "$work/big"
[ "$failed" -eq 0 ]
