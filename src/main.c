/* main.c - the httpstatus command: arguments in, answers out. */
#include <errno.h>
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "format.h"
#include "query.h"
#include "registry.h"
#include "version.h"

/* Exit statuses, as grep has them. */
enum { EXIT_FOUND = 0, EXIT_NOT_FOUND = 1, EXIT_TROUBLE = 2 };

static const char *progname = "httpstatus";

static struct writer out;

static const char short_options[] = ":f:hjtV";
static const struct option long_options[] = {
	{"format", required_argument, NULL, 'f'},
	{"help", no_argument, NULL, 'h'},
	{"json", no_argument, NULL, 'j'},
	{"tsv", no_argument, NULL, 't'},
	{"version", no_argument, NULL, 'V'},
	{NULL, 0, NULL, 0},
};

static void
usage(void)
{
	writer_puts(&out,
		    "Usage: httpstatus [OPTION]... CODE...\n"
		    "Explain HTTP status codes: reason phrase, meaning and "
		    "defining document.\n"
		    "\n"
		    "Options:\n"
		    "  -f, --format=FORMAT  text (default), json or tsv\n"
		    "  -j, --json           same as --format=json\n"
		    "  -t, --tsv            same as --format=tsv\n"
		    "  -h, --help           show this help and exit\n"
		    "  -V, --version        show the version and exit\n"
		    "\n"
		    "Exit status: 0 if every query found something, 1 if "
		    "one found nothing,\n"
		    "2 on a usage or I/O error.\n");
}

/* Writes arg for a message: at most 40 characters, with anything that
 * is not printable ASCII shown as \xNN so no byte can reach the
 * terminal as a control sequence. */
static void
quote_arg(char *buf, size_t cap, const char *arg, size_t len)
{
	size_t n = 0, i;
	const size_t shown = len > 40 ? 40 : len;

	buf[n++] = '\'';
	for (i = 0; i < shown && n + 8 < cap; i++) {
		unsigned char c = (unsigned char)arg[i];

		if (c >= 0x20 && c < 0x7f)
			buf[n++] = (char)c;
		else
			n += (size_t)snprintf(buf + n, cap - n, "\\x%02x", c);
	}
	if (shown < len && n + 4 < cap) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n++] = '\'';
	buf[n] = '\0';
}

static void
usage_error(const char *fmt, const char *what)
{
	fprintf(stderr, "%s: ", progname);
	fprintf(stderr, fmt, what);
	fprintf(stderr, "\nTry '%s --help'.\n", progname);
}

/* getopt_long's own messages are turned off so that every message has
 * the same shape; optopt names a short option, argv the long one. */
static void
bad_option(const char *arg, const char *why)
{
	char name[256];

	if (arg == NULL || strncmp(arg, "--", 2) != 0)
		snprintf(name, sizeof(name), "-%c", optopt);
	else
		quote_arg(name, sizeof(name), arg, strcspn(arg, "="));
	fprintf(stderr, "%s: option %s %s\nTry '%s --help'.\n", progname, name,
		why, progname);
}

static int
parse_format(const char *name, struct format *f)
{
	if (strcmp(name, "text") == 0)
		f->kind = FORMAT_TEXT;
	else if (strcmp(name, "json") == 0)
		f->kind = FORMAT_JSON;
	else if (strcmp(name, "tsv") == 0)
		f->kind = FORMAT_TSV;
	else
		return -1;
	return 0;
}

/* A code with no entry: say what the registry does know about it. */
static int
report_unknown(const struct query *q)
{
	const struct registry_class *cls = registry_class(q->lo / 100);

	if (cls == NULL) {
		char quoted[256];

		quote_arg(quoted, sizeof(quoted), q->text, q->len);
		usage_error("%s is not an HTTP status code (expected 100-599)",
			    quoted);
		return EXIT_TROUBLE;
	}
	fprintf(stderr,
		"%s: %03u is not assigned: it is an unassigned %uxx (%s) "
		"code, and RFC 9110 tells clients to treat it as %u\n",
		progname, q->lo, cls->digit, cls->phrase, cls->digit * 100u);
	return EXIT_NOT_FOUND;
}

static int
answer(const char *arg, struct format *f)
{
	const struct registry_entry *e;
	struct query q;
	char why[160], quoted[256];
	size_t n, i;

	if (query_parse(arg, strlen(arg), &q, why, sizeof(why)) < 0 ||
	    q.kind != QUERY_CODE) {
		quote_arg(quoted, sizeof(quoted), arg, strlen(arg));
		if (q.kind == QUERY_TEXT || q.kind == QUERY_SPAN)
			snprintf(why, sizeof(why), "%s",
				 "is not an HTTP status code (expected 100-599)");
		fprintf(stderr, "%s: %s %s\nTry '%s --help'.\n", progname,
			quoted, why, progname);
		return EXIT_TROUBLE;
	}
	n = registry_find(q.lo, &e);
	if (n == 0)
		return report_unknown(&q);
	for (i = 0; i < n; i++)
		format_entry(f, &e[i], 1);
	return EXIT_FOUND;
}

/* Flushes stdout and says why it failed, if it did. */
static int
finish_output(void)
{
	if (writer_flush(&out) == 0 && close(STDOUT_FILENO) == 0)
		return 0;
	if (out.error == 0)
		out.error = errno;
	/* A reader that went away wants no more output and no message. */
	if (out.error != EPIPE)
		fprintf(stderr, "%s: write error: %s\n", progname,
			strerror(out.error));
	return -1;
}

int
main(int argc, char **argv)
{
	struct format f;
	int c, status = EXIT_FOUND, rc, i;

	opterr = 0;
	writer_init(&out, STDOUT_FILENO);
	format_init(&f, &out);

	while ((c = getopt_long(argc, argv, short_options, long_options,
				NULL)) != -1) {
		switch (c) {
		case 'f':
			if (parse_format(optarg, &f) < 0) {
				usage_error("unknown format '%s' (expected "
					    "text, json or tsv)",
					    optarg);
				return EXIT_TROUBLE;
			}
			break;
		case 'j':
			f.kind = FORMAT_JSON;
			break;
		case 't':
			f.kind = FORMAT_TSV;
			break;
		case 'h':
			usage();
			return finish_output() < 0 ? EXIT_TROUBLE : EXIT_FOUND;
		case 'V':
			writer_puts(&out, "httpstatus " HTTPSTATUS_VERSION
					  " (IANA registry of " REGISTRY_DATE
					  ")\n");
			return finish_output() < 0 ? EXIT_TROUBLE : EXIT_FOUND;
		case ':':
			bad_option(argv[optind - 1], "needs an argument");
			return EXIT_TROUBLE;
		default:
			/* optopt is 0 for an unknown long option, and the
			 * option's own value for a long option given an
			 * argument it does not take. */
			if (optopt == 0)
				bad_option(argv[optind - 1],
					   "is not a known option");
			else if (optopt >= 256 ||
				 (optopt != ':' && strchr(short_options, optopt)))
				bad_option(argv[optind - 1], "takes no argument");
			else
				bad_option(NULL, "is not a known option");
			return EXIT_TROUBLE;
		}
	}
	argc -= optind;
	argv += optind;

	if (argc == 0) {
		fprintf(stderr, "%s: no status code given\nTry '%s --help'.\n",
			progname, progname);
		return EXIT_TROUBLE;
	}

	format_begin(&f);
	for (i = 0; i < argc && !out.error; i++) {
		rc = answer(argv[i], &f);
		if (rc > status)
			status = rc;
	}
	format_end(&f);
	if (finish_output() < 0)
		return EXIT_TROUBLE;
	return status;
}
