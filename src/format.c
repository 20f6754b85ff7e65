/* format.c - writes registry entries as text, JSON, JSON lines, TSV or CSV. */
#include "format.h"
#include "code.h"
#include "utf8.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static const char *const field_names[FIELD_COUNT] = {
	[FIELD_CODE] = "code",
	[FIELD_PHRASE] = "phrase",
	[FIELD_DESCRIPTION] = "description",
	[FIELD_REFERENCE] = "reference",
	[FIELD_STATUS] = "status",
	[FIELD_ORIGIN] = "origin",
	[FIELD_CLASS] = "class",
	[FIELD_ALIASES] = "aliases",
	[FIELD_URL] = "url",
	[FIELD_SOURCE] = "source",
	[FIELD_EXPIRES] = "expires",
	[FIELD_HEADERS] = "headers",
	[FIELD_CACHEABLE] = "cacheable",
	[FIELD_CONTENT] = "content",
	[FIELD_RELATED] = "related",
	[FIELD_TREAT_AS] = "treat_as",
	[FIELD_QUERY] = "query",
};

static const char *const kind_names[FORMAT_KINDS] = {
	[FORMAT_TEXT] = "text", [FORMAT_JSON] = "json",
	[FORMAT_JSONL] = "jsonl", [FORMAT_TSV] = "tsv",
	[FORMAT_CSV] = "csv",
};

/* SGR colours: one per class, so a listing reads by colour; everything
 * off the standard track (unofficial, unused, obsolete) in magenta. */
static const char *const class_colors[CODE_CLASSES + 1] = {
	"\033[1;35m", "\033[1;34m", "\033[1;32m", "\033[1;36m", "\033[1;33m",
	"\033[1;31m",
};
#define COLOR_MARK  "\033[35m"
#define COLOR_DIM   "\033[2m"
#define COLOR_RESET "\033[0m"

#define URL_MAX 160

void
format_init(struct format *f, struct writer *out)
{
	size_t i;

	memset(f, 0, sizeof(*f));
	f->out = out;
	f->kind = FORMAT_TEXT;
	f->width = 80;
	for (i = 0; i < FIELD_QUERY; i++)
		f->fields[i] = (unsigned char)i;
	f->nfields = FIELD_QUERY;
}

/* Today's date (UTC), looked up the first time a temporary registration
 * is shown rather than at every start: a lookup of 404 needs no clock. */
static const char *
today(struct format *f)
{
	struct tm tm;

	if (f->today[0] == '\0' && gmtime_r(&(time_t){time(NULL)}, &tm) != NULL)
		strftime(f->today, sizeof(f->today), "%Y-%m-%d", &tm);
	return f->today;
}

const char *
format_field_name(enum format_field field)
{
	return (size_t)field < FIELD_COUNT ? field_names[field] : "";
}

const char *
format_kind_name(enum format_kind kind)
{
	return (size_t)kind < FORMAT_KINDS ? kind_names[kind] : "";
}

int
format_kind_parse(const char *name)
{
	int i;

	for (i = 0; i < FORMAT_KINDS; i++)
		if (strcmp(name, kind_names[i]) == 0)
			return i;
	return -1;
}

int
format_has_query(const struct format *f)
{
	return f->kind != FORMAT_TEXT &&
	       memchr(f->fields, FIELD_QUERY, f->nfields) != NULL;
}

int
format_parse_fields(struct format *f, const char *list, const char **bad,
		    size_t *badlen)
{
	unsigned char fields[FIELD_COUNT] = {0};
	const char *p = list;
	size_t n = 0, len, i;

	for (;;) {
		len = strcspn(p, ",");
		for (i = 0; i < FIELD_COUNT; i++)
			if (strlen(field_names[i]) == len &&
			    memcmp(field_names[i], p, len) == 0)
				break;
		/* An unknown, empty or repeated name is refused rather than
		 * skipped: a script would silently get the wrong columns. */
		if (i == FIELD_COUNT || n == FIELD_COUNT ||
		    memchr(fields, (int)i, n) != NULL) {
			*bad = p;
			*badlen = len;
			return -1;
		}
		fields[n++] = (unsigned char)i;
		if (p[len] == '\0')
			break;
		p += len + 1;
	}
	memcpy(f->fields, fields, n);
	f->nfields = n;
	return 0;
}

