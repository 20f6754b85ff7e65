/* stream.c - answers queries read one per line, at the speed of the input. */
#include "stream.h"

#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "code.h"
#include "diag.h"
#include "tally.h"

void
stream_init(struct stream_reader *r, int fd)
{
	r->fd = fd;
	r->eof = 0;
	r->error = 0;
	r->skipping = 0;
	r->fast = 1;
	r->line_max = STREAM_LINE_MAX;
	r->log = NULL;
	r->line = 0;
	r->start = 0;
	r->end = 0;
}

void
stream_read_log(struct stream_reader *r, const struct log_spec *log)
{
	if (log == NULL || log->format == LOG_NONE)
		return;
	r->log = log;
	r->fast = 0;
	r->line_max = STREAM_LOG_LINE_MAX;
}

/* Reads more input after the unread bytes, moving them to the front
 * first.  Returns 0, or -1 at end of input or on error. */
static int
fill(struct stream_reader *r)
{
	ssize_t n;

	if (r->start > 0) {
		memmove(r->buf, r->buf + r->start, r->end - r->start);
		r->end -= r->start;
		r->start = 0;
	}
	for (;;) {
		n = read(r->fd, r->buf + r->end, sizeof(r->buf) - r->end);
		if (n > 0) {
			r->end += (size_t)n;
			return 0;
		}
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			r->error = errno;
		r->eof = 1;
		return -1;
	}
}

enum stream_event
stream_next_slow(struct stream_reader *r, const char **line, size_t *len)
{
	char *nl;

	for (;;) {
		nl = memchr(r->buf + r->start, '\n', r->end - r->start);
		if (r->skipping) {
			/* Throw away the rest of an overlong line, a
			 * buffer at a time, so memory stays bounded. */
			if (nl == NULL) {
				r->start = r->end = 0;
				if (r->eof || fill(r) < 0)
					return r->error ? STREAM_ERROR
							: STREAM_END;
				continue;
			}
			r->start = (size_t)(nl - r->buf) + 1;
			r->skipping = 0;
			r->fast = r->log == NULL;
			continue;
		}
		if (nl != NULL || (r->eof && r->start < r->end)) {
			size_t stop = nl ? (size_t)(nl - r->buf) : r->end;

			*line = r->buf + r->start;
			*len = stop - r->start;
			r->start = nl ? stop + 1 : stop;
			r->line++;
			/* A byte-order mark, which some editors put first, is
			 * no part of the first line. */
			if (r->line == 1 && *len >= 3 &&
			    memcmp(*line, "\xef\xbb\xbf", 3) == 0) {
				*line += 3;
				*len -= 3;
			}
			/* The CR of a CRLF line is not part of the query. */
			if (*len - (*len > 0 && (*line)[*len - 1] == '\r') >
			    r->line_max)
				return STREAM_TOO_LONG;
			/* A log line is read by its length, NUL bytes and
			 * all, and only its status, which must be a code,
			 * becomes a query; a search for them would be a pass
			 * more over every line. */
			if (r->log != NULL)
				return log_status(r->log, *line, *len, line, len,
						  r->why, sizeof(r->why)) == 0
					       ? STREAM_LINE
					       : STREAM_NO_STATUS;
			if (memchr(*line, '\0', *len) != NULL)
				return STREAM_NUL;
			return STREAM_LINE;
		}
		if (r->end - r->start > r->line_max + 1) {
			/* Its start stays in the buffer until the next
			 * call, for a caller that looks at it. */
			*line = r->buf + r->start;
			*len = r->end - r->start;
			r->line++;
			r->skipping = 1;
			r->fast = 0;
			r->start = r->end = 0;
			return STREAM_TOO_LONG;
		}
		if (r->eof)
			return r->error ? STREAM_ERROR : STREAM_END;
		if (fill(r) < 0 && r->error)
			return STREAM_ERROR;
	}
}

/*
 * Answering.  A stream repeats the same few queries (a log's 200s and
 * 404s), so every entry it writes goes through a cache (cache.h): the
 * formatter renders an entry once, and from then on it is copied.  A line
 * that is a code alone, the commonest by far, goes further.  The first
 * time a code is seen, its answer is written as any line's is, through
 * answer_write and the cache, and the cache's pieces for its records are
 * noted in a table by code.  From then on such a line costs the reader's
 * test for three digits, a look in the table, and for each record its
 * separator (a JSON comma, the blank line around a full text entry: the
 * records before decide it) and a copy.  Under --count nothing is
 * written: the first line of a code is answered in full to find its
 * slot in the tally, and later ones are counted there with one increment.
 */
struct code_answer {
	const struct cache_piece *piece; /* its records' bytes: piece[0..n) */
	unsigned char n;                 /* 0 until they are all kept */
	unsigned char full;              /* for format_separator */
};

