/* iana-diff.c - what registry.csv must change to agree with IANA's registry CSV. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "code.h"
#include "csv.h"
#include "gen-file.h"
#include "regfile.h"

/* IANA's layout: Value, Description, Reference. */
enum { IANA_VALUE, IANA_DESCRIPTION, IANA_REFERENCE, IANA_COLUMNS };

/* What one row of IANA's CSV says of a code. */
struct iana_code {
	unsigned code;
	enum registry_status status;
	char phrase[REGISTRY_NAME_MAX + 1]; /* "" for an unused code */
	char expires[11];                   /* temporary codes only */
	char reference[512];                /* as registry.csv writes it */
};

static unsigned differences;

static void differ(unsigned code, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* One line of the report: the code, then what differs. */
static void
differ(unsigned code, const char *fmt, ...)
{
	va_list ap;

	printf("%03u: ", code);
	va_start(ap, fmt);
	vprintf(fmt, ap);
	va_end(ap);
	putchar('\n');
	differences++;
}

/* "Not Extended (OBSOLETED)", "(Unused)", "Upload Resumption Supported
 * (TEMPORARY - registered 2024-11-13, ..., expires 2026-11-13)": the
 * phrase, and the status the remark gives. */
static void
parse_description(const char *text, struct iana_code *c)
{
	const char *paren = strstr(text, " (");
	const char *expires;
	size_t len = paren ? (size_t)(paren - text) : strlen(text);

	c->status = REGISTRY_PERMANENT;
	c->expires[0] = '\0';
	if (strcmp(text, "(Unused)") == 0) {
		c->status = REGISTRY_UNUSED;
		len = 0;
	} else if (paren && strcmp(paren, " (OBSOLETED)") == 0) {
		c->status = REGISTRY_OBSOLETE;
	} else if (paren && strncmp(paren, " (TEMPORARY", 11) == 0) {
		c->status = REGISTRY_TEMPORARY;
		expires = strstr(paren, "expires ");
		if (expires)
			snprintf(c->expires, sizeof(c->expires), "%.10s",
				 expires + 8);
	} else {
		len = strlen(text);
	}
	if (len > REGISTRY_NAME_MAX)
		len = REGISTRY_NAME_MAX;
	memcpy(c->phrase, text, len);
	c->phrase[len] = '\0';
}

/* "[RFC9110, Section 15.2.1][RFC7725]" as registry.csv writes it:
 * "RFC 9110, Section 15.2.1; RFC 7725". */
static void
parse_reference(const char *text, char *out, size_t cap)
{
	size_t n = 0;

	out[0] = '\0';
	while (*text == '[' && n < cap) {
		const char *end = strchr(text, ']');
		size_t len;

		if (end == NULL)
			break;
		text++;
		len = (size_t)(end - text);
		if (len > 3 && strncmp(text, "RFC", 3) == 0 && text[3] != ' ')
			n += (size_t)snprintf(out + n, cap - n, "%sRFC %.*s",
					      n ? "; " : "", (int)len - 3,
					      text + 3);
		else
			n += (size_t)snprintf(out + n, cap - n, "%s%.*s",
					      n ? "; " : "", (int)len, text);
		text = end + 1;
	}
}

/* The registered row of a code in registry.csv, or NULL. */
static const struct regfile_row *
registered(const struct regfile *rf, unsigned code)
{
	size_t i;

	for (i = 0; i < rf->nrows; i++)
		if (rf->rows[i].code == code &&
		    rf->rows[i].status != REGISTRY_UNOFFICIAL)
			return &rf->rows[i];
	return NULL;
}

/* Compares the registered row of a code with what IANA says of it.  A
 * row may cite more than IANA does, after IANA's references. */
static void
compare(const struct regfile_row *row, const struct iana_code *c)
{
	size_t reflen = strlen(c->reference);

	if (c->status != REGISTRY_UNUSED && strcmp(row->phrase, c->phrase) != 0)
		differ(c->code, "phrase: registry.csv has '%s', IANA has '%s'",
		       row->phrase, c->phrase);
	if (row->status != c->status)
		differ(c->code, "status: registry.csv has %s, IANA has %s",
		       registry_status_name(row->status),
		       registry_status_name(c->status));
	if (strcmp(row->expires, c->expires) != 0)
		differ(c->code,
		       "expiry date: registry.csv has '%s', IANA has '%s'",
		       row->expires, c->expires);
	if (strncmp(row->reference, c->reference, reflen) != 0 ||
	    (row->reference[reflen] != '\0' && row->reference[reflen] != ';'))
		differ(c->code, "reference: registry.csv has '%s', IANA has '%s'",
		       row->reference, c->reference);
}

/* Goes through IANA's rows, comparing each assigned code and checking
 * that registry.csv registers no code IANA leaves unassigned. */
static int
walk_iana(const struct regfile *rf, char *buf, size_t len, const char *path,
	  unsigned char listed[REGISTRY_CODE_LIMIT])
{
	static const char *const header[IANA_COLUMNS] = {"Value", "Description",
							 "Reference"};
	struct csv_reader r;
	struct csv_record rec;
	struct csv_error err;
	struct iana_code c;
	const struct regfile_row *row;
	unsigned lo, hi, code;
	int rc, i;

	csv_init(&r, buf, len);
	if ((rc = csv_next(&r, &rec, &err)) <= 0)
		goto bad;
	for (i = 0; i < IANA_COLUMNS; i++)
		if (rec.nfields != IANA_COLUMNS ||
		    strcmp(rec.fields[i].text, header[i]) != 0) {
			fprintf(stderr, "iana-diff: %s: not IANA's layout "
					"(Value,Description,Reference)\n", path);
			return -1;
		}
	while ((rc = csv_next(&r, &rec, &err)) > 0) {
		const struct csv_field *f = rec.fields;

		if (rec.nfields != IANA_COLUMNS ||
		    code_parse(f[IANA_VALUE].text,
			       f[IANA_VALUE].len > 3 ? 3 : f[IANA_VALUE].len,
			       &lo) < 0) {
			csv_fail(&err, rec.line, 1, "expected a code and "
				 "three fields");
			goto bad;
		}
		hi = lo;
		if (f[IANA_VALUE].len == 7 && f[IANA_VALUE].text[3] == '-' &&
		    code_parse(f[IANA_VALUE].text + 4, 3, &hi) < 0) {
			csv_fail(&err, rec.line, 5, "bad range");
			goto bad;
		}
		if (hi < lo || hi >= REGISTRY_CODE_LIMIT) {
			csv_fail(&err, rec.line, 1, "bad code or range");
			goto bad;
		}
		for (code = lo; code <= hi; code++)
			listed[code] = 1;
		if (strcmp(f[IANA_DESCRIPTION].text, "Unassigned") == 0) {
			for (code = lo; code <= hi; code++)
				if ((row = registered(rf, code)) != NULL)
					differ(code, "registry.csv registers "
						     "'%s', which IANA lists "
						     "as unassigned",
					       row->phrase);
			continue;
		}
		c.code = lo;
		parse_description(f[IANA_DESCRIPTION].text, &c);
		parse_reference(f[IANA_REFERENCE].text, c.reference,
				sizeof(c.reference));
		if ((row = registered(rf, lo)) == NULL)
			differ(lo, "missing from registry.csv: %s%s",
			       c.phrase[0] ? c.phrase : "(unused)",
			       c.status == REGISTRY_TEMPORARY ? " (temporary)"
							     : "");
		else
			compare(row, &c);
	}
	if (rc == 0)
		return 0;
bad:
	fprintf(stderr, "iana-diff: %s:%u:%u: %s\n", path, err.line,
		err.column, rc == 0 ? "empty file" : err.message);
	return -1;
}

int
main(int argc, char **argv)
{
	static struct regfile rf;
	unsigned char listed[REGISTRY_CODE_LIMIT] = {0};
	struct csv_error err;
	char *iana, *registry, why[128];
	size_t ilen, rlen, i;
	int status = 2;

	if (argc != 3) {
		fprintf(stderr, "usage: iana-diff IANA.csv REGISTRY.csv\n");
		return 2;
	}
	iana = genfile_read(argv[1], REGFILE_SIZE_MAX, &ilen, why, sizeof(why));
	if (iana == NULL) {
		fprintf(stderr, "iana-diff: %s: %s\n", argv[1], why);
		return 2;
	}
	registry = genfile_read(argv[2], REGFILE_SIZE_MAX, &rlen, why,
				sizeof(why));
	if (registry == NULL) {
		fprintf(stderr, "iana-diff: %s: %s\n", argv[2], why);
		free(iana);
		return 2;
	}
	if (regfile_parse_registry(&rf, registry, rlen, &err) < 0) {
		fprintf(stderr, "iana-diff: %s:%u:%u: %s\n", argv[2], err.line,
			err.column, err.message);
		goto done;
	}
	if (walk_iana(&rf, iana, ilen, argv[1], listed) < 0)
		goto done;
	/* A registered row for a code IANA does not list at all. */
	for (i = 0; i < rf.nrows; i++)
		if (rf.rows[i].status != REGISTRY_UNOFFICIAL &&
		    !listed[rf.rows[i].code])
			differ(rf.rows[i].code, "registry.csv registers '%s', "
						"which IANA does not list",
			       rf.rows[i].phrase);
	if (differences == 0)
		printf("registry.csv agrees with %s\n", argv[1]);
	else
		printf("%u difference%s\n", differences,
		       differences == 1 ? "" : "s");
	status = differences > 0;
done:
	free(iana);
	free(registry);
	return status;
}