size_t
format_reference_url(const char *ref, size_t len, char *buf, size_t cap)
{
	size_t n = 0, digits, i;
	const char *sec;
	int w;

	buf[0] = '\0';
	if (len >= 4 && memcmp(ref, "RFC ", 4) == 0) {
		digits = strspn(ref + 4, "0123456789");
		if (digits == 0 || digits > 5 || 4 + digits > len)
			return 0;
		w = snprintf(buf, cap, "https://www.rfc-editor.org/rfc/rfc%.*s",
			     (int)digits, ref + 4);
		n = w > 0 && (size_t)w < cap ? (size_t)w : 0;
		sec = ref + 4 + digits;
		if (n > 0 && (size_t)(sec - ref) + 10 < len &&
		    memcmp(sec, ", Section ", 10) == 0) {
			sec += 10;
			i = strspn(sec, "0123456789.");
			if (i > (size_t)(ref + len - sec))
				i = (size_t)(ref + len - sec);
			w = snprintf(buf + n, cap - n, "#section-%.*s", (int)i,
				     sec);
			if (w > 0 && (size_t)w < cap - n)
				n += (size_t)w;
		}
	} else if (len > 6 && memcmp(ref, "draft-", 6) == 0) {
		w = snprintf(buf, cap, "https://datatracker.ietf.org/doc/html/%.*s",
			     (int)len, ref);
		n = w > 0 && (size_t)w < cap ? (size_t)w : 0;
	}
	if (n == 0)
		buf[0] = '\0';
	return n;
}

/* The first reference of an entry: the text before "; ". */
static size_t
first_reference_len(const char *ref)
{
	const char *semi = strstr(ref, "; ");

	return semi ? (size_t)(semi - ref) : strlen(ref);
}

static void
put_code(struct writer *w, unsigned code)
{
	char digits[3];

	code_format(code, digits);
	writer_write(w, digits, 3);
}

/* "4xx" for a class digit. */
static void
put_class(struct writer *w, unsigned digit)
{
	char name[3] = {(char)('0' + digit), 'x', 'x'};

	writer_write(w, name, 3);
}

/* s[0..len) as a JSON string; s may hold NUL bytes (a query read from a
 * stream), which are escaped like any control character. */
static void
put_json_string(struct writer *w, const char *s, size_t len)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *p = (const unsigned char *)s, *end = p + len;
	char esc[6] = {'\\', 'u', '0', '0', 0, 0};

	writer_putc(w, '"');
	while (p < end) {
		size_t run = 0;

		/* Copy plain runs in one go: most text needs no escape. */
		while (p + run < end && p[run] >= 0x20 && p[run] != '"' &&
		       p[run] != '\\' && p[run] < 0x7f)
			run++;
		writer_write(w, (const char *)p, run);
		p += run;
		if (p == end)
			break;
		if (*p == '"' || *p == '\\') {
			writer_putc(w, '\\');
			writer_putc(w, (char)*p++);
		} else if (*p < 0x20 || *p == 0x7f) {
			const char *named = *p == '\n'   ? "\\n"
					    : *p == '\t' ? "\\t"
					    : *p == '\r' ? "\\r"
					    : *p == '\b' ? "\\b"
					    : *p == '\f' ? "\\f"
							 : NULL;
			if (named) {
				writer_write(w, named, 2);
			} else {
				esc[4] = hex[*p >> 4];
				esc[5] = hex[*p & 15];
				writer_write(w, esc, 6);
			}
			p++;
		} else {
			/* Non-ASCII: valid UTF-8 passes through as it is; a
			 * stray byte becomes U+FFFD so the JSON stays valid. */
			size_t left = (size_t)(end - p);
			size_t n = utf8_length(p, left < 4 ? left : 4);

			if (n) {
				writer_write(w, (const char *)p, n);
				p += n;
			} else {
				writer_write(w, "\\ufffd", 6);
				p++;
			}
		}
	}
	writer_putc(w, '"');
}

void
format_json_string(struct writer *w, const char *s)
{
	put_json_string(w, s, strlen(s));
}

/* s[0..len) as the text of a TSV or CSV cell.  A tab or line break
 * inside would end the cell or the record early, so each control
 * character (a NUL too) becomes a space; in CSV, whose cells are quoted
 * where they hold a comma or a quote, a quote is doubled (RFC 4180). */
static void
put_cell_text(struct writer *w, const char *s, size_t len, int csv)
{
	const unsigned char *p = (const unsigned char *)s, *end = p + len;

	while (p < end) {
		size_t run = 0;

		while (p + run < end && p[run] >= 0x20 && p[run] != 0x7f &&
		       p[run] != '"')
			run++;
		writer_write(w, (const char *)p, run);
		p += run;
		if (p == end)
			break;
		if (*p == '"')
			writer_write(w, "\"\"", csv ? 2 : 1);
		else
			writer_putc(w, ' ');
		p++;
	}
}