/* Writes the answer to a code alone for the first time, through
 * answer_write, and notes its pieces in *a once the cache keeps them all.
 * Returns -1 if the code has no entry to show, which leaves the line to
 * answer_query and its message. */
static int
answer_code_first(struct answer_context *ctx, struct cache *cache,
		  struct code_answer *a, unsigned code)
{
	const struct registry_entry *first, *hits[REGISTRY_MAX_ENTRIES];
	size_t shown = answer_code_entries(ctx, code, &first);
	size_t before = ctx->format->count, n, i;

	if (shown == 0)
		return -1;
	for (i = 0; i < shown; i++)
		hits[i] = &first[i];
	answer_write(ctx, hits, shown, 1, HITS_LOOKUP);
	/* The records written are the code's first n entries, which are
	 * next to each other in the registry and so in the cache's pieces.
	 * Those of an answer written in part before a flush are not kept:
	 * the next line writes it again. */
	n = ctx->format->count - before;
	if (n == 0 || n > UCHAR_MAX)
		return 0;
	a->piece = cache->last - (n - 1);
	for (i = 0; i < n; i++)
		if (a->piece[i].len == 0)
			return 0;
	a->n = (unsigned char)n;
	/* The full answer_write gave the separators: only text reads it,
	 * and keeps it in last_full. */
	a->full = (unsigned char)ctx->format->last_full;
	return 0;
}

/* Answers a line that is a code alone, line[0..3): 0, or -1 to leave it
 * to answer_query. */
static int
answer_code_alone(struct answer_context *ctx, struct cache *cache,
		  struct code_answer *codes, const char *line, unsigned code)
{
	struct code_answer *a;
	unsigned i;

	/* The query field of every record is the line, the code's digits. */
	ctx->format->query = line;
	ctx->format->query_len = 3;
	a = &codes[code];
	/* --count writes nothing, so it keeps no pieces: a code counted
	 * before is counted at once, and the first line of each is left to
	 * answer_query, which finds its slot in the tally. */
	if (a->n == 0)
		return ctx->tally != NULL ? tally_code(ctx->tally, code)
					  : answer_code_first(ctx, cache, a, code);
	for (i = 0; i < a->n; i++)
		cache_copy(cache, ctx->format, &a->piece[i], a->full);
	return 0;
}

/*
 * Response heads, as curl -sI prints them: a status line, header field
 * lines, a blank line.  The status line is answered as any line is; the
 * lines after it that are header fields, and the blank line that ends
 * the head, are not queries and get no answer.  A status line as a
 * server sends it, with its HTTP version, starts a head.
 */

/* Whether a line of a head is a header field: "Name: value", with no
 * blank before the colon (RFC 9112, Section 5).  Anything else, even a
 * line folded onto the one before (which RFC 9112, Section 5.2 forbids
 * servers to send), is a query, so that a line is never lost for looking
 * like a field.  A line too long to read whole is judged by its first
 * STREAM_LINE_MAX + 1 bytes, which the reader has of it wherever it
 * falls in its buffer. */
static int
is_field_line(const char *line, size_t len)
{
	size_t i = 0;

	if (len > STREAM_LINE_MAX + 1)
		len = STREAM_LINE_MAX + 1;
	while (i < len && registry_is_token_char(line[i]))
		i++;
	return i > 0 && i < len && line[i] == ':';
}

/* Answers what r returned in place of a query (ev is not STREAM_LINE):
 * a line longer than r->line_max, one holding a NUL byte or a log line
 * with no status gets the record of a line that cannot be answered, with
 * format->query as the caller set it for the one that holds a NUL.
 * Returns the exit status. */
static int
answer_no_query(struct answer_context *ctx, const struct stream_reader *r,
		enum stream_event ev)
{
	char what[sizeof(r->why) + 64];

	switch (ev) {
	case STREAM_TOO_LONG:
		/* Not kept whole, so not given back as the query. */
		ctx->format->query = NULL;
		ctx->format->query_len = 0;
		snprintf(what, sizeof(what), "line longer than %zu bytes",
			 r->line_max);
		return answer_unreadable(ctx, what);
	case STREAM_NUL:
		return answer_unreadable(ctx, "line holds a NUL byte");
	case STREAM_NO_STATUS:
		ctx->format->query = NULL;
		ctx->format->query_len = 0;
		snprintf(what, sizeof(what), "line %s", r->why);
		return answer_unreadable(ctx, what);
	case STREAM_LINE:
	case STREAM_END:
	case STREAM_ERROR:
		break;
	}
	return ANSWER_FOUND;
}

/* Answers the status of a log line, status[0..len), when it is not a code
 * alone, or what r returned in its place.  Returns the exit status. */
static int
answer_status(struct answer_context *ctx, const struct stream_reader *r,
	      enum stream_event ev, const char *status, size_t len)
{
	char quoted[DIAG_QUOTE_MAX], what[DIAG_QUOTE_MAX + 64];
	unsigned code;

