/* csv.c - strict RFC 4180 reader for the registry's CSV files. */
#include "csv.h"
#include "utf8.h"

#include <stdarg.h>
#include <stdio.h>

void
csv_init(struct csv_reader *r, char *buf, size_t len)
{
	r->buf = buf;
	r->len = len;
	r->pos = 0;
	r->line = 1;
	r->column = 1;
	buf[len] = '\0';
}

int
csv_fail(struct csv_error *err, unsigned line, unsigned column, const char *fmt,
     ...)
{
	va_list ap;

	err->line = line;
	err->column = column;
	va_start(ap, fmt);
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	va_end(ap);
	return -1;
}

/* Checks and copies the content byte at r->pos to *out; returns the number
 * of bytes consumed, or 0 after filling *err. */
static size_t
take_char(struct csv_reader *r, char *out, struct csv_error *err)
{
	unsigned char c = (unsigned char)r->buf[r->pos];
	size_t n, i;

	if (c < 0x20 || c == 0x7f) {
		const char *what = c == '\t' ? "tab"
				   : c == '\n' ? "newline"
				   : c == '\r' ? "carriage return"
					       : "control character";
		csv_fail(err, r->line, r->column, "%s inside a field", what);
		return 0;
	}
	n = utf8_length((const unsigned char *)r->buf + r->pos,
			r->len - r->pos);
	if (n == 0) {
		csv_fail(err, r->line, r->column, "invalid UTF-8");
		return 0;
	}
	for (i = 0; i < n; i++)
		out[i] = r->buf[r->pos + i];
	r->pos += n;
	r->column += (unsigned)n; /* columns count bytes, as compilers do */
	return n;
}

/* True at a record terminator: LF or CRLF. */
static int
at_eol(const struct csv_reader *r)
{
	return r->buf[r->pos] == '\n' ||
	       (r->buf[r->pos] == '\r' && r->pos + 1 < r->len &&
		r->buf[r->pos + 1] == '\n');
}

static void
skip_eol(struct csv_reader *r)
{
	r->pos += r->buf[r->pos] == '\r' ? 2 : 1;
	r->line++;
	r->column = 1;
}

/* Reads one field starting at r->pos; unescaped text is written at
 * *dst, which never runs ahead of the read position. */
static int
read_field(struct csv_reader *r, struct csv_field *f, char **dst,
	   struct csv_error *err)
{
	char *start = *dst, *w = *dst;
	size_t n;

	f->column = r->column;
	f->quoted = r->buf[r->pos] == '"';
	if (f->quoted) {
		unsigned qline = r->line, qcol = r->column;

		r->pos++;
		r->column++;
		for (;;) {
			if (r->pos >= r->len)
				return csv_fail(err, qline, qcol,
					    "unterminated quoted field");
			if (r->buf[r->pos] == '"') {
				if (r->pos + 1 < r->len &&
				    r->buf[r->pos + 1] == '"') {
					*w++ = '"';
					r->pos += 2;
					r->column += 2;
					continue;
				}
				r->pos++;
				r->column++;
				break;
			}
			if (r->buf[r->pos] == '\n' || r->buf[r->pos] == '\r')
				return csv_fail(err, r->line, r->column,
					    "line break inside a quoted field "
					    "(opened at column %u)", qcol);
			if ((n = take_char(r, w, err)) == 0)
				return -1;
			w += n;
		}
		if (r->pos < r->len && r->buf[r->pos] != ',' && !at_eol(r))
			return csv_fail(err, r->line, r->column,
				    "text after the closing quote");
	} else {
		while (r->pos < r->len && r->buf[r->pos] != ',' && !at_eol(r)) {
			if (r->buf[r->pos] == '"')
				return csv_fail(err, r->line, r->column,
					    "quote inside an unquoted field");
			if ((n = take_char(r, w, err)) == 0)
				return -1;
			w += n;
		}
	}
	f->text = start;
	f->len = (size_t)(w - start);
	*dst = w;
	return 0;
}

int
csv_next(struct csv_reader *r, struct csv_record *rec, struct csv_error *err)
{
	char *dst;

	if (r->pos >= r->len)
		return 0;
	rec->line = r->line;
	rec->nfields = 0;
	dst = r->buf + r->pos;
	for (;;) {
		struct csv_field spill;
		struct csv_field *f = rec->nfields < CSV_MAX_FIELDS
					      ? &rec->fields[rec->nfields]
					      : &spill;

		int last;

		if (read_field(r, f, &dst, err) < 0)
			return -1;
		rec->nfields++;
		last = 1;
		if (r->pos >= r->len) {
			/* last record without a final newline */
		} else if (at_eol(r)) {
			skip_eol(r);
		} else {
			r->pos++; /* the comma */
			r->column++;
			last = 0;
		}
		/* Only now is the terminator consumed, so the NUL can take
		 * its place (or that of bytes before it) safely. */
		*dst++ = '\0';
		if (last)
			return 1;
	}
}