/* Whether a CSV cell holding s[0..len) must be quoted. */
static int
csv_needs_quotes(const char *s, size_t len)
{
	return memchr(s, ',', len) != NULL || memchr(s, '"', len) != NULL;
}

static void
put_csv_cell(struct writer *w, const char *s, size_t len)
{
	int quote = csv_needs_quotes(s, len);

	if (quote)
		writer_putc(w, '"');
	put_cell_text(w, s, len, 1);
	if (quote)
		writer_putc(w, '"');
}

/* s[0..len) as a whole cell of f's format, TSV or CSV. */
static void
put_cell(struct format *f, const char *s, size_t len)
{
	if (f->kind == FORMAT_CSV)
		put_csv_cell(f->out, s, len);
	else
		put_cell_text(f->out, s, len, 0);
}

void
format_tsv_field(struct writer *w, const char *s)
{
	put_cell_text(w, s, strlen(s), 0);
}

void
format_csv_field(struct writer *w, const char *s)
{
	put_csv_cell(w, s, strlen(s));
}

/* The items of a list of an entry (its aliases, its sources) as a JSON
 * array. */
static void
put_json_list(struct writer *w, const char *const *items)
{
	size_t i;

	writer_putc(w, '[');
	for (i = 0; items[i] != NULL; i++) {
		if (i > 0)
			writer_putc(w, ',');
		format_json_string(w, items[i]);
	}
	writer_putc(w, ']');
}

/* The items of a list as one TSV or CSV cell, separated by '|'; a CSV
 * cell is quoted whole if any item needs it. */
static void
put_list_cell(struct format *f, const char *const *items)
{
	int csv = f->kind == FORMAT_CSV, quote = 0;
	size_t i;

	for (i = 0; csv && items[i] != NULL; i++)
		quote |= csv_needs_quotes(items[i], strlen(items[i]));
	if (quote)
		writer_putc(f->out, '"');
	for (i = 0; items[i] != NULL; i++) {
		if (i > 0)
			writer_putc(f->out, '|');
		put_cell_text(f->out, items[i], strlen(items[i]), csv);
	}
	if (quote)
		writer_putc(f->out, '"');
}

/* The URL of an entry's first reference, written into url; "" if none. */
static const char *
entry_url(const struct registry_entry *e, char *url, size_t cap)
{
	format_reference_url(e->reference, first_reference_len(e->reference),
			     url, cap);
	return url;
}

/* Where an entry can be checked, as a NULL-ended list: an unofficial
 * code's sources, a registered code's reference URL, which is written
 * into url and pointed at from one. */
static const char *const *
entry_sources(const struct registry_entry *e, char *url, size_t cap,
	      const char *one[2])
{
	if (!registry_is_official(e))
		return e->sources;
	one[0] = entry_url(e, url, cap);
	one[1] = NULL;
	return *one[0] ? one : one + 1;
}

/* A code as a JSON number: 404, and 000 as 0. */
static void
put_json_number(struct writer *w, unsigned n)
{
	char num[12]; /* any unsigned, though codes have three digits */

	snprintf(num, sizeof(num), "%u", n);
	writer_puts(w, num);
}

/* The header fields of an entry as JSON objects. */
static void
json_headers(struct writer *w, const struct registry_header *h)
{
	writer_putc(w, '[');
	for (; h->name != NULL; h++) {
		writer_write(w, "{\"name\":", 8);
		format_json_string(w, h->name);
		writer_write(w, ",\"level\":", 9);
		format_json_string(w, registry_level_name(
					      (enum registry_level)h->level));
		writer_write(w, ",\"role\":", 8);
		format_json_string(w, h->role);
		writer_putc(w, '}');
		if (h[1].name != NULL)
			writer_putc(w, ',');
	}
	writer_putc(w, ']');
}

/* The related codes of an entry as JSON objects. */
static void
json_related(struct writer *w, const struct registry_related *r)
{
	writer_putc(w, '[');
	for (; r->note != NULL; r++) {
		writer_write(w, "{\"code\":", 8);
		put_json_number(w, r->code);
		writer_write(w, ",\"note\":", 8);
		format_json_string(w, r->note);
		writer_putc(w, '}');
		if (r[1].note != NULL)
			writer_putc(w, ',');
	}
	writer_putc(w, ']');
}

/* A string field of JSON: null when empty. */
static void
put_json_or_null(struct writer *w, const char *s)
{
	if (*s)
		format_json_string(w, s);
	else
		writer_write(w, "null", 4);
}

