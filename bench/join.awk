# join.awk - the baseline httpstatus is measured against: a hash join of
# codes (one a line) against a TSV of the registry, printing each code's
# rows as httpstatus --format=tsv does.  Run with -F'\t'.
#
#   awk -F'\t' -f join.awk registry.tsv codes.txt
NR == FNR {
	a[$1] = a[$1] $0 "\n"
	next
}
($1 in a) {
	printf "%s", a[$1]
}
