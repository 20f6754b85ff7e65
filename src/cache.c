/* cache.c - each entry's bytes as the formatter wrote them, to copy again. */
#include "cache.h"

#include <string.h>

void
cache_init(struct cache *c, const struct format *f)
{
	memset(c->piece, 0, sizeof(c->piece));
	c->last = NULL;
	c->used = 0;
	c->query = format_has_query(f);
}

void
cache_fill(struct cache *c, struct format *f, const struct registry_entry *e,
	   int full)
{
	struct cache_piece *p = &c->piece[full != 0][registry_index(e)];
	size_t start = writer_mark(f->out), len, split, skip;
	const char *body;

	f->query_start = f->query_stop = start;
	format_body(f, e, full);
	/* The body is kept if it is all still in the output buffer (no
	 * flush sent part of it out) and there is room: without the query,
	 * whose place is remembered. */
	body = writer_since(f->out, start, &len);
	if (body == NULL)
		return;
	split = f->query_start - start;
	skip = f->query_stop - f->query_start;
	len -= skip;
	if (len > 0 && len <= sizeof(c->bytes) - c->used) {
		memcpy(c->bytes + c->used, body, split);
		memcpy(c->bytes + c->used + split, body + split + skip,
		       len - split);
		p->at = (unsigned)c->used;
		p->len = (unsigned)len;
		p->split = (unsigned)split;
		c->used += len;
	}
}
