/* main.c - the httpstatus command: arguments in, answers out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "answer.h"
#include "diag.h"
#include "format.h"
#include "pattern.h"
#include "query.h"
#include "stream.h"
#include "version.h"

#define MAX_PATTERNS 32

enum {
	OPT_OFFICIAL = 256,
	OPT_LINE_BUFFERED,
	OPT_COLOR,
};

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

static const char usage_text[] =
	"Usage: httpstatus [OPTION]... QUERY...\n"
	"Explain HTTP status codes: reason phrase, meaning and defining "
	"document.\n"
	"\n"
	"A QUERY is a code (404), a class (4xx or 4), a mask (41x or 41), a "
	"range\n"
	"(400-417), a status line (\"HTTP/1.1 404 Not Found\"), or words "
	"to search\n"
	"for (\"rate limit\", NOT_FOUND, nginx), ranked by relevance. "
	"Consecutive\n"
	"words are one query: httpstatus request entity too large.\n"
	"With - or no QUERY and standard input not a terminal, queries are "
	"read\n"
	"from standard input, one per line.\n"
	"\n"
	"Selection:\n"
	"  -a, --all            include unofficial codes in classes, ranges "
	"and lists\n"
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
	"  -o, --fields=LIST    JSON keys or TSV columns, in order, from: "
	"code,\n"
	"                       phrase, description, reference, status, "
	"origin,\n"
	"                       class, aliases, url, source, expires\n"
	"  -s, --short          one line per entry\n"
	"  -L, --long           every entry in full\n"
	"  -q, --quiet          print nothing; the exit status tells\n"
	"      --color[=WHEN]   colour text output: auto (default), always or "
	"never;\n"
	"                       --colour is the same\n"
	"      --line-buffered  write each answer at once\n"
	"  -h, --help           show this help and exit\n"
	"  -V, --version        show the version and exit\n"
	"\n"
	"Exit status: 0 if every query found something, 1 if one found "
	"nothing,\n"
	"2 on a usage or I/O error.\n";

static const char version_text[] =
	"httpstatus " HTTPSTATUS_VERSION "\n"
	"Status codes from the IANA HTTP Status Code Registry as of "
	REGISTRY_DATE ",\n"
	"with unofficial codes that servers, proxies and CDNs send.\n"
	"Licence: MIT <https://opensource.org/licenses/MIT>\n";

static struct writer out;
/* The queries joined from several arguments (see join_queries). */
static char *joined;

/* The compiled patterns of -e. */
static struct pattern *patterns[MAX_PATTERNS];

static void
free_patterns(void)
{
	size_t i;

	for (i = 0; i < MAX_PATTERNS; i++) {
		pattern_free(patterns[i]);
		patterns[i] = NULL;
	}
}

static void
usage_error(const char *fmt, const char *arg)
{
	fprintf(stderr, "%s: ", diag_progname);
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nTry '%s --help'.\n", diag_progname);
}

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
			used += (size_t)snprintf(list + used, cap - used, "%s--%s",
						 n ? ", " : "",
						 long_options[i].name);
		n++;
	}
	return n;
}

/* getopt_long's own messages are turned off so that every message has
 * the same shape: optopt names a short option, argv the long one. */
static void
bad_option(const char *arg, const char *why)
{
	char name[DIAG_QUOTE_MAX];

	if (arg == NULL || strncmp(arg, "--", 2) != 0)
		snprintf(name, sizeof(name), "-%c", optopt);
	else
		diag_quote(name, sizeof(name), arg, strcspn(arg, "="));
	fprintf(stderr, "%s: option %s %s\nTry '%s --help'.\n", diag_progname,
		name, why, diag_progname);
}

static int
parse_format(const char *name, struct format *f)
{
	static const char *const names[] = {
		[FORMAT_TEXT] = "text", [FORMAT_JSON] = "json",
		[FORMAT_JSONL] = "jsonl", [FORMAT_TSV] = "tsv",
	};
	size_t i;

	for (i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0) {
			f->kind = (enum format_kind)i;
			return 0;
		}
	return -1;
}

/* Flushes stdout and says why it failed, if it did. */
static int
finish_output(void)
{
	/* close() reports what a file system such as NFS could only tell
	 * then.  EBADF after a good flush means stdout was closed (>&-) and
	 * nothing was written, since any write would have failed first. */
	if (writer_flush(&out) == 0 &&
	    (close(STDOUT_FILENO) == 0 || errno == EBADF))
		return 0;
	if (out.error == 0)
		out.error = errno;
	/* A reader that went away wants no more output and no message. */
	if (out.error != EPIPE)
		diag_error("write error: %s", strerror(out.error));
	return -1;
}

