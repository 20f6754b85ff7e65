#!/usr/bin/env bash
# make-big-registry.sh - registry.csv with 400 long aliases for 200.
#
# Usage: make-big-registry.sh REGISTRY.csv > big-registry.csv.  Every
# field stays within the generator's limits, yet the answer for 200 is
# some 80 KB, more than any buffer of the program holds.
set -eu
awk '
BEGIN {
	pad = "x"
	while (length(pad) < 190)
		pad = pad "x"
	for (i = 1; i <= 400; i++)
		aliases = aliases (i > 1 ? "|" : "") "Alias " i " " pad
}
/^200,/ {
	print "200,OK,permanent,,,,\"RFC 9110, Section 15.3.1\"," aliases \
		",success,The request succeeded.,,yes,,"
	next
}
{ print }
' "$1"
