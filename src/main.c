/* main.c - the httpstatus command: arguments in, answers out. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "answer.h"
#include "diag.h"
#include "format.h"
#include "options.h"
#include "pattern.h"
#include "stream.h"

/* The widest measure text is wrapped to: longer lines are hard to read
 * back from their end to the start of the next, however wide the
 * terminal. */
#define MEASURE_MAX 100

static struct writer out;

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
	char *end, quoted[DIAG_QUOTE_MAX];
	long cols = 0;

	/* Into a pipe or a file, a one-line entry stays one line. */
	f->wrap_short = tty;
	if (when == NULL || strcmp(when, "auto") == 0) {
		f->color = tty && !(nocolor && *nocolor);
		f->links = tty;
	} else if (strcmp(when, "always") == 0) {
		f->color = f->links = 1;
	} else if (strcmp(when, "never") == 0) {
		f->color = f->links = 0;
	} else {
		diag_quote(quoted, sizeof(quoted), when, strlen(when));
		diag_usage("unknown colour setting %s "
			   "(expected auto, always or never)", quoted);
		return -1;
	}

	/* A width too big for a long is still a width above MEASURE_MAX:
	 * strtol gives LONG_MAX for it, which is kept.  One too small
	 * gives LONG_MIN, refused with the other negative ones. */
	if (columns && *columns) {
		cols = strtol(columns, &end, 10);
		if (*end || cols < 0)
			cols = 0;
	}
	if (cols == 0 && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0)
		cols = ws.ws_col;
	/* A narrow terminal gets lines as narrow as it is, one word a line
	 * if need be, rather than lines it breaks at its own edge. */
	if (cols > MEASURE_MAX)
		f->width = MEASURE_MAX;
	else if (cols > 0)
		f->width = (unsigned)cols;
	return 0;
}

/* --fields and --header, which only the formats for programs have. */
static int
setup_fields(struct format *f, const char *list, int header, int count)
{
	/* Room for every name and its ", ": none is 14 bytes long. */
	char quoted[DIAG_QUOTE_MAX], names[FIELD_COUNT * 16] = "";
	const char *bad;
	size_t badlen, used = 0;
	int i;

	if (header && f->kind != FORMAT_TSV && f->kind != FORMAT_CSV) {
		diag_usage("--header applies to tsv and csv output");
		return -1;
	}
	f->header = header;
	/* A summary row says which code it counts, not all about it. */
	if (list == NULL && count &&
	    (f->kind == FORMAT_TSV || f->kind == FORMAT_CSV))
		list = "code,phrase";
	if (list == NULL)
		return 0;
	if (f->kind == FORMAT_TEXT) {
		diag_usage("--fields applies to json, jsonl, tsv and csv output");
		return -1;
	}
	if (format_parse_fields(f, list, &bad, &badlen) == 0) {
		if (count && format_has_query(f)) {
			diag_usage("--count writes no query field: a row "
				   "counts many lines");
			return -1;
		}
		return 0;
	}
	for (i = 0; i < FIELD_COUNT && used < sizeof(names); i++)
		used += (size_t)snprintf(names + used, sizeof(names) - used,
					 "%s%s", i ? ", " : "",
					 format_field_name(i));
	diag_quote(quoted, sizeof(quoted), bad, badlen);
	diag_usage("%s is not a field, or is given twice (fields: %s)",
		   quoted, names);
	return -1;
}

/* Everything that can be wrong with the command line is found here,
 * before anything is written, so that a usage error never leaves half an
 * answer behind.  Compiles the patterns of -e into p, to share budget. */
static int
check_command_line(const struct options *o, struct format *f,
		   struct pattern_budget *budget, struct pattern **p)
{
	char why[160], quoted[DIAG_QUOTE_MAX];
	int ok = 1;
	size_t i;

