/* match-impl.h - what the word search (match.c) shares with its suggestions (match-suggest.c). */
#ifndef HTTPSTATUS_MATCH_IMPL_H
#define HTTPSTATUS_MATCH_IMPL_H

#include "query.h"
#include "registry.h"

/* Room for a query in normal form: a space may follow every byte. */
#define NORM_MAX (2 * QUERY_MAX + 2)

/* Whether a search shows e: unofficial entries only when asked. */
static inline int
match_visible(const struct registry_entry *e, int with_unofficial)
{
	return with_unofficial || registry_is_official(e);
}

#endif
