# join.awk - the baseline httpstatus is measured against: a hash join of
# codes (one a line) against a TSV of the registry, printing each code's
# first row, its registered or commonest meaning, as httpstatus
# --format=tsv answers a stream.  Run with -F'\t'.  With -v
# fields=N, only the first N columns of each row are printed, as
# httpstatus -o does with the first N of its columns (fields=2 is
# -o code,phrase).
#
#   awk -F'\t' -f join.awk registry.tsv codes.txt
#   awk -F'\t' -v fields=2 -f join.awk registry.tsv codes.txt
#
# The rows are cut when the registry is read, so that a code costs the
# same whatever the columns: the loop over the codes is the same program.
NR == FNR {
	row = $0
	if (fields) {
		row = $1
		for (i = 2; i <= fields; i++)
			row = row "\t" $i
	}
	if (!($1 in a))
		a[$1] = row "\n"
	next
}
($1 in a) {
	printf "%s", a[$1]
}
