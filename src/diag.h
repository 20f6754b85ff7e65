/* diag.h - messages on stderr that name the program and the culprit. */
#ifndef HTTPSTATUS_DIAG_H
#define HTTPSTATUS_DIAG_H

#include <stddef.h>

/* Prefix of every message. */
extern const char *diag_progname;

/* "httpstatus: " + the message + a newline, on stderr. */
void diag_error(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* A usage error: diag_error's message, then a line that points to
 * --help, as every message about the command line ends. */
void diag_usage(const char *fmt, ...)
	__attribute__((format(printf, 1, 2)));

/* The line that points to --help alone: after several messages about
 * the command line, given with diag_error, it comes once. */
void diag_try_help(void);

/* Quotes s[0..len) for a message: at most 40 characters, and every byte
 * that is not printable ASCII shown as \xNN, so that no argument can
 * reach the terminal as a control sequence.  Returns buf. */
char *diag_quote(char *buf, size_t cap, const char *s, size_t len);

/* Room diag_quote needs at most. */
#define DIAG_QUOTE_MAX (40 * 4 + 8)

#endif
