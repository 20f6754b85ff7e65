/* options.c - the command line parsed into one struct, before anything runs. */
#include "options.h"

#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "code.h"
#include "diag.h"
#include "names.h"
#include "query.h"
#include "version.h"

enum {
	OPT_OFFICIAL = 256,
	OPT_LINE_BUFFERED,
	OPT_COLOR,
	OPT_HEADER,
	OPT_LOG,
	OPT_FIELD,
};

/* The option table: a new option also needs a line in options_usage,
 * the man page and the three completions (see HACKING.md). */
static const char short_options[] = ":1ace:f:hjLlo:qstV";
static const struct option long_options[] = {
	{"all", no_argument, NULL, 'a'},
	{"color", optional_argument, NULL, OPT_COLOR},
	{"colour", optional_argument, NULL, OPT_COLOR},
	{"count", no_argument, NULL, 'c'},
	{"field", required_argument, NULL, OPT_FIELD},
	{"fields", required_argument, NULL, 'o'},
	{"first", no_argument, NULL, '1'},
	{"format", required_argument, NULL, 'f'},
	{"header", no_argument, NULL, OPT_HEADER},
	{"help", no_argument, NULL, 'h'},
	{"json", no_argument, NULL, 'j'},
	{"line-buffered", no_argument, NULL, OPT_LINE_BUFFERED},
	{"list", no_argument, NULL, 'l'},
	{"log", no_argument, NULL, OPT_LOG},
	{"long", no_argument, NULL, 'L'},
	{"official", no_argument, NULL, OPT_OFFICIAL},
	{"quiet", no_argument, NULL, 'q'},
	{"regex", required_argument, NULL, 'e'},
	{"short", no_argument, NULL, 's'},
	{"tsv", no_argument, NULL, 't'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

/* One source line for each line printed, so that the text reads here as
 * it will on the terminal. */
const char options_usage[] =
	"Usage: httpstatus [OPTION]... QUERY...\n"
	"Explain HTTP status codes: reason phrase, meaning and defining document.\n"
	"\n"
	"A QUERY is a code (404), a class (4xx or 4), a mask (41x or 41), a range\n"
	"(400-417), a status line (\"HTTP/1.1 404 Not Found\"), or words to search\n"
	"for (\"rate limit\", NOT_FOUND, nginx), ranked by relevance. Consecutive\n"
	"words are one query: httpstatus request entity too large; a quoted\n"
	"argument is a query of its own: httpstatus \"gateway timeout\" \"not found\".\n"
	"\n"
	"With - or no QUERY and standard input not a terminal, queries are read\n"
	"from standard input, one per line, and each line gets one record, in\n"
	"order: its best answer (all of a class or range), or an entry of status\n"
	"unknown if it has none. The query field gives the line back, to join\n"
	"on. The header fields of a response head (curl -sI) are passed over.\n"
	"\n"
	"Standard input:\n"
	"  -c, --count          print a summary instead: how many lines got each\n"
	"                       answer, with each class's share\n"
	"      --log            each line is an access log's (Common or Combined\n"
	"                       Log Format): its query is the status after the\n"
	"                       quoted request\n"
	"      --field=N        each line's query is its Nth field, split on\n"
	"                       blanks as awk's $N is\n"
	"\n"
	"To count the statuses of a web server's log, and label each line:\n"
	"  httpstatus --log --count < access.log\n"
	"  httpstatus --log -o phrase < access.log | paste access.log -\n"
	"\n"
	"Selection:\n"
	"  -a, --all            include unofficial codes in classes, ranges and lists;\n"
	"                       on standard input, every meaning of a line\n"
	"      --official       leave unofficial codes out everywhere\n"
	"  -e, --regex=PATTERN  entries whose \"CODE PHRASE\" line, phrase, alias or\n"
	"                       description match the Perl-compatible regular\n"
	"                       expression PATTERN, ignoring case\n"
	"  -l, --list           every registered code\n"
	"  -1, --first          one entry per query: the best match; for a code,\n"
	"                       its registered meaning, else the most common one\n"
	"\n"
	"Output:\n"
	"  -f, --format=FORMAT  text (default), json, jsonl, tsv or csv\n"
	"  -j, --json           same as --format=json\n"
	"  -t, --tsv            same as --format=tsv\n"
	"  -o, --fields=LIST    JSON keys or TSV and CSV columns, in order (TSV if\n"
	"                       no format is given), from: code, phrase,\n"
	"                       description, reference, status, origin, class,\n"
	"                       aliases, url, source, expires, headers, cacheable,\n"
	"                       content, related, treat_as, query\n"
	"      --header         begin TSV and CSV with a line of field names\n"
	"  -s, --short          one line per entry\n"
	"  -L, --long           every entry in full, with its references' URLs\n"
	"  -q, --quiet          print nothing; the exit status tells\n"
	"      --color[=WHEN]   colour text output: auto (default), always or never;\n"
	"                       --colour is the same\n"
	"      --line-buffered  write each answer at once, as on a terminal\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Exit status: 0 if every query found something, 1 if one found nothing\n"
	"(on standard input, a line that cannot be answered), 2 on a usage or\n"
	"I/O error.\n"
	"\n"
	"Full documentation: man httpstatus\n";

const char options_version[] =
	"httpstatus " HTTPSTATUS_VERSION "\n"
	"Status codes from the IANA HTTP Status Code Registry as of " REGISTRY_DATE ",\n"
	"with unofficial codes that servers, proxies and CDNs send.\n"
	"Licence: MIT <https://opensource.org/licenses/MIT>\n";

/* The long options that the name in arg ("--l", "--f=json") abbreviates,
 * written into list ("--line-buffered, --list, --long"): whole names
 * only, ending in "..." if the rest do not fit.  Returns how many. */
static size_t
long_candidates(const char *arg, char *list, size_t cap)
{
	static const char more[] = ", ...";
	size_t len = strcspn(arg + 2, "="), n = 0, used = 0, need, i;
	int full = 0;

	list[0] = '\0';
	for (i = 0; long_options[i].name != NULL; i++) {
		const char *name = long_options[i].name;

		if (strncmp(name, arg + 2, len) != 0)
			continue;
		need = (n ? 2 : 0) + 2 + strlen(name);
		/* Room stays for more after every name written. */
		if (!full && used + need + sizeof(more) <= cap)
			used += (size_t)snprintf(list + used, cap - used,
						 "%s--%s", n ? ", " : "", name);
		else if (!full) {
			snprintf(list + used, cap - used, "%s",
				 n ? more : more + 2);
			full = 1;
		}
		n++;
	}
	return n;
}

/* Whether c is what getopt_long gives for one of the long options: an
 * unknown short option is never one, as each such value is a letter of
 * short_options or one of the OPT_ values. */
static int
is_long_value(int c)
{
	size_t i;

	for (i = 0; long_options[i].name != NULL; i++)
		if (long_options[i].val == c)
			return 1;
	return 0;
}

/* getopt_long's own messages are turned off so that every message has
 * the same shape and quotes what the user typed: optopt names a short
 * option, arg a long one. */
static void
bad_option(const char *arg, const char *why)
{
	/* glibc's optopt is the byte as a signed char; musl's, in the C
	 * locale the program runs in, 0xdf00 plus a byte above 0x7f.  The
	 * low byte is the option's byte either way. */
	const char letter[2] = {'-', (char)(optopt & 0xff)};
	char name[DIAG_QUOTE_MAX];
	size_t len;

	if (arg == NULL || strncmp(arg, "--", 2) != 0)
		diag_quote(name, sizeof(name), letter, sizeof(letter));
	else {
		/* "--=foo" has no name to show but all of it. */
		len = strcspn(arg, "=");
		diag_quote(name, sizeof(name), arg, len > 2 ? len : strlen(arg));
	}
	diag_usage("option %s %s", name, why);
}

/* What getopt_long's '?' means.  optopt is 0 for an unknown or
 * ambiguous long option, and the option's own value for a long option
 * given an argument it does not take; both are arg, the argument it
 * stopped at.  Any other optopt is an unknown short option, which arg
 * need not hold: in "-Zs" getopt_long has not moved past it yet. */
static void
unknown_option(const char *arg)
{
	char candidates[128], why[160];

	if (optopt == 0 && strncmp(arg, "--", 2) == 0 &&
	    strcspn(arg + 2, "=") > 0 &&
	    long_candidates(arg, candidates, sizeof(candidates)) > 1) {
		snprintf(why, sizeof(why), "is ambiguous (%s)", candidates);
		bad_option(arg, why);
	} else if (optopt == 0)
		bad_option(arg, "is not a known option");
	else if (is_long_value(optopt))
		bad_option(arg, "takes no argument");
	else
		bad_option(NULL, "is not a known option");
}

static int
parse_format(const char *name, enum format_kind *kind)
{
	char quoted[DIAG_QUOTE_MAX], names[64] = "";
	int i = format_kind_parse(name);

	if (i >= 0) {
		*kind = (enum format_kind)i;
		return 0;
	}
	for (i = 0; i < FORMAT_KINDS; i++)
		names_add(names, sizeof(names), (size_t)i, FORMAT_KINDS,
			  format_kind_name((enum format_kind)i));
	diag_usage("unknown format %s (expected %s)",
		   diag_quote(quoted, sizeof(quoted), name, strlen(name)), names);
	return -1;
}

static const char both_logs[] =
	"--log and --field are two ways to find the status: give one";

/* --field=N: a field number from 1, as awk's $N. */
static int
parse_field(const char *arg, struct log_spec *log)
{
	char quoted[DIAG_QUOTE_MAX], *end;
	unsigned long n;

	if (log->format == LOG_COMBINED) {
		diag_usage("%s", both_logs);
		return -1;
	}
	errno = 0;
	n = strtoul(arg, &end, 10);
	if (*arg < '0' || *arg > '9' || *end != '\0' || errno != 0 ||
	    n == 0 || n > LOG_FIELD_MAX) {
		diag_usage("--field takes a field number from 1 to %lu, not %s",
			   LOG_FIELD_MAX,
			   diag_quote(quoted, sizeof(quoted), arg, strlen(arg)));
		return -1;
	}
	log->format = LOG_FIELD;
	log->field = n;
	return 0;
}

/* --count, --log and --field are about the lines of standard input: a
 * query, a pattern or the list would have nothing to do with them. */
static int
check_stdin_only(const struct options *o)
{
	const char *what = o->count		       ? "--count"
			   : o->log.format == LOG_COMBINED ? "--log"
			   : o->log.format == LOG_FIELD    ? "--field"
							   : NULL;
	size_t i;

	if (what == NULL)
		return 0;
	for (i = 0; i < o->nqueries; i++)
		if (strcmp(o->queries[i], "-") != 0)
			break;
	if (i < o->nqueries || o->npatterns > 0 || o->list) {
		diag_usage("%s reads the lines of standard input, so it "
			   "takes no query, -e or -l",
			   what);
		return -1;
	}
	return 0;
}

/* Whether an argument holds white space: the user quoted it, so it is a
 * query of its own ("gateway timeout"). */
static int
has_space(const char *arg)
{
	for (; *arg; arg++)
		if (query_is_space(*arg))
			return 1;
	return 0;
}

/* What an argument that would be searched as words names, if it looks
 * like the name of a file and is one: "a file" or "a directory".  Only a
 * name with a slash, a dot or an underscore (access.log, access_log,
 * /var/log/nginx/) is looked for, so that plain words (timeout, nginx)
 * are searched for wherever the command runs.  NULL if neither. */
static const char *
names_file(const char *arg)
{
	struct query q;
	struct stat st;
	char why[160];

	if (strpbrk(arg, "/._") == NULL ||
	    query_parse(arg, strlen(arg), &q, why, sizeof(why)) < 0 ||
	    q.kind != QUERY_TEXT || stat(arg, &st) < 0)
		return NULL;
	return S_ISDIR(st.st_mode) ? "a directory" : "a file";
}

/* Whether argv[i] starts an unquoted status line: HTTP/1.1 404 ... */
static int
starts_status_line(int argc, char **argv, int i)
{
	unsigned code;

	return query_is_version(argv[i], strlen(argv[i])) && i + 1 < argc &&
	       code_parse(argv[i + 1], strlen(argv[i + 1]), &code) == 0;
}

/* Whether an argument joins its neighbours into one query of words. */
static int
joins(int argc, char **argv, int i)
{
	return query_is_words(argv[i]) && !has_space(argv[i]) &&
	       !starts_status_line(argc, argv, i);
}

/* Joins the operands into queries, in place: consecutive words are one
 * query ("request entity too large"), as is a status line given unquoted
 * (HTTP/1.1 404 Not Found); codes, classes, masks, ranges, "-" and
 * quoted arguments stay queries of their own.  Joined queries are kept
 * in o->joined.  Words that name a file are refused: a search for them
 * would find nothing the user meant. */
static int
join_queries(struct options *o, int argc, char **argv)
{
	char quoted[DIAG_QUOTE_MAX];
	const char *what;
	size_t total = 1, len;
	int i, n = 0, start;
	char *p, *query;

	for (i = 0; i < argc; i++) {
		if ((what = names_file(argv[i])) != NULL) {
			diag_quote(quoted, sizeof(quoted), argv[i],
				   strlen(argv[i]));
			diag_usage("%s is %s, not a query; to answer the lines "
				   "of a file, give it on standard input: "
				   "httpstatus < FILE",
				   quoted, what);
			return -1;
		}
		total += strlen(argv[i]) + 1;
	}
	if ((o->joined = p = malloc(total)) == NULL) {
		diag_error("out of memory");
		return -1;
	}
	for (i = 0; i < argc; n++) {
		start = i;
		if (starts_status_line(argc, argv, i))
			i += 2;
		else if (!joins(argc, argv, i)) {
			argv[n] = argv[i++];
			continue;
		} else
			i++;
		while (i < argc && joins(argc, argv, i))
			i++;
		query = p;
		for (; start < i; start++) {
			len = strlen(argv[start]);
			memcpy(p, argv[start], len);
			p += len;
			*p++ = ' ';
		}
		p[-1] = '\0';
		argv[n] = query; /* after the words it replaces are read */
	}
	o->queries = argv;
	o->nqueries = (size_t)n;
	return 0;
}

int
options_parse(struct options *o, int argc, char **argv)
{
	int c;

	memset(o, 0, sizeof(*o));
	opterr = 0;
	while ((c = getopt_long(argc, argv, short_options, long_options,
				NULL)) != -1) {
		/* Only --color may come without its argument; the rest
		 * always have one, which the analyzers cannot know. */
		const char *arg = optarg != NULL ? optarg : "";

		switch (c) {
		case '1': o->first = 1; break;
		case 'a': o->show = SHOW_ALL; break;
		case OPT_OFFICIAL: o->show = SHOW_OFFICIAL; break;
		case 'j': o->format = FORMAT_JSON; o->format_given = 1; break;
		case 't': o->format = FORMAT_TSV; o->format_given = 1; break;
		case 'l': o->list = 1; break;
		case 'c': o->count = 1; break;
		case OPT_LOG:
			if (o->log.format == LOG_FIELD) {
				diag_usage("%s", both_logs);
				return -1;
			}
			o->log.format = LOG_COMBINED;
			break;
		case OPT_FIELD:
			if (parse_field(arg, &o->log) < 0)
				return -1;
			break;
		case 'L': o->detail = DETAIL_LONG; break;
		case 's': o->detail = DETAIL_SHORT; break;
		case 'o': o->fields = arg; break;
		case OPT_HEADER: o->header = 1; break;
		case 'q': o->quiet = 1; break;
		case OPT_COLOR: o->color = optarg ? optarg : "always"; break;
		case OPT_LINE_BUFFERED: o->line_buffered = 1; break;
		case 'e':
			if (o->npatterns == OPTIONS_MAX_PATTERNS) {
				diag_usage("too many patterns (at most %d)",
					   OPTIONS_MAX_PATTERNS);
				return -1;
			}
			o->patterns[o->npatterns++] = arg;
			break;
		case 'f':
			if (parse_format(arg, &o->format) < 0)
				return -1;
			o->format_given = 1;
			break;
		case 'h':
			o->action = OPTIONS_HELP;
			return 0;
		case 'V':
			o->action = OPTIONS_VERSION;
			return 0;
		case ':':
			bad_option(argv[optind - 1], "needs an argument");
			return -1;
		default:
			unknown_option(argv[optind - 1]);
			return -1;
		}
	}
	/* A list of fields is for a program: TSV unless told otherwise. */
	if (o->fields != NULL && !o->format_given)
		o->format = FORMAT_TSV;
	if (join_queries(o, argc - optind, argv + optind) < 0)
		return -1;
	return check_stdin_only(o);
}

void
options_free(struct options *o)
{
	free(o->joined);
	o->joined = NULL;
}
