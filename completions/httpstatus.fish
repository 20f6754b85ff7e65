# httpstatus.fish - fish completion for httpstatus(1), for vendor_completions.d.
#
# Completes the options of the option table in src/main.c, the values of
# --format, --fields and --color, and the status codes (described by
# their reason phrases) and classes a query may name.  The codes come
# from the program itself, so they are never out of date.
# A query may also be a status line (HTTP/1.1 404 Not Found) or words to
# search for, ranked by relevance, where consecutive words are one
# query; those are free text, so only codes and classes are offered.

# Every status code the program knows, described by its phrases (a code
# with several meanings lists them all), then the classes.
function __httpstatus_queries
	# The program being completed, if it can be run; httpstatus if not.
	set -l prog (commandline -opc)[1]
	command -q -- $prog; or set prog httpstatus
	set -l codes
	set -l phrases
	command $prog --all --list --format=tsv --fields=code,phrase 2>/dev/null |
	while read -l -d \t code phrase
		test -n "$code"; or continue
		if set -l i (contains -i -- $code $codes)
			if test "$phrases[$i]" = '(unnamed)'
				set phrases[$i] $phrase
			else if test "$phrase" != '(unnamed)'
				set phrases[$i] "$phrases[$i] / $phrase"
			end
		else
			set -a codes $code
			set -a phrases $phrase
		end
	end
	for i in (seq (count $codes))
		printf '%s\t%s\n' $codes[$i] $phrases[$i]
	end
	printf '%s\n' 1xx\tInformational 2xx\tSuccessful 3xx\tRedirection \
		'4xx'\t'Client Error' '5xx'\t'Server Error'
end

# The fields for --fields: a comma-separated list, so the item after the
# last comma is completed, leaving out those already given (the program
# refuses a field named twice).
function __httpstatus_fields
	# The argument alone, from "-o LIST", "-oLIST" or "--fields=LIST".
	set -l list (commandline -ct | string replace -r -- '^(--[^=]*=|-[ahjLlqstV]*o)' '')
	set -l head (string match -r -- '^.*,' $list)
	set -l given (string split , -- $head)
	for field in code\t'The status code' phrase\t'The reason phrase' \
		description\t'What the code means' \
		reference\t'The defining document' \
		status\t'The IANA registry status' \
		origin\t'Who sends an unofficial code' \
		class\t'The class, such as 4xx' \
		aliases\t'Other names for the code' \
		url\t'A link to the defining document' \
		source\t'Where the facts can be checked' \
		expires\t'When a temporary registration expires' \
		headers\t'Header fields that go with the code' \
		cacheable\t'Whether caches may store it by default' \
		content\t'What the response content may be' \
		related\t'Codes it is confused with' \
		treat_as\t'The code a client acts on' \
		query\t'The query the entry answers'
		set -l name (string split -f1 \t -- $field)
		contains -- $name $given; or printf '%s%s\n' "$head" $field
	end
end

# Queries are not files.
complete -c httpstatus -f

complete -c httpstatus -s a -l all -d 'Include unofficial codes in classes, ranges and lists; on standard input, every meaning of a line'
complete -c httpstatus -l official -d 'Leave unofficial codes out everywhere'
complete -c httpstatus -s 1 -l first -d 'One entry per query: the best match, or the most common meaning of a code'
complete -c httpstatus -s e -l regex -x -d 'Entries whose phrase, alias or description match PATTERN'
complete -c httpstatus -s l -l list -d 'Every registered code'
complete -c httpstatus -s f -l format -x -d 'Output format' \
	-a 'text\t"For people (default)" json\tJSON jsonl\t"JSON, one object a line" tsv\t"Tab-separated values" csv\t"Comma-separated values (RFC 4180)"'
complete -c httpstatus -s j -l json -d 'Same as --format=json'
complete -c httpstatus -s t -l tsv -d 'Same as --format=tsv'
complete -c httpstatus -s o -l fields -x -d 'JSON keys or TSV and CSV columns, in order' \
	-a '(__httpstatus_fields)'
complete -c httpstatus -l header -d 'Begin TSV and CSV with a line of field names'
complete -c httpstatus -s s -l short -d 'One line per entry'
complete -c httpstatus -s L -l long -d 'Every entry in full, with reference URLs'
complete -c httpstatus -s q -l quiet -d 'Print nothing; the exit status tells'
# The argument of --color is optional, so it is only ever --color=WHEN;
# without -r, fish offers the values after "=" alone.
complete -c httpstatus -l color -l colour -d 'Colour text output' \
	-a 'auto\t"On a terminal (default)" always\t"Even into a pipe" never\tNever'
complete -c httpstatus -l line-buffered -d 'Write each answer at once'
complete -c httpstatus -s c -l count -d 'Print a summary of how many lines of standard input got each answer'
complete -c httpstatus -l log -d 'Each line is an access log line: its query is the status after the request'
complete -c httpstatus -l field -x -d 'The query of each line is its Nth blank-separated field'
complete -c httpstatus -s h -l help -d 'Show the help and exit'
complete -c httpstatus -s V -l version -d 'Show the version and exit'

complete -c httpstatus -n 'not string match -q -- "-*" (commandline -ct)' \
	-a '(__httpstatus_queries)'