/* A code as a JSON number; null for 0, which stands for none. */
static void
put_json_code_or_null(struct writer *w, unsigned code)
{
	if (code)
		put_json_number(w, code);
	else
		writer_write(w, "null", 4);
}

/* The key of the i-th field of an object, after a comma unless first. */
static void
put_json_key(struct format *f, size_t i)
{
	if (i > 0)
		writer_putc(f->out, ',');
	writer_putc(f->out, '"');
	writer_puts(f->out, field_names[f->fields[i]]);
	writer_write(f->out, "\":", 2);
}

/* Whether an entry has a code: one that answers a query with none does
 * not. */
static int
has_code(const struct registry_entry *e)
{
	return e->code < REGISTRY_NO_CODE;
}

/* The query field, in the format's own way; its bytes are marked for a
 * cache that keeps the rest of the entry (cache.h). */
void
format_query(struct format *f)
{
	if (f->kind == FORMAT_JSON || f->kind == FORMAT_JSONL) {
		if (f->query != NULL)
			put_json_string(f->out, f->query, f->query_len);
		else
			writer_write(f->out, "null", 4);
	} else if (f->query != NULL) {
		put_cell(f, f->query, f->query_len);
	}
}

static void
put_query_field(struct format *f)
{
	f->query_start = writer_mark(f->out);
	format_query(f);
	f->query_stop = writer_mark(f->out);
}

static void
json_entry(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	char url[URL_MAX];
	const char *one[2];
	size_t i;

	writer_putc(w, '{');
	for (i = 0; i < f->nfields; i++) {
		put_json_key(f, i);
		switch (f->fields[i]) {
		case FIELD_CODE:
			if (has_code(e))
				put_json_number(w, e->code);
			else
				writer_write(w, "null", 4);
			break;
		case FIELD_PHRASE:
			put_json_or_null(w, e->phrase);
			break;
		case FIELD_DESCRIPTION:
			put_json_or_null(w, e->description);
			break;
		case FIELD_REFERENCE:
			put_json_or_null(w, e->reference);
			break;
		case FIELD_STATUS:
			format_json_string(w, registry_status_name(
						      (enum registry_status)e->status));
			break;
		case FIELD_ORIGIN:
			put_json_or_null(w, e->origin ? e->origin : "");
			break;
		case FIELD_CLASS:
			if (code_class(e->code)) {
				writer_putc(w, '"');
				put_class(w, code_class(e->code));
				writer_putc(w, '"');
			} else {
				writer_write(w, "null", 4);
			}
			break;
		case FIELD_ALIASES:
			put_json_list(w, e->aliases);
			break;
		case FIELD_URL:
			put_json_or_null(w, entry_url(e, url, sizeof(url)));
			break;
		case FIELD_SOURCE:
			put_json_list(w, entry_sources(e, url, sizeof(url), one));
			break;
		case FIELD_EXPIRES:
			put_json_or_null(w, e->expires);
			break;
		case FIELD_HEADERS:
			json_headers(w, e->headers);
			break;
		case FIELD_CACHEABLE:
			writer_puts(w, e->cacheable ? "true" : "false");
			break;
		case FIELD_CONTENT:
			put_json_or_null(w, e->content);
			break;
		case FIELD_RELATED:
			json_related(w, e->related);
			break;
		case FIELD_TREAT_AS:
			put_json_code_or_null(w, registry_treat_as(e->code));
			break;
		case FIELD_QUERY:
			put_query_field(f);
			break;
		}
	}
	writer_putc(w, '}');
}

/* TSV and CSV hold the names of the header fields and the related
 * codes, separated by '|' as aliases are: what a script selects by.
 * Their roles and notes are prose, for the text and JSON views.  Names
 * are tokens and codes digits, which no CSV cell needs to quote. */
static void
cell_headers(struct writer *w, const struct registry_header *h)
{
	for (; h->name != NULL; h++) {
		writer_puts(w, h->name);
		if (h[1].name != NULL)
			writer_putc(w, '|');
	}
}

static void
cell_related(struct writer *w, const struct registry_related *r)
{
	for (; r->note != NULL; r++) {
		put_code(w, r->code);
		if (r[1].note != NULL)
			writer_putc(w, '|');
	}
}

/* A line of TSV or of CSV: the same cells, told apart by their
 * separator, their quoting (put_cell) and their line end, which for CSV
 * is RFC 4180's CRLF. */
