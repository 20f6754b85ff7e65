/* regfile.h - reads and validates registry.csv and classes.csv. */
#ifndef HTTPSTATUS_REGFILE_H
#define HTTPSTATUS_REGFILE_H

#include <stddef.h>

#include "code.h"
#include "csv.h"
#include "registry.h"

/* Far more than the registry will ever hold; a bound keeps the generator
 * and the fuzzer free of allocation. */
#define REGFILE_MAX_ROWS REGISTRY_MAX_ENTRIES

struct regfile_row {
	unsigned line;
	unsigned code;
	enum registry_status status;
	const char *phrase, *expires, *origin, *source, *reference, *aliases,
		*keywords, *description, *headers, *content, *related;
	int cacheable;
	unsigned related_column; /* where related begins, for its errors */
};

/* The largest file the generator reads: the most rows, each of 16 KiB,
 * which is room for the three fields written as one literal at their
 * longest and for its lists.  That is 16 MiB; registry.csv is under
 * 100 KiB.  A bound that a real registry never nears, and that keeps a
 * mistaken path (a device that never ends) from filling the memory. */
#define REGFILE_SIZE_MAX ((size_t)REGFILE_MAX_ROWS * 16384)

/* The longest string literal C compilers must accept (C11 5.2.4.1), for
 * a field the generator writes as one: origin, reference and
 * description.  Lists (sources, aliases, keywords) are written item by
 * item. */
#define REGFILE_LITERAL_MAX 4095

/* The longest keyword: a few words, as people type them. */
#define REGFILE_KEYWORD_MAX 64

/* The longest role of a header, note on a related code, or content
 * rule: a short line of the full view, not a paragraph. */
#define REGFILE_NOTE_MAX 100

/* The longest header field name; registered ones are under 40 bytes. */
#define REGFILE_FIELD_NAME_MAX 64

struct regfile_class {
	const char *phrase, *description;
};

struct regfile {
	size_t nrows;
	struct regfile_row rows[REGFILE_MAX_ROWS];
	struct regfile_class classes[CODE_CLASSES]; /* 1xx to 5xx */
};

/* Steps through a '|'-separated list of a row (its aliases, keywords,
 * headers or related codes): returns the item at *cursor, with its
 * length in *len, and moves *cursor past it; NULL when none is left.
 * Nothing is copied. */
const char *regfile_next_item(const char **cursor, size_t *len);

/* A header item "Name:level:role" of item[0..len), already checked by
 * the parser, split into its parts. */
struct regfile_header {
	const char *name, *role;
	size_t namelen, rolelen;
	int level; /* enum registry_level, or -1 if not one */
};
void regfile_split_header(const char *item, size_t len,
			  struct regfile_header *h);

/* A related item "CODE:note" likewise: its code, and where its note
 * begins (item + 4). */
#define REGFILE_RELATED_NOTE 4


/* Writes the header row registry.csv must begin with, and a line break,
 * into buf (of cap bytes, cut short if too few): the one list of the
 * columns, which the tests and the registry fuzzer put before rows of
 * their own.  Returns its length, as snprintf does. */
size_t regfile_registry_header(char *buf, size_t cap);

/* Each parses a whole file in place (buf needs one spare byte past len,
 * as for csv_init) into rf; the row strings point into buf.  Returns 0,
 * or -1 with the position and reason of the first problem in *err. */
int regfile_parse_registry(struct regfile *rf, char *buf, size_t len,
			   struct csv_error *err);
int regfile_parse_classes(struct regfile *rf, char *buf, size_t len,
			  struct csv_error *err);

#endif