	if (setup_fields(f, o->fields, o->header, o->count) < 0 ||
	    setup_terminal(f, o->color) < 0)
		return -1;
	for (i = 0; i < o->npatterns; i++) {
		const char *e = o->patterns[i];

		if ((p[i] = pattern_compile(e, budget, why, sizeof(why))) ==
		    NULL) {
			diag_quote(quoted, sizeof(quoted), e, strlen(e));
			diag_usage("bad pattern %s: %s", quoted, why);
			return -1;
		}
	}
	/* Every bad query is named, and --help pointed to once after them:
	 * a hint after each would bury the messages under copies of it. */
	for (i = 0; i < o->nqueries; i++) {
		const char *q = o->queries[i];

		if (strcmp(q, "-") != 0 &&
		    answer_check_query(q, strlen(q), why, sizeof(why)) < 0) {
			diag_quote(quoted, sizeof(quoted), q, strlen(q));
			diag_error("%s %s", quoted, why);
			ok = 0;
		}
	}
	if (!ok)
		diag_try_help();
	if (ok && o->nqueries == 0 && o->npatterns == 0 && !o->list &&
	    isatty(STDIN_FILENO)) {
		if (o->count || o->log.format != LOG_NONE)
			diag_usage("standard input is a terminal: give the "
				   "lines to read on it, as in "
				   "httpstatus --log --count <access.log");
		else
			diag_usage("no query given");
		ok = 0;
	}
	return ok ? 0 : -1;
}

/* Answers every query in order; returns the exit status. */
static int
run(const struct options *o, struct answer_context *ctx, struct pattern **p)
{
	int status = ANSWER_FOUND, rc;
	size_t i;

	if (o->count)
		return stream_count(ctx, STDIN_FILENO, "stdin", &o->log);
	if (o->list)
		status = answer_list(ctx);
	for (i = 0; i < o->npatterns && !out.error; i++)
		if ((rc = answer_regex(ctx, p[i])) > status)
			status = rc;
	if (o->nqueries == 0 && o->npatterns == 0 && !o->list)
		status = stream_answer(ctx, STDIN_FILENO, "stdin", &o->log);
	for (i = 0; i < o->nqueries && !out.error; i++) {
		const char *q = o->queries[i];

		if (strcmp(q, "-") == 0)
			rc = stream_answer(ctx, STDIN_FILENO, "stdin", &o->log);
		else
			rc = answer_query(ctx, q, strlen(q));
		if (rc > status)
			status = rc;
	}
	return status;
}

int
main(int argc, char **argv)
{
	struct pattern *patterns[OPTIONS_MAX_PATTERNS] = {0};
	struct pattern_budget budget;
	struct options o;
	struct format f;
	struct answer_context ctx = {0};
	int status = ANSWER_TROUBLE;
	size_t i;

	writer_init(&out, STDOUT_FILENO);
	if (options_parse(&o, argc, argv) < 0)
		goto done;
	if (o.action != OPTIONS_RUN) {
		writer_puts(&out, o.action == OPTIONS_HELP ? options_usage
							   : options_version);
		status = ANSWER_FOUND;
		goto finish;
	}
	format_init(&f, &out);
	f.kind = o.format;
	pattern_budget_init(&budget, PATTERN_STEPS_MAX, PATTERN_TIME_MAX_MS);
	if (check_command_line(&o, &f, &budget, patterns) < 0)
		goto done;
	/* A terminal shows each answer as it comes, as C's stdio has it. */
	out.line_buffered = o.line_buffered || isatty(STDOUT_FILENO);
	/* --quiet: the answers are written as ever, for nothing. */
	out.discard = o.quiet;
	ctx = (struct answer_context){.format = &f, .show = o.show,
		.detail = o.detail, .quiet = o.quiet, .first = o.first};
	/* A summary is written whole at the end (stream_count). */
	if (!o.count)
		format_begin(&f);
	status = run(&o, &ctx, patterns);
	if (!o.count)
		format_end(&f);
finish:
	if (finish_output() < 0)
		status = ANSWER_TROUBLE;
done:
	for (i = 0; i < OPTIONS_MAX_PATTERNS; i++)
		pattern_free(patterns[i]);
	options_free(&o);
	return status;
}
