/* cache.c - each entry's bytes as the formatter wrote them, to copy again. */
#include "cache.h"

#include <string.h>

void
cache_init(struct cache *c)
{
	memset(c->piece, 0, sizeof(c->piece));
	c->used = 0;
}

void
cache_fill(struct cache *c, struct format *f, const struct registry_entry *e,
	   int full)
{
	struct cache_piece *p = &c->piece[full != 0][registry_index(e)];
	struct writer *w = f->out;
	unsigned long flushes = w->flushes;
	size_t start = w->len, len;

	format_body(f, e, full);
	/* The body is kept if it is all still in the output buffer (no
	 * flush emptied it part-way) and there is room. */
	len = w->len - start;
	if (w->flushes == flushes && len <= sizeof(c->bytes) - c->used) {
		memcpy(c->bytes + c->used, w->buf + start, len);
		p->at = (unsigned)c->used;
		p->len = (unsigned)len;
		c->used += len;
	}
}
