/* gen-emit.h - writes the registry and its search index as C, for the generator. */
#ifndef HTTPSTATUS_GEN_EMIT_H
#define HTTPSTATUS_GEN_EMIT_H

#include <stdio.h>

#include "gen-index.h"
#include "regfile.h"

/* Writes the tables registry.c compiles: entries[], first_entry[],
 * classes[] and the search index.  Write errors show in ferror(out). */
void emit_registry(FILE *out, const struct regfile *rf,
		   const struct search_index *ix);

#endif
