/* diag.c - messages on stderr that name the program and the culprit. */
#include "diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

const char *diag_progname = "httpstatus";

/* The program's name, the message, a newline. */
static void
say(const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", diag_progname);
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
diag_error(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
}

void
diag_usage(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	say(fmt, ap);
	va_end(ap);
	diag_try_help();
}

void
diag_try_help(void)
{
	fprintf(stderr, "Try '%s --help'.\n", diag_progname);
}

char *
diag_quote(char *buf, size_t cap, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const size_t shown = len > 40 ? 40 : len;
	size_t n = 0, i;

	if (cap < DIAG_QUOTE_MAX) {
		if (cap > 0)
			buf[0] = '\0';
		return buf;
	}
	buf[n++] = '\'';
	for (i = 0; i < shown; i++) {
		unsigned char c = (unsigned char)s[i];

		if (c >= 0x20 && c < 0x7f) {
			buf[n++] = (char)c;
		} else {
			buf[n++] = '\\';
			buf[n++] = 'x';
			buf[n++] = hex[c >> 4];
			buf[n++] = hex[c & 15];
		}
	}
	if (shown < len) {
		memcpy(buf + n, "...", 3);
		n += 3;
	}
	buf[n++] = '\'';
	buf[n] = '\0';
	return buf;
}
