/* regfile.c - reads and validates registry.csv and classes.csv. */
#include "regfile.h"
#include "reference.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { COL_CODE, COL_PHRASE, COL_STATUS, COL_EXPIRES, COL_ORIGIN,
       COL_SOURCE, COL_REFERENCE, COL_ALIASES, COL_KEYWORDS, COL_DESCRIPTION,
       COL_HEADERS, COL_CACHEABLE, COL_CONTENT, COL_RELATED, NCOLS };
_Static_assert(NCOLS < CSV_MAX_FIELDS,
	       "a record must keep the field after the last column");

static const char *const registry_header[NCOLS] = {
	"code", "phrase", "status", "expires", "origin", "source", "reference",
	"aliases", "keywords", "description", "headers", "cacheable", "content",
	"related",
};

static const char *const classes_header[] = {"class", "phrase",
					     "description"};

/* The header row, or any row, must have exactly n fields. */
static int
check_width(const struct csv_record *rec, size_t n, struct csv_error *err)
{
	if (rec->nfields == n)
		return 0;
	return csv_fail(err, rec->line,
		    rec->nfields > n && n < CSV_MAX_FIELDS
			    ? rec->fields[n].column
			    : 1,
		    "expected %zu fields, found %zu", n, rec->nfields);
}

static int
check_header(const struct csv_record *rec, const char *const *names,
	     size_t n, struct csv_error *err)
{
	size_t i;

	/* Some editors save UTF-8 with a byte-order mark, which no terminal
	 * shows: said plainly, or the message would read "header field 1 is
	 * 'code', expected 'code'". */
	if (strncmp(rec->fields[0].text, "\xEF\xBB\xBF", 3) == 0)
		return csv_fail(err, rec->line, rec->fields[0].column,
			    "the header starts with a byte-order mark "
			    "(U+FEFF); save the file as UTF-8 without one");
	if (check_width(rec, n, err) < 0)
		return -1;
	for (i = 0; i < n; i++)
		if (strcmp(rec->fields[i].text, names[i]) != 0)
			return csv_fail(err, rec->line, rec->fields[i].column,
				    "header field %zu is '%.40s', expected '%s'",
				    i + 1, rec->fields[i].text, names[i]);
	return 0;
}

static int
check_nonempty(const struct csv_record *rec, size_t col, const char *name,
	       struct csv_error *err)
{
	if (rec->fields[col].len > 0)
		return 0;
	return csv_fail(err, rec->line, rec->fields[col].column, "empty %s", name);
}

/* The column of the byte at p, inside the text of field f. */
static unsigned
column_of(const struct csv_field *f, const char *p)
{
	return f->column + (unsigned)f->quoted + (unsigned)(p - f->text);
}

/* Lists are '|'-separated items, each at most max bytes; an empty item
 * means a stray '|'. */
static int
check_list(const struct csv_record *rec, size_t col, const char *what,
	   size_t max, struct csv_error *err)
{
	const struct csv_field *f = &rec->fields[col];
	const char *p = f->text, *bar;

	if (f->len == 0)
		return 0;
	for (;;) {
		unsigned column = column_of(f, p);

		bar = strchr(p, '|');
		if (bar == p || *p == '\0')
			return csv_fail(err, rec->line, column, "empty %s", what);
		if ((bar ? (size_t)(bar - p) : strlen(p)) > max)
			return csv_fail(err, rec->line, column,
				    "%s longer than %zu bytes", what, max);
		if (bar == NULL)
			return 0;
		p = bar + 1;
	}
}

/* A field the generator writes as one C string literal must fit the
 * longest one that C compilers have to accept. */
static int
check_literal(const struct csv_record *rec, size_t col, const char *what,
	      struct csv_error *err)
{
	if (rec->fields[col].len <= REGFILE_LITERAL_MAX)
		return 0;
	return csv_fail(err, rec->line, rec->fields[col].column,
		    "%s longer than %d bytes", what, REGFILE_LITERAL_MAX);
}

