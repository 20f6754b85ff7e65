/* options.c - the command line parsed into one struct, before anything runs. */
#include "options.h"

#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "diag.h"
#include "query.h"
#include "version.h"

enum {
	OPT_OFFICIAL = 256,
	OPT_LINE_BUFFERED,
	OPT_COLOR,
};

/* The option table: a new option also needs a line in options_usage,
 * the man page and the three completions (see HACKING.md). */
static const char short_options[] = ":1ae:f:hjLlo:qstV";
static const struct option long_options[] = {
	{"all", no_argument, NULL, 'a'},
	{"color", optional_argument, NULL, OPT_COLOR},
	{"colour", optional_argument, NULL, OPT_COLOR},
	{"fields", required_argument, NULL, 'o'},
	{"first", no_argument, NULL, '1'},
	{"format", required_argument, NULL, 'f'},
	{"help", no_argument, NULL, 'h'},
	{"json", no_argument, NULL, 'j'},
	{"line-buffered", no_argument, NULL, OPT_LINE_BUFFERED},
	{"list", no_argument, NULL, 'l'},
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
/* clang-format off */
const char options_usage[] =
	"Usage: httpstatus [OPTION]... QUERY...\n"
	"Explain HTTP status codes: reason phrase, meaning and defining document.\n"
	"\n"
	"A QUERY is a code (404), a class (4xx or 4), a mask (41x or 41), a range\n"
	"(400-417), a status line (\"HTTP/1.1 404 Not Found\"), or words to search\n"
	"for (\"rate limit\", NOT_FOUND, nginx), ranked by relevance. Consecutive\n"
	"words are one query: httpstatus request entity too large.\n"
	"With - or no QUERY and standard input not a terminal, queries are read\n"
	"from standard input, one per line.\n"
	"\n"
	"Selection:\n"
	"  -a, --all            include unofficial codes in classes, ranges and lists\n"
	"      --official       leave unofficial codes out everywhere\n"
	"  -e, --regex=PATTERN  entries whose \"CODE PHRASE\" line, phrase, alias or\n"
	"                       description match the Perl-compatible regular\n"
	"                       expression PATTERN, ignoring case\n"
	"  -l, --list           every registered code\n"
	"  -1, --first          one entry per query: the best match; for a code,\n"
	"                       its registered meaning, else the most common one\n"
	"\n"
	"Output:\n"
	"  -f, --format=FORMAT  text (default), json, jsonl or tsv\n"
	"  -j, --json           same as --format=json\n"
	"  -t, --tsv            same as --format=tsv\n"
	"  -o, --fields=LIST    JSON keys or TSV columns, in order, from: code,\n"
	"                       phrase, description, reference, status, origin,\n"
	"                       class, aliases, url, source, expires, headers,\n"
	"                       cacheable, content, related, treat_as\n"
	"  -s, --short          one line per entry\n"
	"  -L, --long           every entry in full, with its references' URLs\n"
	"  -q, --quiet          print nothing; the exit status tells\n"
	"      --color[=WHEN]   colour text output: auto (default), always or never;\n"
	"                       --colour is the same\n"
	"      --line-buffered  write each answer at once\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Exit status: 0 if every query found something, 1 if one found nothing,\n"
	"2 on a usage or I/O error.\n"
	"\n"
	"Full documentation: man httpstatus\n";

const char options_version[] =
	"httpstatus " HTTPSTATUS_VERSION "\n"
	"Status codes from the IANA HTTP Status Code Registry as of " REGISTRY_DATE ",\n"
	"with unofficial codes that servers, proxies and CDNs send.\n"
	"Licence: MIT <https://opensource.org/licenses/MIT>\n";
/* clang-format on */

/* The long options that the name in arg ("--l", "--f=json") abbreviates,
 * written into list ("--line-buffered, --list, --long"); how many. */
static size_t
long_candidates(const char *arg, char *list, size_t cap)
{
	size_t len = strcspn(arg + 2, "="), n = 0, used = 0, i;

	list[0] = '\0';
	for (i = 0; long_options[i].name != NULL; i++) {
		if (strncmp(long_options[i].name, arg + 2, len) != 0)
			continue;
		if (used < cap)
			used += (size_t)snprintf(list + used, cap - used,
						 "%s--%s", n ? ", " : "",
						 long_options[i].name);
		n++;
	}
	return n;
}

/* getopt_long's own messages are turned off so that every message has
 * the same shape: optopt names a short option, arg the long one. */
static void
bad_option(const char *arg, const char *why)
{
	char name[DIAG_QUOTE_MAX];

	if (arg == NULL || strncmp(arg, "--", 2) != 0)
		snprintf(name, sizeof(name), "-%c", optopt);
	else
		diag_quote(name, sizeof(name), arg, strcspn(arg, "="));
	diag_usage("option %s %s", name, why);
}

/* What getopt_long's '?' means for arg, the argument it stopped at. */
static void
unknown_option(const char *arg)
{
	char candidates[128], why[160];

	/* optopt is 0 for an unknown long option, and the option's own
	 * value for a long option given an argument it does not take. */
	if (optopt == 0 && strncmp(arg, "--", 2) == 0 &&
	    long_candidates(arg, candidates, sizeof(candidates)) > 1) {
		snprintf(why, sizeof(why), "is ambiguous (%s)", candidates);
		bad_option(arg, why);
	} else if (optopt == 0)
		bad_option(arg, "is not a known option");
	else if (optopt >= 256 ||
		 (optopt != ':' && strchr(short_options, optopt)))
		bad_option(arg, "takes no argument");
	else
		bad_option(NULL, "is not a known option");
}

static int
parse_format(const char *name, enum format_kind *kind)
{
	static const char *const names[] = {
		[FORMAT_TEXT] = "text", [FORMAT_JSON] = "json",
		[FORMAT_JSONL] = "jsonl", [FORMAT_TSV] = "tsv",
	};
	char quoted[DIAG_QUOTE_MAX];
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			*kind = (enum format_kind)i;
			return 0;
		}
	diag_usage("unknown format %s (expected text, json, jsonl or tsv)",
		   diag_quote(quoted, sizeof(quoted), name, strlen(name)));
	return -1;
}

