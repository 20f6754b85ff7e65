# max-registry.awk - prints registry.csv with every description padded to the longest the generator accepts, for the pattern benchmark.
#
#   awk -v max=4095 -f max-registry.awk registry.csv > max-registry.csv
#
# A pattern of -e is tried on each entry's phrase, aliases and
# description, and the descriptions are by far the longest of them: at
# max bytes each (REGFILE_LITERAL_MAX in src/regfile.h, the longest
# string literal C compilers must accept), a pattern whose every step
# scans a subject costs the most it can.  Each description keeps its
# text and goes on with ordinary words until it is exactly max bytes
# long, as the generator counts them (unescaped); the other fields are
# copied as they are.  The column is found by its name in the header,
# so that a new column needs nothing here.  Expects LC_ALL=C, so that
# length counts bytes, and fields without line breaks, as registry.csv
# has them.

# split_csv(line, raw): the fields of LINE, as they are written (quotes
# and all), into raw[1..n]; returns n, or 0 if a quoted field does not
# end on the line.
function split_csv(line, raw,    n, i, c, start, quoted) {
	n = 0
	start = 1
	quoted = 0
	for (i = 1; i <= length(line); i++) {
		c = substr(line, i, 1)
		if (c == "\"")
			quoted = !quoted
		else if (c == "," && !quoted) {
			raw[++n] = substr(line, start, i - start)
			start = i + 1
		}
	}
	if (quoted)
		return 0
	raw[++n] = substr(line, start)
	return n
}

# unquote(field): the text of a field as written.
function unquote(field) {
	if (substr(field, 1, 1) != "\"")
		return field
	field = substr(field, 2, length(field) - 2)
	gsub(/""/, "\"", field)
	return field
}

# pad(text, row): TEXT and ordinary words after it, max bytes in all.
# The words are taken in turn from a place that ROW sets, so that rows
# differ; the last is one of the length that is left, a..response.
function pad(text, row,    k) {
	k = row
	while (max - length(text) >= 10)
		text = text " " word[k++ % nwords + 1]
	if (max - length(text) >= 2)
		text = text " " fit[max - length(text) - 1]
	else if (max - length(text) == 1)
		text = text "."
	return text
}

BEGIN {
	if (max == "")
		max = 4095
	nwords = split("the server sends this status when a request for the " \
		"resource cannot be met as it stands and the client may try again " \
		"later with another method or header field or body", word, " ")
	split("a an the body field server request response", fit, " ")
}

{
	sub(/\r$/, "")
	n = split_csv($0, raw)
	if (n == 0) {
		printf "max-registry.awk: line %d: a quoted field goes on past the line\n", \
			NR > "/dev/stderr"
		exit 1
	}
}

NR == 1 {
	for (i = 1; i <= n; i++)
		if (raw[i] == "description")
			col = i
	if (!col) {
		print "max-registry.awk: no description column in the header" > "/dev/stderr"
		exit 1
	}
	print
	next
}

{
	text = unquote(raw[col])
	if (length(text) > max) {
		printf "max-registry.awk: line %d: the description is already over %d bytes\n", \
			NR, max > "/dev/stderr"
		exit 1
	}
	text = pad(text, NR)
	gsub(/"/, "\"\"", text)
	raw[col] = "\"" text "\""
	line = raw[1]
	for (i = 2; i <= n; i++)
		line = line "," raw[i]
	print line
}
