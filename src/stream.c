/* stream.c - answers queries read one per line, at the speed of the input. */
#include "stream.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "cache.h"
#include "code.h"
#include "diag.h"

void
stream_init(struct stream_reader *r, int fd)
{
	r->fd = fd;
	r->eof = 0;
	r->error = 0;
	r->skipping = 0;
	r->line = 0;
	r->start = 0;
	r->end = 0;
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
			    STREAM_LINE_MAX)
				return STREAM_TOO_LONG;
			if (memchr(*line, '\0', *len) != NULL)
				return STREAM_NUL;
			return STREAM_LINE;
		}
		if (r->end - r->start > STREAM_LINE_MAX + 1) {
			/* Its start stays in the buffer until the next
			 * call, for a caller that looks at it. */
			*line = r->buf + r->start;
			*len = r->end - r->start;
			r->line++;
			r->skipping = 1;
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
 * that is a code alone, the commonest by far, skips the parsing of a
 * query as well: the entries that answer each code are looked up the
 * first time the code is seen, since looking them up again would cost
 * more than the rest of the answer.
 */
struct bare_code {
	const struct registry_entry *const *hits;
	unsigned short n;
	unsigned char known;
};

/* Answers a line that is a code alone: 0, or -1 if the code has no entry
 * to show, which leaves the line to answer_query and its message.  every
 * lists every entry of the registry, in order: the entries of a code,
 * which are contiguous there, are then a list of hits as answer_write
 * takes them. */
static int
write_bare_code(struct answer_context *ctx, struct bare_code *codes,
		const struct registry_entry *const *every, const char *line)
{
	const struct registry_entry *first;
	struct bare_code *b;
	unsigned code;

	if (code_parse(line, 3, &code) < 0)
		return -1;
	b = &codes[code];
	if (!b->known) {
		b->n = (unsigned short)answer_code_entries(ctx, code, &first);
		b->hits = b->n > 0 ? &every[registry_index(first)] : NULL;
		b->known = 1;
	}
	if (b->n == 0)
		return -1;
	ctx->format->query = line;
	ctx->format->query_len = 3;
	answer_write(ctx, b->hits, b->n, 1, 1);
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

/* Answers one line that stream_next returned: 0 records for a line of a
 * head, else at least one.  *head says whether the lines before were a
 * head.  Returns the exit status. */
static int
answer_line(struct answer_context *ctx, enum stream_event ev,
	    const char *line, size_t len, int *head)
{
	char what[64];

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
	switch (ev) {
	case STREAM_TOO_LONG:
		/* Not kept whole, so not given back as the query. */
		ctx->format->query = NULL;
		ctx->format->query_len = 0;
		snprintf(what, sizeof(what), "line longer than %d bytes",
			 STREAM_LINE_MAX);
		return answer_unreadable(ctx, what);
	case STREAM_NUL:
		return answer_unreadable(ctx, "line holds a NUL byte");
	case STREAM_LINE:
		break;
	case STREAM_END:
	case STREAM_ERROR:
		return ANSWER_FOUND;
	}
	if (len == 0)
		return answer_unreadable(ctx, "line is empty");
	*head = query_is_server_status_line(line, len);
	return answer_query(ctx, line, len);
}

int
stream_answer(struct answer_context *ctx, int fd, const char *name)
{
	/* Static for their size, not to keep state: both are set up afresh
	 * below. */
	static struct stream_reader r;
	static struct cache cache;
	static struct bare_code bare[REGISTRY_CODE_LIMIT];
	static const struct registry_entry *every[REGISTRY_MAX_ENTRIES];
	const struct answer_context saved = *ctx;
	const char *line;
	size_t len;
	int status = ANSWER_FOUND, rc, head = 0;
	size_t i;

	/* A stream is a list: one line per answer unless asked otherwise,
	 * and the best answer to a line unless --all asks for every one. */
	if (ctx->detail == DETAIL_AUTO)
		ctx->detail = DETAIL_SHORT;
	ctx->best = ctx->show != SHOW_ALL;
	ctx->stream_name = name;
	cache_init(&cache, ctx->format);
	memset(bare, 0, sizeof(bare));
	for (i = 0; i < registry_size() && i < REGISTRY_MAX_ENTRIES; i++)
		every[i] = registry_at(i);
	ctx->cache = &cache;
	stream_init(&r, fd);

	while (!ctx->format->out->error) {
		enum stream_event ev = stream_next(&r, &line, &len);

		/* The fast path: a code alone.  Three bytes need no trimming
		 * to be one, and anything else there is left to answer_line,
		 * which trims.  In a head, a line is judged as read. */
		if (ev == STREAM_LINE && !head) {
			if (len != 3)
				query_trim(&line, &len);
			if (len == 3 && write_bare_code(ctx, bare, every, line) == 0)
				continue;
		}
		if (ev == STREAM_END)
			break;
		if (ev == STREAM_ERROR) {
			writer_flush(ctx->format->out);
			diag_error("%s: read error: %s", name, strerror(r.error));
			status = ANSWER_TROUBLE;
			break;
		}
		ctx->line = r.line;
		rc = answer_line(ctx, ev, line, len, &head);
		if (rc > status)
			status = rc;
	}
	*ctx = saved;
	writer_flush(ctx->format->out);
	return status;
}
