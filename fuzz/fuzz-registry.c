/* fuzz-registry.c - libFuzzer harness: the CSV reader the generator uses. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "csv.h"
#include "gen-emit.h"
#include "gen-index.h"
#include "regfile.h"
#include "registry.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* A copy of the input with the one spare byte csv_init needs, on the
 * heap so that the sanitizer sees a step past it (registry_input's
 * copy is so too). */
static char *
copy_input(const uint8_t *data, size_t size)
{
	char *buf = malloc(size + 1);

	if (buf == NULL)
		abort();
	if (size > 0)
		memcpy(buf, data, size);
	return buf;
}

/* A string the parser hands out lies in the buffer, ends there, and
 * holds what csv.h lets through: no control characters, valid UTF-8. */
static void
check_text(const char *s, const char *buf, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t left, n, i;

	if (s < buf || s > buf + size)
		abort();
	left = size + 1 - (size_t)(s - buf);
	if (memchr(s, '\0', left) == NULL)
		abort();
	while (*p) {
		if (*p < 0x20 || *p == 0x7f)
			abort();
		n = *p < 0x80 ? 1 : *p >= 0xf0 ? 4 : *p >= 0xe0 ? 3 : 2;
		if (*p >= 0x80 && *p < 0xc2)
			abort();
		for (i = 1; i < n; i++)
			if ((p[i] & 0xc0) != 0x80)
				abort();
		p += n;
	}
}

/* The header row registry.csv begins with, from the generator's list of
 * the columns. */
static char header[512];
static size_t header_len;

/* The registry file made of an input.  An input that begins as the
 * header does, with the name of the first column and a comma (after a
 * byte-order mark, which the validator refuses, or not), is read as it
 * is, so that headers are fuzzed too; any other is rows alone, and the
 * real header goes before it, so that the seeds hold only rows and a new
 * column changes none of them. */
static char *
registry_input(const uint8_t *data, size_t size, size_t *len)
{
	static const char bom[] = "\xEF\xBB\xBF";
	size_t first = strcspn(header, ",") + 1, hlen = 0, skip = 0;
	char *buf;

	if (size >= sizeof(bom) - 1 && memcmp(data, bom, sizeof(bom) - 1) == 0)
		skip = sizeof(bom) - 1;
	if (size - skip < first || memcmp(data + skip, header, first) != 0)
		hlen = header_len;
	buf = malloc(hlen + size + 1);
	if (buf == NULL)
		abort();
	memcpy(buf, header, hlen);
	if (size > 0)
		memcpy(buf + hlen, data, size);
	*len = hlen + size;
	return buf;
}

/* A failure says where, within the input (and the header put before
 * it, if any: extra lines), and why. */
static void
check_error(const struct csv_error *err, const char *data, size_t size,
	    unsigned extra)
{
	unsigned lines = 1 + extra;
	size_t i;

	for (i = 0; i < size; i++)
		lines += data[i] == '\n';
	if (err->line < 1 || err->line > lines + 1 || err->column < 1 ||
	    err->message[0] == '\0' ||
	    memchr(err->message, '\0', sizeof(err->message)) == NULL)
		abort();
}

/* Aliases are names of 1 to REGISTRY_NAME_MAX bytes between bars, which
 * regfile_next_item hands out whole and in order. */
static void
check_aliases(const char *aliases)
{
	const char *p = aliases, *item, *expect = aliases;
	size_t len;

	while ((item = regfile_next_item(&p, &len)) != NULL) {
		if (item != expect || len == 0 || len > REGISTRY_NAME_MAX ||
		    memchr(item, '|', len) != NULL)
			abort();
		expect = item + len + (item[len] == '|');
	}
	if (*p != '\0' || p != aliases + strlen(aliases))
		abort();
}

/* The rows keep the promises the generator relies on: each a valid
 * entry, in code order, a code's registered row first and alone. */
static void
check_registry(const struct regfile *rf, const char *buf, size_t size)
{
	size_t i;

	if (rf->nrows < 1 || rf->nrows > REGFILE_MAX_ROWS)
		abort();
	for (i = 0; i < rf->nrows; i++) {
		const struct regfile_row *row = &rf->rows[i];
		const struct regfile_row *prev = i > 0 ? row - 1 : NULL;
		int official = row->status != REGISTRY_UNOFFICIAL;

		if (row->code >= REGISTRY_CODE_LIMIT ||
		    (unsigned)row->status > REGISTRY_UNOFFICIAL ||
		    (official && (row->code < 100 || row->code > 599)) ||
		    row->line < 2 || (prev && row->line <= prev->line))
			abort();
		if (prev && (row->code < prev->code ||
			     (row->code == prev->code && official)))
			abort();
		check_text(row->phrase, buf, size);
		check_text(row->expires, buf, size);
		check_text(row->origin, buf, size);
		check_text(row->source, buf, size);
		check_text(row->reference, buf, size);
		check_text(row->aliases, buf, size);
		check_text(row->description, buf, size);
		if (*row->phrase == '\0' || *row->description == '\0' ||
		    (*row->origin == '\0') == !official ||
		    (*row->source == '\0') == !official ||
		    (strlen(row->expires) == 10) !=
			    (row->status == REGISTRY_TEMPORARY) ||
		    strlen(row->phrase) > REGISTRY_NAME_MAX)
			abort();
		check_aliases(row->aliases);
	}
}

static void
check_classes(const struct regfile *rf, const char *buf, size_t size)
{
	size_t i;

	for (i = 0; i < 5; i++) {
		const struct regfile_class *c = &rf->classes[i];

		if (c->phrase == NULL || c->description == NULL)
			abort();
		check_text(c->phrase, buf, size);
		check_text(c->description, buf, size);
		if (*c->phrase == '\0' || *c->description == '\0')
			abort();
	}
}

static FILE *devnull;

int LLVMFuzzerInitialize(int *argc, char ***argv);

int
LLVMFuzzerInitialize(int *argc, char ***argv)
{
	(void)argc;
	(void)argv;
	devnull = fopen("/dev/null", "w");
	header_len = regfile_registry_header(header, sizeof(header));
	if (devnull == NULL || header_len >= sizeof(header))
		abort();
	return 0;
}

/* A registry the validator accepts goes on through the rest of the
 * generator: its search index, then the C it writes. */
static void
generate(struct regfile *rf)
{
	static const struct regfile_class classes[5] = {
		{"Informational", "Interim."}, {"Successful", "Done."},
		{"Redirection", "Elsewhere."}, {"Client Error", "Ours."},
		{"Server Error", "Theirs."},
	};
	struct search_index ix = {0};

	memcpy(rf->classes, classes, sizeof(classes));
	if (index_build(&ix, rf) < 0)
		abort();
	emit_registry(devnull, rf, &ix);
	if (fflush(devnull) != 0 || ferror(devnull))
		abort();
	index_free(&ix);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct regfile *rf = malloc(sizeof(*rf));
	struct csv_error err;
	char *buf;
	size_t len;

	if (rf == NULL)
		abort();

	buf = registry_input(data, size, &len);
	memset(&err, 0, sizeof(err));
	if (regfile_parse_registry(rf, buf, len, &err) == 0) {
		check_registry(rf, buf, len);
		generate(rf);
	} else
		check_error(&err, (const char *)data, size, len > size);
	free(buf);

	buf = copy_input(data, size);
	memset(&err, 0, sizeof(err));
	if (regfile_parse_classes(rf, buf, size, &err) == 0)
		check_classes(rf, buf, size);
	else
		check_error(&err, (const char *)data, size, 0);
	free(buf);

	free(rf);
	return 0;
}