static void
delimited_entry(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	const char sep = f->kind == FORMAT_CSV ? ',' : '\t';
	char url[URL_MAX];
	const char *one[2];
	size_t i;

	for (i = 0; i < f->nfields; i++) {
		if (i > 0)
			writer_putc(w, sep);
		switch (f->fields[i]) {
		case FIELD_CODE:
			if (has_code(e))
				put_code(w, e->code);
			break;
		case FIELD_PHRASE:
			put_cell(f, e->phrase, strlen(e->phrase));
			break;
		case FIELD_DESCRIPTION:
			put_cell(f, e->description, strlen(e->description));
			break;
		case FIELD_REFERENCE:
			put_cell(f, e->reference, strlen(e->reference));
			break;
		case FIELD_STATUS:
			writer_puts(w, registry_status_name(
					       (enum registry_status)e->status));
			break;
		case FIELD_ORIGIN:
			if (e->origin)
				put_cell(f, e->origin, strlen(e->origin));
			break;
		case FIELD_CLASS:
			if (code_class(e->code))
				put_class(w, code_class(e->code));
			break;
		case FIELD_ALIASES:
			put_list_cell(f, e->aliases);
			break;
		case FIELD_URL:
			/* Made of an RFC's number or a draft's name: nothing
			 * in it needs quoting. */
			writer_puts(w, entry_url(e, url, sizeof(url)));
			break;
		case FIELD_SOURCE:
			put_list_cell(f, entry_sources(e, url, sizeof(url), one));
			break;
		case FIELD_EXPIRES:
			writer_puts(w, e->expires);
			break;
		case FIELD_HEADERS:
			cell_headers(w, e->headers);
			break;
		case FIELD_CACHEABLE:
			writer_puts(w, e->cacheable ? "yes" : "no");
			break;
		case FIELD_CONTENT:
			put_cell(f, e->content, strlen(e->content));
			break;
		case FIELD_RELATED:
			cell_related(w, e->related);
			break;
		case FIELD_TREAT_AS:
			if (registry_treat_as(e->code))
				put_code(w, registry_treat_as(e->code));
			break;
		case FIELD_QUERY:
			put_query_field(f);
			break;
		}
	}
	if (f->kind == FORMAT_CSV)
		writer_putc(w, '\r');
	writer_putc(w, '\n');
}

/* What sets an entry apart from a plain registered code, if anything:
 * its lifecycle, or who sends it and whether anyone documents that, in
 * parentheses; "" for nothing.  buf holds it when it is put together. */
static const char *
marker_text(struct format *f, const struct registry_entry *e, char *buf,
	    size_t cap)
{
	switch ((enum registry_status)e->status) {
	case REGISTRY_TEMPORARY:
		/* ISO dates compare as strings. */
		if (strcmp(e->expires, today(f)) > 0)
			snprintf(buf, cap, "(temporary, expires %s)",
				 e->expires);
		else
			snprintf(buf, cap, "(temporary registration expired "
					   "%s: check the IANA registry)",
				 e->expires);
		return buf;
	case REGISTRY_UNUSED:
		return "(reserved: unused in the IANA registry)";
	case REGISTRY_OBSOLETE:
		return "(obsolete)";
	case REGISTRY_UNOFFICIAL:
		snprintf(buf, cap, "(%s: %s)",
			 registry_is_unattested(e) ? "unofficial, unattested"
						   : "unofficial",
			 e->origin);
		return buf;
	case REGISTRY_PERMANENT:
	case REGISTRY_UNASSIGNED: /* put_missing_text writes these */
	case REGISTRY_UNKNOWN:
		break;
	}
	return "";
}

/* What goes before a word need columns wide at column col: gap spaces
 * if it fits before f->width, else a line break and indent spaces (at
 * most 16); nothing at the start of a line (col at the indent), where a
 * word too wide for any line goes all the same.  Returns the column the
 * word starts at. */
static unsigned
put_gap(struct format *f, size_t need, unsigned gap, unsigned col,
	unsigned indent)
{
	static const char spaces[] = "                ";

	if (col <= indent)
		return col;
	if (col + gap + need > f->width) {
		writer_putc(f->out, '\n');
		writer_write(f->out, spaces, indent);
		return indent;
	}
	writer_write(f->out, spaces, gap);
	return col + gap;
}

/* Writes words of s[0..len) from column col, wrapping before f->width
 * and indenting continuation lines by indent, with tail (a comma, or "")
 * stuck to the last word; returns the column. */