/* --color: whether to colour, and whether to link references. */
static int
setup_terminal(struct format *f, const char *when)
{
	const char *term = getenv("TERM"), *nocolor = getenv("NO_COLOR");
	const char *columns = getenv("COLUMNS");
	int tty = isatty(STDOUT_FILENO) && !(term && strcmp(term, "dumb") == 0);
	struct winsize ws;
	char *end;
	long cols = 0;

	if (when == NULL || strcmp(when, "auto") == 0) {
		f->color = tty && !(nocolor && *nocolor);
		f->links = tty;
	} else if (strcmp(when, "always") == 0) {
		f->color = f->links = 1;
	} else if (strcmp(when, "never") == 0) {
		f->color = f->links = 0;
	} else {
		char quoted[DIAG_QUOTE_MAX];

		usage_error("unknown colour setting %s (expected auto, "
			    "always or never)",
			    diag_quote(quoted, sizeof(quoted), when,
				       strlen(when)));
		return -1;
	}

	if (columns && *columns) {
		errno = 0;
		cols = strtol(columns, &end, 10);
		if (errno || *end || cols < 0)
			cols = 0;
	}
	if (cols == 0 && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		cols = ws.ws_col;
	/* Too narrow a width would put one word a line; too wide is as
	 * unreadable. */
	if (cols >= 40 && cols <= 1000)
		f->width = (unsigned)cols;
	else if (cols > 1000)
		f->width = 1000;
	else if (cols > 0)
		f->width = 40;
	return 0;
}

/* Whether argv[i] starts an unquoted status line: HTTP/1.1 404 ... */
static int
starts_status_line(int argc, char **argv, int i)
{
	unsigned code;

	return query_is_version(argv[i], strlen(argv[i])) && i + 1 < argc &&
	       query_code(argv[i + 1], strlen(argv[i + 1]), &code) == 0;
}

/* Joins the arguments into queries, in place: consecutive words are one
 * query ("request entity too large"), as is a status line given unquoted
 * (HTTP/1.1 404 Not Found); codes, classes, masks, ranges and "-" stay
 * queries of their own.  Joined queries are kept in *storage, for the
 * caller to free.  Returns the number of queries, or -1 when out of
 * memory. */
static int
join_queries(int argc, char **argv, char **storage)
{
	size_t total = 1, len;
	int i, n = 0, start;
	char *p, *query;

	for (i = 0; i < argc; i++)
		total += strlen(argv[i]) + 1;
	if ((*storage = p = malloc(total)) == NULL)
		return -1;
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
	return n;
}

int
main(int argc, char **argv)
{
	const char *pattern_args[MAX_PATTERNS], *color = NULL, *fields = NULL;
	size_t npatterns = 0, i, badlen;
	struct format f;
	struct answer a = {0};
	int c, status = ANSWER_FOUND, rc, list = 0, line_buffered = 0;
	char why[160], quoted[DIAG_QUOTE_MAX], candidates[128];

	opterr = 0;
	writer_init(&out, STDOUT_FILENO);
	format_init(&f, &out);
	a.format = &f;

	while ((c = getopt_long(argc, argv, short_options, long_options,
				NULL)) != -1) {
		/* Only --color may come without its argument; the rest
		 * always have one, which the analyzers cannot know. */
		const char *arg = optarg != NULL ? optarg : "";

		switch (c) {
		case '1':
			a.first = 1;
			break;
		case 'a':
			a.show = SHOW_ALL;
			break;
		case OPT_OFFICIAL:
			a.show = SHOW_OFFICIAL;
			break;
		case 'e':
			if (npatterns == MAX_PATTERNS) {
				usage_error("too many patterns (at most %s)",
					    "32");
				return ANSWER_TROUBLE;
			}
			pattern_args[npatterns++] = arg;
			break;
		case 'f':
			if (parse_format(arg, &f) < 0) {
				usage_error("unknown format %s (expected "
					    "text, json, jsonl or tsv)",
					    diag_quote(quoted, sizeof(quoted), arg,
						       strlen(arg)));
				return ANSWER_TROUBLE;
			}
			break;
		case 'j':
			f.kind = FORMAT_JSON;
			break;
		case 't':
			f.kind = FORMAT_TSV;
			break;
		case 'l':
			list = 1;
			break;
		case 'L':
			a.detail = DETAIL_LONG;
			break;
		case 's':
			a.detail = DETAIL_SHORT;
			break;
		case 'o':
			fields = arg;
			break;
		case 'q':
			a.quiet = 1;
			break;
		case OPT_COLOR:
			color = optarg ? optarg : "always";
			break;
		case OPT_LINE_BUFFERED:
			line_buffered = 1;
			break;
		case 'h':
			writer_puts(&out, usage_text);
			return finish_output() < 0 ? ANSWER_TROUBLE
						   : ANSWER_FOUND;
		case 'V':
			writer_puts(&out, version_text);
			return finish_output() < 0 ? ANSWER_TROUBLE
						   : ANSWER_FOUND;
		case ':':
			bad_option(argv[optind - 1], "needs an argument");
			return ANSWER_TROUBLE;
		default:
			/* optopt is 0 for an unknown long option, and the
			 * option's own value for a long option given an
			 * argument it does not take. */
			if (optopt == 0 &&
			    strncmp(argv[optind - 1], "--", 2) == 0 &&
			    long_candidates(argv[optind - 1], candidates,
					    sizeof(candidates)) > 1) {
				snprintf(why, sizeof(why), "is ambiguous (%s)",
					 candidates);
				bad_option(argv[optind - 1], why);
			} else if (optopt == 0)
				bad_option(argv[optind - 1],
					   "is not a known option");
			else if (optopt >= 256 ||
				 (optopt != ':' &&
				  strchr(short_options, optopt)))
				bad_option(argv[optind - 1], "takes no argument");
			else
				bad_option(NULL, "is not a known option");
			return ANSWER_TROUBLE;
		}
	}
	argc -= optind;
	argv += optind;
	if ((argc = join_queries(argc, argv, &joined)) < 0) {
		diag_error("out of memory");
		return ANSWER_TROUBLE;
	}

	if (fields != NULL) {
		const char *bad;

		if (f.kind == FORMAT_TEXT) {
			usage_error("%s applies to json, jsonl and tsv output",
				    "--fields");
			return ANSWER_TROUBLE;
		}
		if (format_parse_fields(&f, fields, &bad, &badlen) < 0) {
			diag_quote(quoted, sizeof(quoted), bad, badlen);
			usage_error("%s is not a field, or is given twice "
				    "(fields: code, phrase, description, "
				    "reference, status, origin, class, "
				    "aliases, url, source, expires)",
				    quoted);
			return ANSWER_TROUBLE;
		}
	}
	if (setup_terminal(&f, color) < 0)
		return ANSWER_TROUBLE;
	out.line_buffered = line_buffered;

	/* Every query is checked before anything is written, so a usage
	 * error never leaves half an answer behind. */
	for (i = 0; i < npatterns; i++) {
		patterns[i] = pattern_compile(pattern_args[i], why, sizeof(why));
		if (patterns[i] == NULL) {
			diag_quote(quoted, sizeof(quoted), pattern_args[i],
				   strlen(pattern_args[i]));
			fprintf(stderr, "%s: bad pattern %s: %s\nTry '%s --help'.\n",
				diag_progname, quoted, why, diag_progname);
			free_patterns();
			return ANSWER_TROUBLE;
		}
	}
	for (i = 0; i < (size_t)argc; i++) {
		if (strcmp(argv[i], "-") == 0)
			continue;
		if (answer_check(argv[i], strlen(argv[i]), why, sizeof(why)) < 0) {
			diag_quote(quoted, sizeof(quoted), argv[i], strlen(argv[i]));
			fprintf(stderr, "%s: %s %s\nTry '%s --help'.\n",
				diag_progname, quoted, why, diag_progname);
			status = ANSWER_TROUBLE;
		}
	}
	if (status == ANSWER_FOUND && argc == 0 && npatterns == 0 && !list &&
	    isatty(STDIN_FILENO)) {
		fprintf(stderr, "%s: no query given\nTry '%s --help'.\n",
			diag_progname, diag_progname);
		status = ANSWER_TROUBLE;
	}
	if (status != ANSWER_FOUND) {
		free_patterns();
		return status;
	}

	if (!a.quiet)
		format_begin(&f);
	if (list)
		status = answer_list(&a);
	for (i = 0; i < npatterns && !out.error; i++) {
		rc = answer_regex(&a, patterns[i]);
		if (rc > status)
			status = rc;
	}
	if (argc == 0 && npatterns == 0 && !list)
		status = stream_answer(&a, STDIN_FILENO, "stdin");
	for (i = 0; i < (size_t)argc && !out.error; i++) {
		if (strcmp(argv[i], "-") == 0)
			rc = stream_answer(&a, STDIN_FILENO, "stdin");
		else
			rc = answer_query(&a, argv[i], strlen(argv[i]));
		if (rc > status)
			status = rc;
	}
	if (!a.quiet)
		format_end(&f);
	free_patterns();
	free(joined);
	if (finish_output() < 0)
		return ANSWER_TROUBLE;
	return status;
}