/* Whether s is a date YYYY-MM-DD that the calendar has. */
static int
is_date(const char *s, size_t len)
{
	static const unsigned char days[] = {31, 29, 31, 30, 31, 30,
					     31, 31, 30, 31, 30, 31};
	unsigned year, month, day;

	if (len != 10 || strspn(s, "0123456789") != 4 || s[4] != '-' ||
	    strspn(s + 5, "0123456789") != 2 || s[7] != '-' ||
	    strspn(s + 8, "0123456789") != 2)
		return 0;
	year = (unsigned)atoi(s);
	month = (unsigned)atoi(s + 5);
	day = (unsigned)atoi(s + 8);
	if (month < 1 || month > 12 || day < 1 || day > days[month - 1])
		return 0;
	return !(month == 2 && day == 29 &&
		 (year % 4 != 0 || (year % 100 == 0 && year % 400 != 0)));
}

/* The date a temporary registration expires: required for those, and
 * for nothing else. */
static int
check_expires(const struct csv_record *rec, unsigned code, int status,
	      struct csv_error *err)
{
	const struct csv_field *f = &rec->fields[COL_EXPIRES];

	if (status == REGISTRY_TEMPORARY && f->len == 0)
		return csv_fail(err, rec->line, f->column,
			    "temporary code %03u has no expiry date", code);
	if (status != REGISTRY_TEMPORARY && f->len > 0)
		return csv_fail(err, rec->line, f->column,
			    "code %03u is not temporary, so it has no expiry "
			    "date", code);
	if (f->len > 0 && !is_date(f->text, f->len))
		return csv_fail(err, rec->line, f->column,
			    "expiry date '%.20s' is not a calendar date "
			    "(YYYY-MM-DD)",
			    f->text);
	return 0;
}

/* Every unofficial code says where it can be checked: the URLs of the
 * vendors' documentation or source, separated by '|', or why there is
 * none.  A registered code's reference is its source. */
static int
check_sources(const struct csv_record *rec, unsigned code, int status,
	      struct csv_error *err)
{
	static const char https[] = "https://";
	static const char unattested[] = REGISTRY_UNATTESTED;
	const struct csv_field *f = &rec->fields[COL_SOURCE];
	const char *cursor = f->text, *item;
	size_t len;

	if (status != REGISTRY_UNOFFICIAL) {
		if (f->len > 0)
			return csv_fail(err, rec->line, f->column,
				    "registered code %03u has a source (its "
				    "reference is its source)", code);
		return 0;
	}
	if (f->len == 0)
		return csv_fail(err, rec->line, f->column,
			    "unofficial code %03u has no source (an https URL, "
			    "or '%s' and why there is none)", code,
			    unattested);
	while ((item = regfile_next_item(&cursor, &len)) != NULL) {
		unsigned column = column_of(f, item);

		if (len > REGFILE_LITERAL_MAX)
			return csv_fail(err, rec->line, column,
				    "source longer than %d bytes",
				    REGFILE_LITERAL_MAX);
		if (registry_source_is_unattested(item) && len < f->len)
			return csv_fail(err, rec->line, column,
				    "'%s' stands alone, not beside other "
				    "sources", unattested);
		if (registry_source_is_unattested(item)) {
			if (len > sizeof(unattested) - 1)
				continue;
		} else if (len > sizeof(https) - 1 &&
			   strncmp(item, https, sizeof(https) - 1) == 0 &&
			   memchr(item, ' ', len) == NULL) {
			continue;
		}
		return csv_fail(err, rec->line, column,
			    "source '%.*s' is neither an https URL nor '%s' "
			    "and why there is none",
			    (int)(len > 40 ? 40 : len), item, unattested);
	}
	if (f->text[f->len - 1] == '|')
		return csv_fail(err, rec->line, column_of(f, f->text + f->len),
			    "empty source");
	return 0;
}

/* Whether c may be in a field name of the file: a token character, but
 * not '|', which separates the items of a list. */
static int
is_token_char(char c)
{
	return registry_is_token_char(c) && c != '|';
}