	if (ev != STREAM_LINE)
		return answer_no_query(ctx, r, ev);
	/* The status is the query, to join on; only a code is one, lest a
	 * field of words be searched for. */
	ctx->format->query = status;
	ctx->format->query_len = len;
	if (code_parse(status, len, &code) == 0)
		return answer_query(ctx, status, len);
	snprintf(what, sizeof(what), "status %s is not a code",
		 diag_quote(quoted, sizeof(quoted), status, len));
	return answer_unreadable(ctx, what);
}

/* Answers one line that r returned: 0 records for a line of a head, else
 * at least one.  *head says whether the lines before were a head.
 * Returns the exit status. */
static int
answer_line(struct answer_context *ctx, const struct stream_reader *r,
	    enum stream_event ev, const char *line, size_t len, int *head)
{
	if (r->log != NULL)
		return answer_status(ctx, r, ev, line, len);
	if (*head && ev != STREAM_NUL && is_field_line(line, len))
		return ANSWER_FOUND;
	query_trim(&line, &len);
	if (*head && ev == STREAM_LINE && len == 0) {
		*head = 0;
		return ANSWER_FOUND;
	}
	*head = 0;
	ctx->format->query = line;
	ctx->format->query_len = len;
	if (ev != STREAM_LINE)
		return answer_no_query(ctx, r, ev);
	if (len == 0)
		return answer_unreadable(ctx, "line is empty");
	*head = query_is_server_status_line(line, len);
	return answer_query(ctx, line, len);
}

/* What stream_answer and stream_count share: every line of fd answered
 * through a copy of caller, which counts them if it has a tally. */
static int
stream_run(const struct answer_context *caller, int fd, const char *name,
	   const struct log_spec *log)
{
	/* Static for their size, not to keep state: all three are set up
	 * afresh below. */
	static struct stream_reader r;
	static struct cache cache;
	static struct code_answer codes[REGISTRY_CODE_LIMIT];
	struct answer_context ctx = *caller;
	const char *line;
	size_t len;
	unsigned code;
	int status = ANSWER_FOUND, rc, head = 0, alone;

	/* The best answer to a line unless --all asks for every one. */
	ctx.best = ctx.show != SHOW_ALL;
	ctx.stream_name = name;
	cache_init(&cache, ctx.format);
	memset(codes, 0, sizeof(codes));
	ctx.cache = &cache;
	stream_init(&r, fd);
	stream_read_log(&r, log);

	while (!ctx.format->out->error) {
		enum stream_event ev = stream_next(&r, &line, &len);

		/* The fast path: a code alone.  Three bytes need no trimming
		 * to be one, and anything else there is left to answer_line,
		 * which trims.  In a head, a line is judged as read. */
		alone = 0;
		if (ev == STREAM_LINE && !head) {
			if (len != 3)
				query_trim(&line, &len);
			if (len == 3 && code_parse(line, 3, &code) == 0) {
				if (answer_code_alone(&ctx, &cache, codes, line,
						      code) == 0)
					continue;
				alone = 1;
			}
		}
		if (ev == STREAM_END)
			break;
		if (ev == STREAM_ERROR) {
			writer_flush(ctx.format->out);
			diag_error("%s: read error: %s", name, strerror(r.error));
			status = ANSWER_TROUBLE;
			break;
		}
		ctx.line = r.line;
		rc = answer_line(&ctx, &r, ev, line, len, &head);
		if (rc > status)
			status = rc;
		/* The tally counts the code at once from now on. */
		if (alone && ctx.tally != NULL)
			tally_keep_code(ctx.tally, code);
	}
	return status;
}

int
stream_answer(const struct answer_context *ctx, int fd, const char *name,
	      const struct log_spec *log)
{
	int status = stream_run(ctx, fd, name, log);

	writer_flush(ctx->format->out);
	return status;
}

int
stream_count(const struct answer_context *caller, int fd, const char *name,
	     const struct log_spec *log)
{
	static struct tally tally;
	struct answer_context ctx = *caller;
	unsigned long unknown;
	int status;

	tally_init(&tally);
	ctx.tally = &tally;
	status = stream_run(&ctx, fd, name, log);
	/* As in a stream, an unassigned code found nothing too. */
	if (tally_missed(&tally) > 0 && status == ANSWER_FOUND)
		status = ANSWER_NOT_FOUND;
	format_summary(ctx.format, &tally);
	writer_flush(ctx.format->out);
	/* Once, after the summary, rather than a message a line. */
	unknown = tally_unknown(&tally);
	if (unknown > 0 && !ctx.quiet)
		diag_error("%s: %lu line%s could not be answered; the first, "
			   "line %lu: %s",
			   name, unknown, unknown == 1 ? "" : "s",
			   tally.missed_line, tally.missed_why);
	return status;
}
