/* csv.h - strict RFC 4180 reader for the registry's CSV files. */
#ifndef HTTPSTATUS_CSV_H
#define HTTPSTATUS_CSV_H

#include <stddef.h>

/* The fields a record keeps: more than any registry file has (regfile.c
 * names their columns, and checks that they fit with room to spare), so
 * that the validator can point at the first field too many.  A wider
 * record still counts every field, for the message. */
#define CSV_MAX_FIELDS 16

struct csv_field {
	const char *text; /* unescaped, NUL-terminated, inside the buffer */
	size_t len;
	unsigned column; /* 1-based byte column where the field starts */
	int quoted;      /* the field was in quotes, which column counts */
};

struct csv_record {
	unsigned line; /* line on which the record starts */
	size_t nfields;
	struct csv_field fields[CSV_MAX_FIELDS];
};

struct csv_error {
	unsigned line, column;
	char message[128];
};

struct csv_reader {
	char *buf; /* parsed in place: fields are unescaped over it */
	size_t len, pos;
	unsigned line, column;
};

/* Parses buf[0..len) in place; buf must have room for one more byte
 * (buf[len] is overwritten with a NUL). */
void csv_init(struct csv_reader *r, char *buf, size_t len);

/* Reads the next record: 1 on success, 0 at the end of the input, -1 on
 * an error described in *err.  Besides quoting errors, the reader refuses
 * what the registry must never hold: control characters inside a field
 * (tab, newline and carriage return included) and invalid UTF-8. */
int csv_next(struct csv_reader *r, struct csv_record *rec,
	     struct csv_error *err);

/* Fills *err and returns -1, so that a parser can say
 * "return csv_fail(err, line, column, "...", ...);". */
int csv_fail(struct csv_error *err, unsigned line, unsigned column,
	     const char *fmt, ...) __attribute__((format(printf, 4, 5)));

#endif
