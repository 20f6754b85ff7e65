#!/usr/bin/env bash
# run-log-reference.sh - --log --count agrees with a reference parser in Perl.
#
# Usage: run-log-reference.sh HTTPSTATUS LOG
#
# LOG (tests/data/access-tricky.log) is an access log in Common and
# Combined Log Format, `%h %l %u %t "%r" %>s %b` and more, holding each
# kind of line that a parser can get wrong, most of them several times
# with different codes, so that a parser wrong on any one kind counts
# differently:
#   - plain Common lines, and Combined lines (referer, user agent), one
#     of whose agents holds \" and numbers;
#   - nginx's "-" request of a connection that sent none (400, 408, 444,
#     499), in Common and Combined form;
#   - Apache's \" inside the request, \\ just before the closing quote
#     ("GET /x\\" 404), \\\" (a backslash, then a quote, still inside),
#     and a \" followed by what looks like a status ("GET /\" 400 0\" ...");
#   - nginx's \x22 and \x5C escapes, and binary requests (a TLS or SOCKS
#     hello sent to a plain HTTP port) written as \xHH;
#   - requests with spaces and extra words, with fewer words ("HEAD
#     /short", "GARBAGE") and the empty request "", which shift awk's $9;
#   - IPv6 clients (2001:db8::1, ::1, ::ffff:192.0.2.128, fe80::1%eth0);
#   - an ident name, user names, and user names with spaces;
#   - a status of "-";
#   - fields appended after the user agent: request time, upstream
#     addresses, upstream statuses, quoted fields holding spaces and codes;
#   - lines whose status is the last field;
#   - CRLF line ends on lines of most of the kinds above;
#   - lines no Common-format parser can read: no quotes at all, a request
#     quote never closed (also one "closed" only by an escaped \"),
#     nothing after the request (with LF, CRLF and a trailing space), and
#     statuses that are not three digits (2000, abc, 4O4);
#   - 299, an unassigned code that still gets a row of its own, nginx's
#     499, 599 (two meanings, one row), and one documented case of a
#     three-digit status outside 100-599: 999, which no registry holds,
#     so that the line has no answer and counts as unknown.
# The fixture must keep its CR bytes and its trailing space: .gitattributes
# and .editorconfig leave it as it is, and the script checks that they did.
#
# The reference reads each line by the format's own definition, written
# from the Common Log Format and not from httpstatus's code: the request
# is the first quoted field, in which a backslash escapes the next byte;
# the status is the field right after it.  A three-digit status from 100
# to 599 counts under its code, anything else (a "-", another word, no
# such field, a line that does not parse) as unknown.  The program's
# --count rows must give the same count for each code, its unknown row
# (empty code) the reference's unknown count, and all rows together the
# number of lines.  Each line's record without --count must agree too,
# which names the lines a failure comes from.  Last, the reference must
# count differently from awk's $9, or the fixture would not be testing
# what a log parser adds over awk.
# HTTPSTATUS_WRAPPER (valgrind, say) runs in front of the program when set.
set -u
bin=$1 log=$2
export LC_ALL=C
unset NO_COLOR TERM

hs() {
	# shellcheck disable=SC2086 # the wrapper is a command line
	${HTTPSTATUS_WRAPPER:-} "$bin" "$@"
}

# perl-base is part of every Debian system, so this should not happen;
# say so rather than fail on something other than httpstatus.
if ! command -v perl >/dev/null; then
	echo "SKIP: perl is not installed"
	exit 77
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failed=0
fail() {
	echo "FAIL: $*"
	failed=1
}

lines=$(wc -l <"$log")
# A fixture whose line ends or trailing blanks were normalised would
# still pass, while no longer testing CRLF and an empty status field.
if ! grep -q $'\r$' "$log" || ! grep -q '" $' "$log"; then
	echo "FAIL: $log lost its CR bytes or its trailing space;" \
		"check .gitattributes and your editor"
	exit 1
fi

# The reference: for each line, LINE<TAB>CODE<TAB>STATUS, where CODE is
# empty for unknown and STATUS is the status field's text ("" if none).
# A line ends at LF; one CR before it belongs to the line end, not to the
# status.  The first three fields may hold no quote, so that the request
# is the first quoted field; the user name (%u) may hold spaces.
perl -ne '
	chomp;
	s/\r\z//;
	my ($code, $status) = ("", "");
	if (m{
		\A [^\s"]+ [ ] [^\s"]+ [ ] [^"]+? [ ]  # %h %l %u
		\[ [^\]]* \] [ ]                       # %t
		" (?: [^"\\] | \\. )* "                # "%r"
		[ ] ( [^ \t]+ ) (?: [ \t] | \z )       # %>s
	}x) {
		$status = $1;
		$code = $status if $status =~ /\A[1-5][0-9][0-9]\z/;
	}
	print "$.\t$code\t$status\n";
' "$log" >"$work/ref-lines"

# count CODES: "CODE<TAB>COUNT" for each code of a list (one a line, empty
# for unknown), unknown written "unknown", sorted.
count() {
	awk -F '\t' '{ n[$1 == "" ? "unknown" : $1]++ }
		END { for (c in n) print c "\t" n[c] }' | sort
}
cut -f 2 "$work/ref-lines" | count >"$work/ref"
echo "reference counts (code, lines):"
sed 's/^/  /' "$work/ref"
ref_total=$(awk -F '\t' '{ s += $2 } END { print s + 0 }' "$work/ref")
if [ "$ref_total" -ne "$lines" ]; then
	fail "the reference counted $ref_total lines of $lines"
