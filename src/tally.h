/* tally.h - counts the lines of a stream by their answer, for --count. */
#ifndef HTTPSTATUS_TALLY_H
#define HTTPSTATUS_TALLY_H

#include <stddef.h>

#include "code.h"
#include "registry.h"

/*
 * Each line counts once, for the first entry of its answer: a registry
 * entry, an unassigned code (299), or, for every line with no answer at
 * all, one unknown row.  Those are the tally's slots: 0 stands for none,
 * then the registry's entries, the codes, and the unknown row last.
 */
#define TALLY_ENTRY_SLOT(i)  (1 + (i))
#define TALLY_CODE_SLOT(c)   (1 + REGISTRY_MAX_ENTRIES + (c))
#define TALLY_UNKNOWN_SLOT   TALLY_CODE_SLOT(REGISTRY_CODE_LIMIT)
#define TALLY_SLOTS          (TALLY_UNKNOWN_SLOT + 1)

/* Room for the message about the first line with no answer. */
#define TALLY_WHY_MAX 512

struct tally {
	unsigned long count[TALLY_SLOTS];
	/* The slot of a line that is a code alone, once one such line has
	 * been answered in full: from then on the code is counted at once. */
	unsigned short code_slot[REGISTRY_CODE_LIMIT];
	unsigned short last;        /* the slot counted last */
	unsigned long missed_line;  /* the first line of the unknown row, or 0 */
	char missed_why[TALLY_WHY_MAX]; /* and what was wrong with it */
};

/* One row of the summary: a slot and its count. */
struct tally_row {
	unsigned long count;
	unsigned slot;
};

void tally_init(struct tally *t);

/* Counts a line answered by e, an entry of the registry's or of
 * registry_missing's. */
void tally_entry(struct tally *t, const struct registry_entry *e);

/* Counts a line that is the code alone, if a line of it has been counted
 * with tally_keep_code: 0, or -1 to answer it in full first. */
static inline int
tally_code(struct tally *t, unsigned code)
{
	unsigned short slot = t->code_slot[code];

	if (slot == 0)
		return -1;
	t->count[slot]++;
	return 0;
}

/* Notes that the line just counted was the code alone. */
static inline void
tally_keep_code(struct tally *t, unsigned code)
{
	t->code_slot[code] = t->last;
}

/* Notes a message about line number line, which answer.c's report()
 * would have written: what was wrong with the first line counted in the
 * unknown row is kept for the message at the end.  An unassigned code's
 * message is not: its row says what there is to say. */
void tally_miss(struct tally *t, unsigned long line, const char *quoted,
		const char *what);

/* The lines counted in all; those with no answer at all (the unknown
 * row); and those that found nothing in the registry, which are those
 * and the unassigned codes. */
unsigned long tally_total(const struct tally *t);
unsigned long tally_unknown(const struct tally *t);
unsigned long tally_missed(const struct tally *t);

/* The lines of each class, by its digit 1 to 5, into lines[1..5]
 * (lines[0] holds those of the codes of no class, such as 000). */
void tally_classes(const struct tally *t,
		   unsigned long lines[CODE_CLASSES + 1]);

/* The summary's rows: at most cap, most counted first, then by code and
 * registry order, and the unknown row last.  Returns how many. */
size_t tally_rows(const struct tally *t, struct tally_row *rows, size_t cap);

/* The entry a slot counts: one of the registry's, or one that
 * registry_missing makes in *buf. */
const struct registry_entry *tally_slot_entry(unsigned slot,
					      struct registry_entry *buf);

#endif
