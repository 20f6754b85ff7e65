/* cache.c - each entry's bytes as the formatter wrote them, to copy again. */
#include "cache.h"

#include <string.h>

void
cache_init(struct cache *c, const struct format *f)
{
	memset(c->piece, 0, sizeof(c->piece));
	c->used = 0;
	c->query = format_has_query(f);
}

void
cache_fill(struct cache *c, struct format *f, const struct registry_entry *e,
	   int full)
{
	struct cache_piece *p = &c->piece[full != 0][registry_index(e)];
	struct writer *w = f->out;
	unsigned long flushes = w->flushes;
	size_t start = w->len, len, split, skip;

	f->query_start = f->query_stop = start;
	format_body(f, e, full);
	/* The body is kept if it is all still in the output buffer (no
	 * flush emptied it part-way) and there is room: without the query,
	 * whose place is remembered. */
	if (w->flushes != flushes)
		return;
	split = f->query_start - start;
	skip = f->query_stop - f->query_start;
	len = w->len - start - skip;
	if (len > 0 && len <= sizeof(c->bytes) - c->used) {
		memcpy(c->bytes + c->used, w->buf + start, split);
		memcpy(c->bytes + c->used + split, w->buf + start + split + skip,
		       len - split);
		p->at = (unsigned)c->used;
		p->len = (unsigned)len;
		p->split = (unsigned)split;
		c->used += len;
	}
}