static unsigned
put_wrapped(struct format *f, const char *s, size_t len, const char *tail,
	    unsigned col, unsigned indent)
{
	const char *end = s + len;
	size_t tlen = strlen(tail);

	while (s < end) {
		const char *word = s;
		size_t wlen;

		while (s < end && *s != ' ')
			s++;
		wlen = (size_t)(s - word);
		col = put_gap(f, wlen + (s == end ? tlen : 0), 1, col, indent);
		writer_write(f->out, word, wlen);
		/* Columns count characters, not UTF-8 continuation bytes. */
		while (word < s)
			col += (*word++ & 0xc0) != 0x80;
		while (s < end && *s == ' ')
			s++;
	}
	writer_write(f->out, tail, tlen);
	return col + (unsigned)tlen;
}

/* The marker of an entry (marker_text), two spaces after the phrase that
 * ends at column col, wrapped as the words of a description if wrap. */
static void
put_marker(struct format *f, const struct registry_entry *e, unsigned col,
	   int wrap)
{
	/* An origin, the longest part, is at most 4095 bytes. */
	char buf[4096 + 64];
	const char *text = marker_text(f, e, buf, sizeof(buf));
	/* Written whole, or its first word, "(obsolete)" or "(unofficial,",
	 * then the rest wrapped.  That word is ours and ASCII: its bytes are
	 * its columns. */
	size_t first = wrap ? strcspn(text, " ") : strlen(text);

	if (*text == '\0')
		return;
	if (wrap)
		col = put_gap(f, first, 2, col, 4);
	else
		writer_write(f->out, "  ", 2);
	if (f->color)
		writer_puts(f->out, COLOR_MARK);
	writer_write(f->out, text, first);
	text += first;
	text += strspn(text, " ");
	put_wrapped(f, text, strlen(text), "", col + (unsigned)first, 4);
	if (f->color)
		writer_puts(f->out, COLOR_RESET);
}

/* The first line of an entry: its code, phrase and marker.  When wrap,
 * a line too long for the width goes on under an indent of 4, as the
 * description does. */
static void
put_heading(struct format *f, const struct registry_entry *e, int wrap)
{
	struct writer *w = f->out;
	unsigned col = 4;

	if (f->color)
		writer_puts(w, class_colors[code_class(e->code)]);
	put_code(w, e->code);
	if (f->color)
		writer_puts(w, COLOR_RESET);
	writer_putc(w, ' ');
	if (wrap)
		col = put_wrapped(f, e->phrase, strlen(e->phrase), "", col, 4);
	else
		writer_puts(w, e->phrase);
	put_marker(f, e, col, wrap);
	writer_putc(w, '\n');
}

/* The references of a full entry, from column 4, separated by "; ".  A
 * narrow line breaks between them, never inside one: each is one link.
 * They are ASCII (RFC and draft names), so bytes count as columns. */
static void
put_references(struct format *f, const char *ref)
{
	struct writer *w = f->out;
	char url[URL_MAX];
	unsigned col = 4;

	while (*ref) {
		size_t len = first_reference_len(ref);

		/* A reference followed by another carries its semicolon. */
		col = put_gap(f, len + (ref[len] != '\0'), 1, col, 4);
		col += (unsigned)len;
		if (f->links &&
		    format_reference_url(ref, len, url, sizeof(url)) > 0) {
			/* OSC 8: the terminal shows the text, linked. */
			writer_puts(w, "\033]8;;");
			writer_puts(w, url);
			writer_puts(w, "\033\\");
			writer_write(w, ref, len);
			writer_puts(w, "\033]8;;\033\\");
		} else {
			writer_write(w, ref, len);
		}
		ref += len;
		if (*ref) {
			writer_putc(w, ';');
			col++;
			ref += 2;
		}
	}
}

/* The URL of each reference on a line of its own, dimmed: where OSC 8
 * links are stripped (tmux 3.3, some terminals), the reference line alone
 * leaves no way to see them. */
static void
put_reference_urls(struct format *f, const char *ref)
{
	struct writer *w = f->out;
	char url[URL_MAX];

	while (*ref) {
		size_t len = first_reference_len(ref);

		if (format_reference_url(ref, len, url, sizeof(url)) > 0) {
			writer_write(w, "    ", 4);
			if (f->color)
				writer_puts(w, COLOR_DIM);
			writer_puts(w, url);
			if (f->color)
				writer_puts(w, COLOR_RESET);
			writer_putc(w, '\n');
		}
		ref += len;
		if (*ref)
			ref += 2;
	}
}

/* One dimmed line of a full entry: what, then text, wrapped from there
 * if wrap (a URL is one word, which no width can break). */