void
regfile_split_header(const char *item, size_t len, struct regfile_header *h)
{
	const char *end = item + len;
	const char *first = memchr(item, ':', len), *second = NULL;

	if (first != NULL)
		second = memchr(first + 1, ':', (size_t)(end - first - 1));
	h->name = item;
	h->namelen = first ? (size_t)(first - item) : len;
	h->level = second ? registry_level_parse(first + 1,
						(size_t)(second - first - 1))
			  : -1;
	h->role = second ? second + 1 : end;
	h->rolelen = (size_t)(end - h->role);
}

/* The longest header item: name, the longest level and role. */
#define HEADER_ITEM_MAX                                                    \
	(REGFILE_FIELD_NAME_MAX + sizeof(":recommended:") - 1 + REGFILE_NOTE_MAX)

/* Headers are items "Name:level:role": a field name, how firmly the
 * specification ties it to the code, and what it does there.  A name
 * comes once a row, in any case. */
static int
check_headers(const struct csv_record *rec, struct csv_error *err)
{
	const struct csv_field *f = &rec->fields[COL_HEADERS];
	const char *cursor = f->text, *item, *other;
	struct regfile_header h, o;
	size_t len, olen, i;
	char names[128];

	if (check_list(rec, COL_HEADERS, "header", HEADER_ITEM_MAX, err) < 0)
		return -1;
	while ((item = regfile_next_item(&cursor, &len)) != NULL) {
		regfile_split_header(item, len, &h);
		for (i = 0; i < h.namelen && is_token_char(h.name[i]); i++)
			;
		if (h.namelen == 0 || i < h.namelen ||
		    h.namelen > REGFILE_FIELD_NAME_MAX)
			return csv_fail(err, rec->line, column_of(f, item + i),
				    "header name '%.*s' is not a field name "
				    "(letters, digits and -, at most %d)",
				    (int)(h.namelen > 40 ? 40 : h.namelen), item,
				    REGFILE_FIELD_NAME_MAX);
		if (h.level < 0)
			return csv_fail(err, rec->line,
				    column_of(f, item + h.namelen),
				    "header %.*s needs ':LEVEL:ROLE', LEVEL one "
				    "of %s", (int)h.namelen, h.name,
				    registry_level_list(names, sizeof(names)));
		if (h.rolelen == 0 || h.rolelen > REGFILE_NOTE_MAX)
			return csv_fail(err, rec->line, column_of(f, h.role),
				    "header %.*s needs a role of 1 to %d bytes",
				    (int)h.namelen, h.name, REGFILE_NOTE_MAX);
		/* Field names are case-insensitive (RFC 9110, 5.1). */
		for (other = f->text; other < item; other += olen + 1) {
			olen = strcspn(other, "|");
			regfile_split_header(other, olen, &o);
			if (o.namelen == h.namelen &&
			    strncasecmp(o.name, h.name, h.namelen) == 0)
				return csv_fail(err, rec->line,
					    column_of(f, item),
					    "header %.*s comes twice",
					    (int)h.namelen, h.name);
		}
	}
	return 0;
}

/* Related codes are items "CODE:note", each code once and not the row's
 * own; whether the registry has the code is checked once every row is
 * read (check_related_codes). */
static int
check_related(const struct csv_record *rec, unsigned code,
	      struct csv_error *err)
{
	const struct csv_field *f = &rec->fields[COL_RELATED];
	const char *cursor = f->text, *item, *other;
	unsigned related, column;
	size_t len;

	if (check_list(rec, COL_RELATED, "related code",
		       REGFILE_RELATED_NOTE + REGFILE_NOTE_MAX, err) < 0)
		return -1;
	while ((item = regfile_next_item(&cursor, &len)) != NULL) {
		column = column_of(f, item);
		if (len < REGFILE_RELATED_NOTE || item[3] != ':' ||
		    code_parse(item, 3, &related) < 0)
			return csv_fail(err, rec->line, column,
				    "related item '%.*s' is not CODE:NOTE",
				    (int)(len > 20 ? 20 : len), item);
		if (len == REGFILE_RELATED_NOTE)
			return csv_fail(err, rec->line,
				    column + REGFILE_RELATED_NOTE,
				    "related code %03u has no note", related);
		if (related == code)
			return csv_fail(err, rec->line, column,
				    "code %03u is related to itself", code);
		for (other = f->text; other < item;
		     other += strcspn(other, "|") + 1)
			if (memcmp(other, item, 3) == 0)
				return csv_fail(err, rec->line, column,
					    "related code %03u comes twice",
					    related);
	}
	return 0;
}

