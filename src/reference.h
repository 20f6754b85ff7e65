/* reference.h - a registry row's references, and the URL the generator gives each. */
#ifndef HTTPSTATUS_REFERENCE_H
#define HTTPSTATUS_REFERENCE_H

#include <stddef.h>

/* Room for the longest URL and its NUL.  The longest the registry needs
 * is under 80 bytes; a reference whose URL would not fit is refused. */
#define REFERENCE_URL_MAX 160

/* Steps through a row's references, separated by "; ": returns the one
 * at *cursor, with its length in *len, and moves *cursor past it; NULL
 * when none is left.  Nothing is copied. */
const char *reference_next(const char **cursor, size_t *len);

/* Writes the URL of the reference ref[0..len) into url and returns 0.
 * "RFC 9110" links to the RFC Editor's copy, "RFC 9110, Section 15.5.5"
 * to that section of it, "draft-ietf-httpbis-..." to the IETF
 * Datatracker; "status-change-..." (an IESG statement that moved an RFC
 * to Historic) has none, and url is "".  Any other form, which the
 * program could not link, returns -1 with url "". */
int reference_url(const char *ref, size_t len, char url[REFERENCE_URL_MAX]);

#endif
