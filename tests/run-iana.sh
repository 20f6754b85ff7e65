#!/usr/bin/env bash
# run-iana.sh - registry.csv agrees with IANA's registry, and iana-diff
# reports each kind of change a new IANA snapshot can bring.
#
# Usage: run-iana.sh IANA-DIFF SNAPSHOT REGISTRY.  SNAPSHOT is the copy
# of IANA's CSV in tests/data/; when IANA changes, replace it with the new
# one, and this test says what registry.csv must change (see the README).
set -u
diff_tool=$1 snapshot=$2 registry=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0

if ! "$diff_tool" "$snapshot" "$registry" >"$work/out" 2>&1; then
	echo "FAIL: registry.csv differs from IANA's registry ($snapshot):"
	sed 's/^/  /' "$work/out"
	failed=1
fi

# One change of each kind, made to a copy of the snapshot.
sed -e 's/expires 2026-11-13/expires 2027-05-13/' \
	-e 's/^413,Content Too Large,/413,Content Much Too Large,/' \
	-e 's/^427,Unassigned,$/427,Quota Exceeded,[RFC9999]/' \
	-e 's/^510,Not Extended (OBSOLETED),/510,Not Extended,/' \
	-e 's/^200,OK,"\[RFC9110, Section 15.3.1\]"/200,OK,"[RFC9999, Section 1]"/' \
	-e 's/^208,Already Reported,\[RFC5842\]/208,Unassigned,/' \
	-e '/^226,/d' "$snapshot" >"$work/changed.csv"
cat >"$work/expected" <<'END'
104: expiry date: registry.csv has '2026-11-13', IANA has '2027-05-13'
200: reference: registry.csv has 'RFC 9110, Section 15.3.1', IANA has 'RFC 9999, Section 1'
208: registry.csv registers 'Already Reported', which IANA lists as unassigned
413: phrase: registry.csv has 'Content Too Large', IANA has 'Content Much Too Large'
427: missing from registry.csv: Quota Exceeded
510: status: registry.csv has obsolete, IANA has permanent
226: registry.csv registers 'IM Used', which IANA does not list
7 differences
END
"$diff_tool" "$work/changed.csv" "$registry" >"$work/out" 2>&1
rc=$?
if [ "$rc" -ne 1 ] || ! diff -u "$work/expected" "$work/out" >"$work/diff"; then
	echo "FAIL: iana-diff on a changed snapshot (exit $rc):"
	sed 's/^/  /' "$work/diff"
	failed=1
fi

# Not IANA's layout: an error, exit 2.
printf 'code,phrase\n200,OK\n' >"$work/other.csv"
"$diff_tool" "$work/other.csv" "$registry" >/dev/null 2>"$work/err"
rc=$?
if [ "$rc" -ne 2 ] || ! grep -q "not IANA's layout" "$work/err"; then
	echo "FAIL: a file in another layout gave exit $rc: $(cat "$work/err")"
	failed=1
fi
[ "$failed" -eq 0 ]