/* Every related code must be one the registry has. */
static int
check_related_codes(const struct regfile *rf, struct csv_error *err)
{
	unsigned char present[REGISTRY_CODE_LIMIT] = {0};
	const char *cursor, *item;
	unsigned related;
	size_t i, len;

	for (i = 0; i < rf->nrows; i++)
		present[rf->rows[i].code] = 1;
	for (i = 0; i < rf->nrows; i++) {
		const struct regfile_row *row = &rf->rows[i];

		for (cursor = row->related;
		     (item = regfile_next_item(&cursor, &len)) != NULL;) {
			if (code_parse(item, 3, &related) == 0 &&
			    present[related])
				continue;
			return csv_fail(err, row->line, row->related_column +
					    (unsigned)(item - row->related),
				    "related code %.3s is not in the registry",
				    item);
		}
	}
	return 0;
}

/* Each reference must be one the program can link, or know it cannot:
 * the generator works out its URL once (reference_url), and a typo such
 * as "RFC9110" or "Section 15.5.5." would otherwise lose the link
 * without a word. */
static int
check_references(const struct csv_record *rec, struct csv_error *err)
{
	const struct csv_field *f = &rec->fields[COL_REFERENCE];
	const char *cursor = f->text, *ref;
	char url[REFERENCE_URL_MAX];
	size_t len;

	while ((ref = reference_next(&cursor, &len)) != NULL)
		if (reference_url(ref, len, url) < 0)
			return csv_fail(err, rec->line, column_of(f, ref),
				    "cannot link reference '%.*s' (not RFC N[, "
				    "Section N.N], draft-* or status-change-*)",
				    len > 40 ? 40 : (int)len, ref);
	return 0;
}

/* The line of an unofficial row read before with this code and phrase,
 * or 0.  Its phrase is what tells a code's unofficial rows apart: vendors
 * that give a code one name share a row and list their origins together
 * (499 for nginx, Cloudflare and others), and one vendor may give a code
 * two names (Shopify's 430), so the origin does not.  Case is ignored,
 * as a search by name ignores it.  A code's rows are together, as they
 * come in code order. */
static unsigned
unofficial_line(const struct regfile *rf, unsigned code, const char *phrase)
{
	size_t i;

	for (i = rf->nrows; i > 0 && rf->rows[i - 1].code == code; i--)
		if (rf->rows[i - 1].status == REGISTRY_UNOFFICIAL &&
		    strcasecmp(rf->rows[i - 1].phrase, phrase) == 0)
			return rf->rows[i - 1].line;
	return 0;
}

static int
parse_row(struct regfile *rf, const struct csv_record *rec,
	  struct csv_error *err)
{
	const struct csv_field *f = rec->fields;
	struct regfile_row *row;
	int status;
	unsigned code, prev_line;
	char names[128];