static void
put_dim_line(struct format *f, const char *what, const char *text, int wrap)
{
	if (f->color)
		writer_puts(f->out, COLOR_DIM);
	writer_puts(f->out, what);
	if (wrap) {
		put_wrapped(f, text, strlen(text), "", (unsigned)strlen(what),
			    4);
	} else {
		writer_putc(f->out, ' ');
		writer_puts(f->out, text);
	}
	if (f->color)
		writer_puts(f->out, COLOR_RESET);
	writer_putc(f->out, '\n');
}

/* "Source: URL" for each source, or "Unattested: why" when no vendor
 * documents the code. */
static void
put_sources_text(struct format *f, const struct registry_entry *e)
{
	size_t i;

	if (registry_is_unattested(e)) {
		put_dim_line(f, "    Unattested:",
			     e->sources[0] + sizeof(REGISTRY_UNATTESTED) - 1, 1);
		return;
	}
	for (i = 0; e->sources[i] != NULL; i++)
		put_dim_line(f, "    Source:", e->sources[i], 0);
}

/* The columns a line needs beside a list's label for its items to go
 * under the first one; a narrower line wraps them as descriptions are. */
#define LIST_ROOM 20

/* Lists of a full entry ("    Headers:") begin with their label, and
 * each item after the first begins a line of its own, under the first
 * where there is room.  Starts the line of an item; returns its column,
 * and in *indent the column its wrapped lines start at. */
static unsigned
start_item(struct format *f, const char *label, int first, unsigned *indent)
{
	static const char spaces[] = "                ";
	unsigned len = (unsigned)strlen(label);

	*indent = f->width >= len + 1 + LIST_ROOM ? len + 1 : 4;
	if (!first) {
		writer_write(f->out, spaces, *indent);
		return *indent;
	}
	writer_write(f->out, label, len);
	if (*indent == 4)
		return len; /* put_wrapped puts a space, or a line break */
	writer_putc(f->out, ' ');
	return len + 1;
}

/* Whether two header fields are said the same way, and so share a line. */
static int
same_role(const struct registry_header *a, const struct registry_header *b)
{
	return b->name != NULL && a->level == b->level &&
	       strcmp(a->role, b->role) == 0;
}

/* A line for each run of header fields that share a level and a role:
 * "Headers: ETag, Date (required): as a 200 would have them". */
static void
put_headers_text(struct format *f, const struct registry_header *h)
{
	const struct registry_header *first = h;
	char level[32];
	unsigned col, indent;

	while (h->name != NULL) {
		col = start_item(f, "    Headers:", h == first, &indent);
		for (; same_role(h, h + 1); h++)
			col = put_wrapped(f, h->name, strlen(h->name), ",", col,
					  indent);
		col = put_wrapped(f, h->name, strlen(h->name), "", col, indent);
		snprintf(level, sizeof(level), "(%s):",
			 registry_level_name((enum registry_level)h->level));
		col = put_wrapped(f, level, strlen(level), "", col, indent);
		put_wrapped(f, h->role, strlen(h->role), "", col, indent);
		writer_putc(f->out, '\n');
		h++;
	}
}

/* A line for each related code: "See also: 308 keeps the method". */
static void
put_related_text(struct format *f, const struct registry_related *r)
{
	const struct registry_related *first = r;
	char digits[3];
	unsigned col, indent;

	for (; r->note != NULL; r++) {
		col = start_item(f, "    See also:", r == first, &indent);
		code_format(r->code, digits);
		col = put_wrapped(f, digits, 3, "", col, indent);
		put_wrapped(f, r->note, strlen(r->note), "", col, indent);
		writer_putc(f->out, '\n');
	}
}

/* Whether a cache may store the response without being told to (by
 * Cache-Control or Expires): only final responses are stored at all
 * (RFC 9111, Section 3). */
static void
put_cacheable_text(struct format *f, const struct registry_entry *e)
{
	const char *says = e->cacheable ? "Cacheable by default"
					: "Not cacheable by default";

	if (code_class(e->code) < 2)
		return;
	writer_write(f->out, "    ", 4);
	put_wrapped(f, says, strlen(says), "", 4, 4);
	writer_putc(f->out, '\n');
}

/* The one line of an answer the registry has no entry for: "299
 * (unassigned)", "999 (unknown)", and "--- (unknown)" for a query that
 * held no code, so that a list of answers keeps a line for each. */
