/* stream.c - answers queries read one per line, at the speed of the input. */
#include "stream.h"

#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

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
stream_next(struct stream_reader *r, const char **line, size_t *len)
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
 * The fast path.  Streams are mostly the same few codes again and again
 * (a log's 200s and 404s), so the answer to each three-digit code is
 * written once through the normal formatter into an arena and from then
 * on sent from there (see answer_run for the fastest path).  Answers are
 * rendered as if other answers came before them;
 * the one difference for a first answer is a leading separator byte (the
 * comma of a JSON array, the blank line between full text entries),
 * which is skipped.
 */
#define ARENA_SIZE (256 * 1024)

enum { UNSEEN, CACHED, UNCACHEABLE };

/* Direct-mapped tables from the first four bytes of a line ("404\n", or
 * "404\r" of "404\r\n", read as one 32-bit word) to its cached answer,
 * so that the fast path neither parses nor validates: only words put here
 * by the slow path can match.  One table for each line end. */
#define FAST_BITS 10
struct fast_slot {
	uint32_t key;
	struct iovec answer;
};

struct cache {
	struct fast_slot fast[2][1u << FAST_BITS]; /* LF, CRLF */
	/* The answer to each code, ready to hand to writev. */
	struct iovec answer[REGISTRY_CODE_LIMIT];
	unsigned short entries[REGISTRY_CODE_LIMIT];
	unsigned char state[REGISTRY_CODE_LIMIT];
	size_t used;
	int full; /* whether the answers are written in full */
	struct writer scratch;
	char arena[ARENA_SIZE];
};

static uint32_t
fast_hash(uint32_t word)
{
	return (uint32_t)(word * 0x9e3779b1u) >> (32 - FAST_BITS);
}

/* Empties the table.  An empty slot must not match any word, and every
 * 32-bit word can occur in input, so each slot gets a key that hashes to
 * another slot: the multiplier is odd, hence invertible modulo 2^32. */
static void
fast_clear(struct cache *c)
{
	const uint32_t inverse = 0x0e8b2f51u; /* 0x9e3779b1 * this == 1 */
	uint32_t i;

	for (i = 0; i < 1u << FAST_BITS; i++) {
		c->fast[0][i].key = ((i ^ 1u) << (32 - FAST_BITS)) * inverse;
		c->fast[0][i].answer.iov_base = NULL;
		c->fast[0][i].answer.iov_len = 0;
		c->fast[1][i] = c->fast[0][i];
	}
}

static void
fast_insert(struct cache *c, unsigned code)
{
	char line[4] = {(char)('0' + code / 100), (char)('0' + code / 10 % 10),
			(char)('0' + code % 10), '\n'};
	uint32_t word;
	struct fast_slot *slot;
	int crlf;

	for (crlf = 0; crlf < 2; crlf++) {
		line[3] = crlf ? '\r' : '\n';
		memcpy(&word, line, 4);
		slot = &c->fast[crlf][fast_hash(word)];
		slot->key = word; /* a collision evicts; the slow path answers */
		slot->answer = c->answer[code];
	}
}

static void
cache_fill(struct cache *c, struct answer *a, unsigned code, const char *text)
{
	struct format *f = a->format;
	struct writer *real = f->out;
	const struct registry_entry *first;
	size_t count = f->count, n, i;
	int last_full = f->last_full;

	/* Codes with no entry to show are answered on the slow path every
	 * time, since their message goes to stderr with a line number. */
	c->state[code] = UNCACHEABLE;
	n = registry_find(code, &first);
	for (i = 0; i < n; i++)
		if (answer_shows(a, &first[i], 0))
			break;
	if (i == n)
		return;

	writer_init(&c->scratch, -1);
	f->out = &c->scratch;
	f->count = 1;
	f->last_full = c->full;
	answer_query(a, text, 3);
	c->entries[code] = (unsigned short)(f->count - 1);
	f->out = real;
	f->count = count;
	f->last_full = last_full;
	/* The scratch writer cannot flush: an answer larger than its buffer
	 * fails there, and is answered on the slow path every time, as one
	 * the arena has no room for is. */
	if (c->scratch.error != 0 || c->scratch.len > ARENA_SIZE - c->used)
		return;
	memcpy(c->arena + c->used, c->scratch.buf, c->scratch.len);
	c->answer[code].iov_base = c->arena + c->used;
	c->answer[code].iov_len = c->scratch.len;
	c->used += c->scratch.len;
	c->state[code] = CACHED;
	fast_insert(c, code);
}

/* Writes a cached answer; returns -1 if the code is not cacheable. */
static int
cache_answer(struct cache *c, struct answer *a, const char *line)
{
	unsigned code = (unsigned)((line[0] - '0') * 100 + (line[1] - '0') * 10 +
				   (line[2] - '0'));
	struct format *f = a->format;
	size_t skip;

	if (c->state[code] == UNSEEN)
		cache_fill(c, a, code, line);
	if (c->state[code] != CACHED)
		return -1;
	if (c->answer[code].iov_len == 0)
		return 0; /* quiet */
	skip = f->count == 0 &&
	       (f->kind == FORMAT_JSON || (f->kind == FORMAT_TEXT && c->full));
	if (f->kind == FORMAT_TEXT && !c->full && f->count > 0 && f->last_full)
		writer_putc(f->out, '\n');
	writer_write(f->out, (const char *)c->answer[code].iov_base + skip,
		     c->answer[code].iov_len - skip);
	f->count += c->entries[code];
	f->last_full = c->full;
	writer_end_record(f->out);
	return 0;
}

static int
is_code_line(const char *s, size_t len)
{
	return len == 3 && s[0] >= '0' && s[0] <= '9' && s[1] >= '0' &&
	       s[1] <= '9' && s[2] >= '0' && s[2] <= '9';
}

/*
 * The fastest path: a run of lines that are bare, already cached codes
 * ("404\n", or "404\r\n" throughout) is answered straight from the
 * reader's buffer, each answer handed to the writer by reference (writev
 * copies it, in the kernel), so a line costs a hash, two compares and two
 * stores.  Stops at the first other line, which the caller answers the
 * ordinary way.
 */
static void
answer_run(struct stream_reader *r, struct cache *c, struct format *f)
{
	const char *p = r->buf + r->start, *start = p;
	const char *end = r->buf + r->end;
	/* Lines are "DDD\n" or "DDD\r\n"; the first line decides which. */
	const size_t step = end - p >= 5 && p[3] == '\r' ? 5 : 4;
	const struct fast_slot *table = c->fast[step == 5];
	size_t room, bytes;
	struct iovec *out;
	uint32_t word;

	if ((size_t)(end - p) < step)
		return;
	memcpy(&word, p, 4);
	if (table[fast_hash(word)].key != word)
		return; /* not a cached code: not worth setting up a run */

	while ((size_t)(end - p) >= step) {
		const char *first = p, *stop;

		out = writer_pieces(f->out, &room);
		if (f->out->error)
			break;
		/* Each line takes step bytes and one piece of room; the last
		 * whole line starts step - 1 bytes before the end. */
		stop = (size_t)(end - p) / step > room ? p + step * room
						       : end - (step - 1);
		bytes = 0;
		while (p < stop) {
			const struct fast_slot *slot;

			memcpy(&word, p, 4);
			slot = &table[fast_hash(word)];
			if (slot->key != word || p[step - 1] != '\n')
				break;
			*out++ = slot->answer;
			bytes += slot->answer.iov_len;
			p += step;
		}
		writer_add_pieces(f->out, (size_t)(p - first) / step, bytes);
		if (p < stop)
			break;
	}
	r->start = (size_t)(p - r->buf);
	r->line += (unsigned long)(p - start) / step;
	/* f->count stays what it was: above zero, which is all that the
	 * formats ask of it once answers have begun. */
}

static int
is_blank(const char *s, size_t len)
{
	size_t i;

	for (i = 0; i < len; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\v' &&
		    s[i] != '\f')
			return 0;
	return 1;
}

int
stream_answer(struct answer *a, int fd, const char *name)
{
	/* Static for their size (a buffer, an arena), not to keep state:
	 * both are set afresh below. */
	static struct stream_reader r;
	static struct cache cache;
	char where[64];
	const char *line;
	size_t len;
	int status = ANSWER_FOUND, rc;
	enum answer_detail detail = a->detail;

	/* A stream is a list: one line per answer unless asked otherwise. */
	if (a->detail == DETAIL_AUTO)
		a->detail = DETAIL_SHORT;
	memset(cache.answer, 0, sizeof(cache.answer));
	memset(cache.state, 0, sizeof(cache.state));
	fast_clear(&cache);
	cache.used = 0;
	cache.full = a->detail == DETAIL_LONG;
	stream_init(&r, fd);

	for (;;) {
		enum stream_event ev;

		/* Once one answer is out (so no answer needs the leading byte
		 * skipped) and unless each must be flushed at once. */
		if (a->format->count > 0 && !a->format->out->line_buffered &&
		    !r.skipping) {
			answer_run(&r, &cache, a->format);
			if (a->format->out->error)
				break;
		}
		ev = stream_next(&r, &line, &len);

		if (ev == STREAM_LINE) {
			if (len > 0 && line[len - 1] == '\r')
				len--; /* CRLF */
			if (is_code_line(line, len) &&
			    cache_answer(&cache, a, line) == 0) {
				if (a->format->out->error)
					break;
				continue;
			}
		}
		if (ev == STREAM_END)
			break;
		snprintf(where, sizeof(where), "%s:%lu", name, r.line);
		if (ev == STREAM_ERROR) {
			diag_error("%s: read error: %s", name, strerror(r.error));
			status = ANSWER_TROUBLE;
			break;
		}
		if (ev == STREAM_TOO_LONG) {
			diag_error("%s: line longer than %d bytes, skipped",
				   where, STREAM_LINE_MAX);
			status = ANSWER_TROUBLE;
			continue;
		}
		if (ev == STREAM_NUL) {
			diag_error("%s: line holds a NUL byte, skipped", where);
			status = ANSWER_TROUBLE;
			continue;
		}
		if (is_blank(line, len))
			continue;
		a->where = where;
		rc = answer_query(a, line, len);
		a->where = NULL;
		if (rc > status)
			status = rc;
		if (a->format->out->error)
			break;
	}
	a->detail = detail;
	/* Answers may point into the arena, which the next stream reuses. */
	writer_flush(a->format->out);
	return status;
}