	if (check_width(rec, NCOLS, err) < 0)
		return -1;
	if (code_parse(f[COL_CODE].text, f[COL_CODE].len, &code) < 0)
		return csv_fail(err, rec->line, f[COL_CODE].column,
			    "code '%.20s' is not three digits", f[COL_CODE].text);
	if (check_nonempty(rec, COL_PHRASE, "phrase", err) < 0 ||
	    check_nonempty(rec, COL_DESCRIPTION, "description", err) < 0)
		return -1;
	/* A phrase is a name, as an alias is, and as long at most. */
	if (f[COL_PHRASE].len > REGISTRY_NAME_MAX)
		return csv_fail(err, rec->line, f[COL_PHRASE].column,
			    "phrase longer than %d bytes", REGISTRY_NAME_MAX);
	if (check_literal(rec, COL_ORIGIN, "origin", err) < 0 ||
	    check_literal(rec, COL_REFERENCE, "reference", err) < 0 ||
	    check_literal(rec, COL_DESCRIPTION, "description", err) < 0)
		return -1;
	status = registry_status_parse(f[COL_STATUS].text, f[COL_STATUS].len);
	if (status < 0)
		return csv_fail(err, rec->line, f[COL_STATUS].column,
			    "unknown status '%.20s' (expected %s)",
			    f[COL_STATUS].text,
			    registry_status_list(names, sizeof(names)));
	if (status == REGISTRY_UNOFFICIAL && f[COL_ORIGIN].len == 0)
		return csv_fail(err, rec->line, f[COL_ORIGIN].column,
			    "unofficial code %03u has no origin", code);
	if (status != REGISTRY_UNOFFICIAL && f[COL_ORIGIN].len > 0)
		return csv_fail(err, rec->line, f[COL_ORIGIN].column,
			    "registered code %03u has an origin", code);
	if (status != REGISTRY_UNOFFICIAL && code_class(code) == 0)
		return csv_fail(err, rec->line, f[COL_CODE].column,
			    "registered code %03u is outside "
			    CODE_STRING(CODE_MIN) "-" CODE_STRING(CODE_MAX),
			    code);
	if (check_expires(rec, code, status, err) < 0 ||
	    check_sources(rec, code, status, err) < 0)
		return -1;
	if (check_references(rec, err) < 0)
		return -1;
	if (check_list(rec, COL_ALIASES, "alias", REGISTRY_NAME_MAX, err) < 0 ||
	    check_list(rec, COL_KEYWORDS, "keyword", REGFILE_KEYWORD_MAX,
		       err) < 0 ||
	    check_headers(rec, err) < 0 || check_related(rec, code, err) < 0)
		return -1;
	if (strcmp(f[COL_CACHEABLE].text, "yes") != 0 &&
	    strcmp(f[COL_CACHEABLE].text, "no") != 0)
		return csv_fail(err, rec->line, f[COL_CACHEABLE].column,
			    "cacheable is '%.20s', not yes or no",
			    f[COL_CACHEABLE].text);
	if (f[COL_CONTENT].len > REGFILE_NOTE_MAX)
		return csv_fail(err, rec->line, f[COL_CONTENT].column,
			    "content longer than %d bytes", REGFILE_NOTE_MAX);

	/* Rows come in code order, the registered row of a code first, so
	 * that the generator can index them without sorting. */
	if (rf->nrows > 0) {
		const struct regfile_row *prev = &rf->rows[rf->nrows - 1];

		if (code < prev->code)
			return csv_fail(err, rec->line, f[COL_CODE].column,
				    "code %03u comes after %03u (rows must be "
				    "in code order)", code, prev->code);
		if (code == prev->code && status != REGISTRY_UNOFFICIAL) {
			if (prev->status != REGISTRY_UNOFFICIAL)
				return csv_fail(err, rec->line, f[COL_CODE].column,
					    "duplicate code %03u (registered "
					    "on line %u too)", code, prev->line);
			return csv_fail(err, rec->line, f[COL_CODE].column,
				    "registered code %03u must come before its "
				    "unofficial rows", code);
		}
	}
	if (status == REGISTRY_UNOFFICIAL &&
	    (prev_line = unofficial_line(rf, code, f[COL_PHRASE].text)) > 0)
		return csv_fail(err, rec->line, f[COL_PHRASE].column,
			    "unofficial code %03u '%.40s' comes twice (on line "
			    "%u too)", code, f[COL_PHRASE].text, prev_line);
	if (rf->nrows == REGFILE_MAX_ROWS)
		return csv_fail(err, rec->line, 1, "more than %d rows",
			    REGFILE_MAX_ROWS);