fi
ref_unknown=$(awk -F '\t' '$1 == "unknown" { print $2 }' "$work/ref")

# The program's counts: COUNT<TAB>CODE<TAB>PHRASE rows.
hs --log --count -t <"$log" >"$work/out" 2>"$work/err"
status=$?
if [ ! -s "$work/out" ]; then
	fail "httpstatus --log --count -t printed nothing (exit status $status)"
	sed 's/^/  stderr: /' "$work/err"
	exit 1
fi
echo "httpstatus --log --count -t (exit status $status):"
sed 's/^/  /' "$work/out"
sed 's/^/  stderr: /' "$work/err"

# Every row is COUNT<TAB>CODE<TAB>PHRASE with a count and a three-digit
# or empty code; anything else would make the sums below meaningless.
if ! awk -F '\t' 'NF != 3 || $1 !~ /^[1-9][0-9]*$/ || $2 !~ /^([0-9][0-9][0-9])?$/ {
	exit 1 }' "$work/out"; then
	fail "a row is not COUNT<TAB>CODE<TAB>PHRASE"
fi
dups=$(cut -f 2 "$work/out" | sort | uniq -d)
if [ -n "$dups" ]; then
	fail "more than one row for code(s): $(echo "$dups" | tr '\n' ' ')"
fi
awk -F '\t' '{ n[$2 == "" ? "unknown" : $2] += $1 }
	END { for (c in n) print c "\t" n[c] }' "$work/out" | sort >"$work/got"
if ! diff -u --label reference --label httpstatus "$work/ref" "$work/got" \
	>"$work/diff"; then
	fail "counts per code differ (code<TAB>lines):"
	cat "$work/diff"
fi
got_total=$(awk -F '\t' '{ s += $1 } END { print s + 0 }' "$work/out")
if [ "$got_total" -ne "$lines" ]; then
	fail "the rows add up to $got_total, the log has $lines lines"
fi

# The spec's order: most first, then by code, the unknown row last.
if [ -n "$ref_unknown" ] && [ -n "$(tail -n 1 "$work/out" | cut -f 2)" ]; then
	fail "the unknown row is not the last"
fi
if ! grep -v $'^[0-9]*\t\t' "$work/out" | sort -s -t $'\t' -k 1,1nr -k 2,2 |
	cmp -s - <(grep -v $'^[0-9]*\t\t' "$work/out"); then
	fail "the rows are not sorted by count, then by code"
fi

# Lines with no answer: exit status 1, and one report on stderr that
# gives their number and the first one's line number.  Those lines are the
# unknown row, which holds "every line with no answer at all"; a 299 has
# its own row, so it is not among them.
if [ -n "$ref_unknown" ]; then
	first=$(awk -F '\t' '$2 == "" { print $1; exit }' "$work/ref-lines")
	[ "$status" -eq 1 ] ||
		fail "exit status $status with $ref_unknown unknown lines, not 1"
	if ! grep -qw -- "$ref_unknown" "$work/err" ||
		! grep -qw -- "$first" "$work/err"; then
		fail "stderr should say $ref_unknown lines (the unknown row)" \
			"had no answer, the first line $first"
	fi
fi

# Line by line, without --count: one record a line, in order, whose code
# is the reference's (none if its status is unknown) and whose query field
# is the status field's text wherever the reference finds that field.
# This names the lines behind any difference in the counts.
hs --log -t -o code,status,query <"$log" >"$work/records" 2>"$work/records-err"
status=$?
# 1 as with --count; under valgrind a memory error would make it 3.
if [ -n "$ref_unknown" ] && [ "$status" -ne 1 ]; then
	fail "httpstatus --log exited $status with unknown lines, not 1"
	sed 's/^/  stderr: /' "$work/records-err"
fi
records=$(wc -l <"$work/records")
if [ "$records" -ne "$lines" ]; then
	fail "httpstatus --log gave $records records for $lines lines"
else
	awk -F '\t' '
		NR == FNR { code[FNR] = $2; st[FNR] = $3; next }
		{
			got = $2 == "unknown" ? "" : $1
			if (got != code[FNR] || (st[FNR] != "" && $3 != st[FNR]))
				printf "line %d: reference %s \"%s\", httpstatus %s \"%s\"\n",
					FNR, code[FNR] == "" ? "unknown" : code[FNR], st[FNR],
					got == "" ? "unknown" : got, $3
		}' "$work/ref-lines" "$work/records" >"$work/bylines"
	if [ -s "$work/bylines" ]; then
		fail "lines answered unlike the reference:"
		while IFS= read -r row; do
			n=${row#line }
			n=${n%%:*}
			echo "  $row"
			echo "    $(sed -n "${n}p" "$log" | tr -d '\r')"
		done <"$work/bylines"
	fi
fi

# The fixture must defeat awk: its $9, read by the same rule, must count
# otherwise than the reference.
awk '{ print $9 }' "$log" |
	awk '{ print ($1 ~ /^[1-5][0-9][0-9]$/) ? $1 : "" }' | count >"$work/awk"
if cmp -s "$work/ref" "$work/awk"; then
	fail "awk's \$9 counts as the reference does: the fixture tests nothing"
fi
shifted=$(awk '{ print $9 }' "$log" | tr -d '\r' | paste "$work/ref-lines" - |
	awk -F '\t' '$3 != $4' | wc -l)
echo "awk's \$9 is not the status on $shifted of $lines lines"

if [ "$failed" -ne 0 ]; then
	exit 1
fi
echo "PASS: $lines lines, counts as the reference's"
