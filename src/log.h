/* log.h - finds the status in a line of a web server's access log. */
#ifndef HTTPSTATUS_LOG_H
#define HTTPSTATUS_LOG_H

#include <stddef.h>

/* Where a line of a stream holds its query. */
enum log_format {
	LOG_NONE,     /* the line is the query */
	LOG_COMBINED, /* the status of a Common or Combined Log Format line */
	LOG_FIELD,    /* the Nth field of a line split on blanks (awk's $N) */
};

struct log_spec {
	enum log_format format;
	unsigned long field; /* LOG_FIELD's N, from 1 */
};

/* The most --field may name: more than a line of a stream can hold. */
#define LOG_FIELD_MAX 100000UL

/* Finds the status of line[0..len) as spec says (not LOG_NONE): returns
 * 0 and points *status at its *status_len bytes within line, or returns
 * -1 with why the line has none in why ("has no field 9"), to follow
 * "line". */
int log_status(const struct log_spec *spec, const char *line, size_t len,
	       const char **status, size_t *status_len, char *why, size_t cap);

#endif