/* Whether argv[i] starts an unquoted status line: HTTP/1.1 404 ... */
static int
starts_status_line(int argc, char **argv, int i)
{
	unsigned code;

	return query_is_version(argv[i], strlen(argv[i])) && i + 1 < argc &&
	       code_parse(argv[i + 1], strlen(argv[i + 1]), &code) == 0;
}

/* Joins the operands into queries, in place: consecutive words are one
 * query ("request entity too large"), as is a status line given unquoted
 * (HTTP/1.1 404 Not Found); codes, classes, masks, ranges and "-" stay
 * queries of their own.  Joined queries are kept in o->joined. */
static int
join_queries(struct options *o, int argc, char **argv)
{
	size_t total = 1, len;
	int i, n = 0, start;
	char *p, *query;

	for (i = 0; i < argc; i++)
		total += strlen(argv[i]) + 1;
	if ((o->joined = p = malloc(total)) == NULL) {
		diag_error("out of memory");
		return -1;
	}
	for (i = 0; i < argc; n++) {
		start = i;
		if (starts_status_line(argc, argv, i))
			i += 2;
		else if (!query_is_words(argv[i])) {
			argv[n] = argv[i++];
			continue;
		} else
			i++;
		while (i < argc && query_is_words(argv[i]) &&
		       !starts_status_line(argc, argv, i))
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
		case 'j': o->format = FORMAT_JSON; break;
		case 't': o->format = FORMAT_TSV; break;
		case 'l': o->list = 1; break;
		case 'L': o->detail = DETAIL_LONG; break;
		case 's': o->detail = DETAIL_SHORT; break;
		case 'o': o->fields = arg; break;
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
	return join_queries(o, argc - optind, argv + optind);
}

void
options_free(struct options *o)
{
	free(o->joined);
	o->joined = NULL;
}
