/* format-text.c - the text view: wrapped lines, colour and OSC 8 links. */
#include "format-impl.h"
#include "reference.h"
#include "tally.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

/* SGR colours.  A code takes its class's colour, so a listing reads by
 * colour, and a code of no class (000, 600, 999) bold magenta.  What
 * sets an entry apart, its marker ("(obsolete)", "(unofficial: nginx)")
 * or the "(unassigned)" of a code the registry lacks, is plain magenta;
 * references, their URLs and sources are dim, as notes beside the text. */
static const char *const class_colors[CODE_CLASSES + 1] = {
	"\033[1;35m", "\033[1;34m", "\033[1;32m", "\033[1;36m", "\033[1;33m",
	"\033[1;31m",
};
#define COLOR_MARK  "\033[35m"
#define COLOR_DIM   "\033[2m"
#define COLOR_RESET "\033[0m"

/* The time now, or SOURCE_DATE_EPOCH where that holds a whole number of
 * seconds, so that a build or a test can fix the day an expiry is judged
 * on, as reproducible builds fix the dates a tool writes; any other value
 * is ignored rather than refused, since a lookup must not fail on it. */
static time_t
now(void)
{
	const char *s = getenv("SOURCE_DATE_EPOCH");
	char *end;
	long long t;

	if (s == NULL || *s < '0' || *s > '9')
		return time(NULL);
	errno = 0;
	t = strtoll(s, &end, 10);
	if (errno != 0 || *end != '\0' || (long long)(time_t)t != t)
		return time(NULL);
	return (time_t)t;
}

/* Today's date (UTC), looked up the first time a temporary registration
 * is shown rather than at every start: a lookup of 404 needs no clock. */
static const char *
today(struct format *f)
{
	struct tm tm;

	if (f->today[0] == '\0' && gmtime_r(&(time_t){now()}, &tm) != NULL)
		strftime(f->today, sizeof(f->today), "%Y-%m-%d", &tm);
	return f->today;
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
	format_put_code(w, e->code);
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

/* The URL of the reference that *url stands for, and *url moved to the
 * next: "" for one that has none, or past the end of the list. */
static const char *
next_url(const char *const **url)
{
	return **url != NULL ? *(*url)++ : "";
}

/* The references of a full entry, from column 4, separated by "; ".  A
 * narrow line breaks between them, never inside one: each is one link.
 * They are ASCII (RFC and draft names), so bytes count as columns. */
static void
put_references(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	const char *cursor = e->reference, *ref, *url;
	const char *const *urls = e->urls;
	unsigned col = 4;
	size_t len;

	while ((ref = reference_next(&cursor, &len)) != NULL) {
		/* A reference followed by another carries its semicolon. */
		col = put_gap(f, len + (*cursor != '\0'), 1, col, 4);
		col += (unsigned)len;
		url = next_url(&urls);
		if (f->links && *url) {
			/* OSC 8: the terminal shows the text, linked. */
			writer_puts(w, "\033]8;;");
			writer_puts(w, url);
			writer_puts(w, "\033\\");
			writer_write(w, ref, len);
			writer_puts(w, "\033]8;;\033\\");
		} else {
			writer_write(w, ref, len);
		}
		if (*cursor) {
			writer_putc(w, ';');
			col++;
		}
	}
}

/* The URL of each reference on a line of its own, dimmed: where OSC 8
 * links are stripped (tmux 3.3, some terminals), the reference line alone
 * leaves no way to see them. */
static void
put_reference_urls(struct format *f, const struct registry_entry *e)
{
	struct writer *w = f->out;
	const char *const *url;

	for (url = e->urls; *url != NULL; url++) {
		if (**url == '\0')
			continue;
		writer_write(w, "    ", 4);
		if (f->color)
			writer_puts(w, COLOR_DIM);
		writer_puts(w, *url);
		if (f->color)
			writer_puts(w, COLOR_RESET);
		writer_putc(w, '\n');
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
	if (format_has_code(e))
		format_put_code(w, e->code);
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

void
format_text_entry(struct format *f, const struct registry_entry *e, int full)
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
		put_references(f, e);
		if (f->color)
			writer_puts(w, COLOR_RESET);
		writer_putc(w, '\n');
		if (f->url_lines)
			put_reference_urls(f, e);
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
	format_put_class(w, cls->digit);
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


/* The start of a line of the summary: n lines, right-aligned in width
 * columns, and their share of total. */
static void
put_share(struct format *f, unsigned long n, unsigned long total, int width)
{
	char buf[64];
	int len;

	len = snprintf(buf, sizeof(buf), "%*lu  %5.1f%%  ", width, n,
		       total ? 100.0 * (double)n / (double)total : 0.0);
	writer_write(f->out, buf, (size_t)len);
}

/*
 * The summary of --count, a table to read at a glance: a row for each
 * answer, as a list of entries shows it one a line, then the subtotal of
 * each class, of 4xx and 5xx together (what went wrong), and the total,
 * each with its count and its share of all lines.
 */
void
format_text_summary(struct format *f, const struct tally *t,
		    const struct tally_row *rows, size_t n)
{
	struct registry_entry buf;
	struct writer *w = f->out;
	unsigned long total = tally_total(t), classes[CODE_CLASSES + 1];
	size_t i;
	char digits[24];
	int width = snprintf(digits, sizeof(digits), "%lu", total);
	unsigned digit;

	/* Lines that a terminal would wrap lose the table's columns. */
	f->wrap_short = 0;
	for (i = 0; i < n; i++) {
		put_share(f, rows[i].count, total, width);
		format_text_entry(f, tally_slot_entry(rows[i].slot, &buf), 0);
	}
	if (n > 0)
		writer_putc(w, '\n');
	tally_classes(t, classes);
	for (digit = 1; digit <= CODE_CLASSES; digit++) {
		put_share(f, classes[digit], total, width);
		if (f->color)
			writer_puts(w, class_colors[digit]);
		format_put_class(w, digit);
		if (f->color)
			writer_puts(w, COLOR_RESET);
		writer_putc(w, ' ');
		writer_puts(w, registry_class(digit)->phrase);
		writer_putc(w, '\n');
	}
	put_share(f, classes[4] + classes[5], total, width);
	writer_puts(w, "4xx and 5xx\n");
	put_share(f, total, total, width);
	writer_puts(w, "total\n");
}
