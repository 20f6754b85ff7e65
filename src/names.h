/* names.h - a table's names written out for a message: "a, b or c". */
#ifndef HTTPSTATUS_NAMES_H
#define HTTPSTATUS_NAMES_H

#include <stddef.h>

/* Appends name, the i-th of n, to the list in buf (of cap bytes, "" to
 * begin with): after ", ", or " or " before the last.  A message built
 * this way from a table cannot fall behind it.  A list too long for buf
 * is cut short but still ends in '\0'.  Returns buf. */
char *names_add(char *buf, size_t cap, size_t i, size_t n, const char *name);

#endif
