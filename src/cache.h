/* cache.h - each entry's bytes as the formatter wrote them, to copy again. */
#ifndef HTTPSTATUS_CACHE_H
#define HTTPSTATUS_CACHE_H

#include <stddef.h>

#include "format.h"
#include "registry.h"

/* Room for every entry in full JSON several times over; an entry that
 * does not fit is simply rendered each time. */
#define CACHE_SIZE (256 * 1024)

/*
 * A stream answers the same few codes again and again.  The first time an
 * entry is written, the formatter renders it straight into the output and
 * a copy of those bytes is kept here; from then on writing the entry is
 * its separator and one memcpy.  The bytes depend on the format's
 * settings, so a cache serves one format, and is set up afresh with
 * cache_init for each stream.  The one field that changes from answer to
 * answer, the query, is not kept: where the format wants it, its bytes
 * are left out and written afresh between the two halves kept.
 */
struct cache {
	/* Where an entry's body is in bytes, by full (0 or 1) and
	 * registry_index; len 0 until it is kept.  The query goes split
	 * bytes in, if the format has it. */
	struct cache_piece {
		unsigned at, len, split;
	} piece[2][REGISTRY_MAX_ENTRIES];
	/* The piece of the entry written last, for a caller that keeps
	 * the pieces of a whole answer (stream.c). */
	const struct cache_piece *last;
	int query; /* format_has_query() of the format served */
	size_t used;
	char bytes[CACHE_SIZE];
};

/* Sets c up, empty, to serve format f. */
void cache_init(struct cache *c, const struct format *f);

/* Renders e into the output and keeps its bytes if it can. */
void cache_fill(struct cache *c, struct format *f,
		const struct registry_entry *e, int full);

/* Writes the entry whose bytes p keeps (p->len > 0) as format_entry(f,
 * e, full) does, with f->query as its query. */
static inline void
cache_copy(const struct cache *c, struct format *f,
	   const struct cache_piece *p, int full)
{
	format_separator(f, full);
	if (!c->query) {
		writer_write(f->out, c->bytes + p->at, p->len);
	} else {
		writer_write(f->out, c->bytes + p->at, p->split);
		format_query(f);
		writer_write(f->out, c->bytes + p->at + p->split,
			     p->len - p->split);
	}
	writer_end_record(f->out);
}

/* Writes e as format_entry(f, e, full) does. */
static inline void
cache_entry(struct cache *c, struct format *f, const struct registry_entry *e,
	    int full)
{
	const struct cache_piece *p = &c->piece[full != 0][registry_index(e)];

	c->last = p;
	if (p->len > 0) {
		cache_copy(c, f, p, full);
		return;
	}
	format_separator(f, full);
	cache_fill(c, f, e, full);
	writer_end_record(f->out);
}

#endif