	row = &rf->rows[rf->nrows++];
	row->line = rec->line;
	row->code = code;
	row->status = (enum registry_status)status;
	row->phrase = f[COL_PHRASE].text;
	row->expires = f[COL_EXPIRES].text;
	row->origin = f[COL_ORIGIN].text;
	row->source = f[COL_SOURCE].text;
	row->reference = f[COL_REFERENCE].text;
	row->aliases = f[COL_ALIASES].text;
	row->keywords = f[COL_KEYWORDS].text;
	row->description = f[COL_DESCRIPTION].text;
	row->headers = f[COL_HEADERS].text;
	row->cacheable = f[COL_CACHEABLE].text[0] == 'y';
	row->content = f[COL_CONTENT].text;
	row->related = f[COL_RELATED].text;
	row->related_column = column_of(&f[COL_RELATED], f[COL_RELATED].text);
	return 0;
}

const char *
regfile_next_item(const char **cursor, size_t *len)
{
	const char *item = *cursor;

	if (*item == '\0')
		return NULL;
	*len = strcspn(item, "|");
	*cursor = item[*len] != '\0' ? item + *len + 1 : item + *len;
	return item;
}

size_t
regfile_registry_header(char *buf, size_t cap)
{
	size_t used = 0, i;

	for (i = 0; i < NCOLS; i++)
		used += (size_t)snprintf(buf + (used < cap ? used : cap),
					 used < cap ? cap - used : 0, "%s%c",
					 registry_header[i],
					 i + 1 < NCOLS ? ',' : '\n');
	return used;
}

int
regfile_parse_registry(struct regfile *rf, char *buf, size_t len,
		       struct csv_error *err)
{
	struct csv_reader r;
	struct csv_record rec;
	int rc;

	rf->nrows = 0;
	csv_init(&r, buf, len);
	if ((rc = csv_next(&r, &rec, err)) <= 0)
		return rc < 0 ? -1 : csv_fail(err, 1, 1, "empty file");
	if (check_header(&rec, registry_header, NCOLS, err) < 0)
		return -1;
	while ((rc = csv_next(&r, &rec, err)) > 0)
		if (parse_row(rf, &rec, err) < 0)
			return -1;
	if (rc < 0)
		return -1;
	if (rf->nrows == 0)
		return csv_fail(err, r.line, 1, "no rows after the header");
	return check_related_codes(rf, err);
}

int
regfile_parse_classes(struct regfile *rf, char *buf, size_t len,
		      struct csv_error *err)
{
	struct csv_reader r;
	struct csv_record rec;
	const struct csv_field *f = rec.fields;
	unsigned seen = 0, digit;
	int rc;

	memset(rf->classes, 0, sizeof(rf->classes));
	csv_init(&r, buf, len);
	if ((rc = csv_next(&r, &rec, err)) <= 0)
		return rc < 0 ? -1 : csv_fail(err, 1, 1, "empty file");
	if (check_header(&rec, classes_header, 3, err) < 0)
		return -1;
	while ((rc = csv_next(&r, &rec, err)) > 0) {
		if (check_width(&rec, 3, err) < 0)
			return -1;
		digit = (unsigned)(f[0].text[0] - '0');
		if (f[0].len != 3 || !code_is_class(digit) ||
		    strcmp(f[0].text + 1, "xx") != 0)
			return csv_fail(err, rec.line, f[0].column,
				    "class '%.20s' is not one of 1xx to 5xx",
				    f[0].text);
		if (seen & 1u << digit)
			return csv_fail(err, rec.line, f[0].column,
				    "duplicate class %s", f[0].text);
		seen |= 1u << digit;
		if (check_nonempty(&rec, 1, "phrase", err) < 0 ||
		    check_nonempty(&rec, 2, "description", err) < 0)
			return -1;
		rf->classes[digit - 1].phrase = f[1].text;
		rf->classes[digit - 1].description = f[2].text;
	}
	if (rc < 0)
		return -1;
	for (digit = 1; code_is_class(digit); digit++)
		if (!(seen & 1u << digit))
			return csv_fail(err, r.line, 1, "class %uxx is missing",
				    digit);
	return 0;
}
