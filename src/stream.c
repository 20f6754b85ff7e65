/* stream.c - answers queries read one per line, at the speed of the input. */
#include "stream.h"

#include <errno.h>
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
	answer_write(ctx, b->hits, b->n, 1);
	return 0;
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
	const char *line;
	size_t len;
	int status = ANSWER_FOUND, rc;
	size_t i;
	enum answer_detail detail = ctx->detail;

	/* A stream is a list: one line per answer unless asked otherwise. */
	if (ctx->detail == DETAIL_AUTO)
		ctx->detail = DETAIL_SHORT;
	cache_init(&cache);
	memset(bare, 0, sizeof(bare));
	for (i = 0; i < registry_size() && i < REGISTRY_MAX_ENTRIES; i++)
		every[i] = registry_at(i);
	ctx->cache = &cache;
	stream_init(&r, fd);

	while (!ctx->format->out->error) {
		enum stream_event ev = stream_next(&r, &line, &len);

		if (ev == STREAM_LINE) {
			/* Blanks around a query, and the CR of a CRLF line,
			 * are no part of it. */
			query_trim(&line, &len);
			if (len == 0 ||
			    (len == 3 &&
			     write_bare_code(ctx, bare, every, line) == 0))
				continue;
		}
		if (ev == STREAM_END)
			break;
		if (ev == STREAM_ERROR) {
			diag_error("%s: read error: %s", name, strerror(r.error));
			status = ANSWER_TROUBLE;
			break;
		}
		if (ev == STREAM_TOO_LONG) {
			diag_error("%s:%lu: line longer than %d bytes, skipped",
				   name, r.line, STREAM_LINE_MAX);
			status = ANSWER_TROUBLE;
			continue;
		}
		if (ev == STREAM_NUL) {
			diag_error("%s:%lu: line holds a NUL byte, skipped",
				   name, r.line);
			status = ANSWER_TROUBLE;
			continue;
		}
		ctx->stream = name;
		ctx->line = r.line;
		rc = answer_query(ctx, line, len);
		ctx->stream = NULL;
		if (rc > status)
			status = rc;
	}
	ctx->detail = detail;
	ctx->cache = NULL;
	writer_flush(ctx->format->out);
	return status;
}