static void
put_missing_text(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;

	if (f->color)
		writer_puts(w, class_colors[code_class(e->code)]);
	if (has_code(e))
		put_code(w, e->code);
	else
		writer_write(w, "---", 3);
	if (f->color)
		writer_puts(w, COLOR_RESET COLOR_MARK);
	writer_write(w, " (", 2);
	writer_puts(w, registry_status_name((enum registry_status)e->status));
	writer_putc(w, ')');
	if (f->color)
		writer_puts(w, COLOR_RESET);
	writer_putc(w, '\n');
}

static void
text_entry(struct format *f, const struct registry_entry *e, int full)
{
	struct writer *w = f->out;
	unsigned col, indent;
	size_t i;

	if (registry_is_missing(e)) {
		put_missing_text(f, e);
		return;
	}
	/* A one-line entry stays one line, for grep and sort, unless a
	 * terminal would break it at its edge. */
	put_heading(f, e, full || f->wrap_short);
	if (!full)
		return;

	writer_write(w, "    ", 4);
	put_wrapped(f, e->description, strlen(e->description), "", 4, 4);
	writer_putc(w, '\n');
	if (e->aliases[0] != NULL) {
		writer_write(w, "    Also known as:", 18);
		col = 18;
		/* A comma after every name but the last. */
		for (i = 0; e->aliases[i] != NULL; i++)
			col = put_wrapped(f, e->aliases[i],
					  strlen(e->aliases[i]),
					  e->aliases[i + 1] ? "," : "", col, 4);
		writer_putc(w, '\n');
	}
	put_headers_text(f, e->headers);
	if (*e->content) {
		/* Under the header fields' roles, whose label is as long. */
		col = start_item(f, "    Content:", 1, &indent);
		put_wrapped(f, e->content, strlen(e->content), "", col, indent);
		writer_putc(w, '\n');
	}
	put_cacheable_text(f, e);
	put_related_text(f, e->related);
	if (*e->reference) {
		writer_write(w, "    ", 4);
		if (f->color)
			writer_puts(w, COLOR_DIM);
		put_references(f, e->reference);
		if (f->color)
			writer_puts(w, COLOR_RESET);
		writer_putc(w, '\n');
		if (f->url_lines)
			put_reference_urls(f, e->reference);
	}
	if (!registry_is_official(e))
		put_sources_text(f, e);
}

void
format_class(struct format *f, const struct registry_class *cls)
{
	struct writer *w = f->out;

	if (f->kind != FORMAT_TEXT)
		return;
	if (f->count > 0)
		writer_putc(w, '\n');
	if (f->color)
		writer_puts(w, class_colors[cls->digit]);
	put_class(w, cls->digit);
	if (f->color)
		writer_puts(w, COLOR_RESET);
	writer_putc(w, ' ');
	writer_puts(w, cls->phrase);
	writer_write(w, "\n    ", 5);
	put_wrapped(f, cls->description, strlen(cls->description), "", 4, 4);
	writer_write(w, "\n\n", 2);
	/* The entries follow as a list, not after a blank line of their own. */
	f->count = 0;
	f->last_full = 0;
}

void
format_begin(struct format *f)
{
	size_t i;

	f->count = 0;
	f->last_full = 0;
	if (f->kind == FORMAT_JSON)
		writer_putc(f->out, '[');
	if (!f->header || (f->kind != FORMAT_TSV && f->kind != FORMAT_CSV))
		return;
	/* Field names are plain words: no cell needs quotes. */
	for (i = 0; i < f->nfields; i++) {
		if (i > 0)
			writer_putc(f->out, f->kind == FORMAT_CSV ? ',' : '\t');
		writer_puts(f->out, field_names[f->fields[i]]);
	}
	writer_puts(f->out, f->kind == FORMAT_CSV ? "\r\n" : "\n");
}

void
format_body(struct format *f, const struct registry_entry *e, int full)
{
	switch (f->kind) {
	case FORMAT_TEXT:
		text_entry(f, e, full);
		break;
	case FORMAT_JSON:
		json_entry(f, e);
		break;
	case FORMAT_JSONL:
		json_entry(f, e);
		writer_putc(f->out, '\n');
		break;
	case FORMAT_TSV:
	case FORMAT_CSV:
		delimited_entry(f, e);
		break;
	case FORMAT_KINDS:
		break;
	}
}

void
format_entry(struct format *f, const struct registry_entry *e, int full)
{
	format_separator(f, full);
	format_body(f, e, full);
	writer_end_record(f->out);
}

void
format_end(struct format *f)
{
	if (f->kind == FORMAT_JSON)
		writer_write(f->out, f->count ? "\n]\n" : "]\n",
			     f->count ? 3 : 2);
}
