/* tally.c - counts the lines of a stream by their answer, for --count. */
#include "tally.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
tally_init(struct tally *t)
{
	memset(t, 0, sizeof(*t));
}

void
tally_entry(struct tally *t, const struct registry_entry *e)
{
	unsigned slot;

	if (!registry_is_missing(e))
		slot = TALLY_ENTRY_SLOT(registry_index(e));
	else if (e->status == REGISTRY_UNASSIGNED && e->code < REGISTRY_NO_CODE)
		slot = TALLY_CODE_SLOT(e->code);
	else
		slot = TALLY_UNKNOWN_SLOT;
	t->count[slot]++;
	t->last = (unsigned short)slot;
}

void
tally_miss(struct tally *t, unsigned long line, const char *quoted,
	   const char *what)
{
	if (t->missed_line != 0 || t->last != TALLY_UNKNOWN_SLOT)
		return;
	t->missed_line = line;
	snprintf(t->missed_why, sizeof(t->missed_why), "%s%s%s", quoted,
		 *quoted ? " " : "", what);
}

unsigned long
tally_total(const struct tally *t)
{
	unsigned long n = 0;
	size_t i;

	for (i = 0; i < TALLY_SLOTS; i++)
		n += t->count[i];
	return n;
}

unsigned long
tally_unknown(const struct tally *t)
{
	return t->count[TALLY_UNKNOWN_SLOT];
}

unsigned long
tally_missed(const struct tally *t)
{
	unsigned long n = 0;
	size_t i;

	for (i = TALLY_CODE_SLOT(0); i < TALLY_SLOTS; i++)
		n += t->count[i];
	return n;
}

/* The code a slot counts, or REGISTRY_NO_CODE for the unknown row. */
static unsigned
slot_code(unsigned slot)
{
	if (slot < TALLY_CODE_SLOT(0))
		return registry_at(slot - TALLY_ENTRY_SLOT(0))->code;
	return slot - TALLY_CODE_SLOT(0);
}

void
tally_classes(const struct tally *t, unsigned long lines[CODE_CLASSES + 1])
{
	unsigned slot;

	memset(lines, 0, (CODE_CLASSES + 1) * sizeof(*lines));
	for (slot = 1; slot < TALLY_UNKNOWN_SLOT; slot++)
		if (t->count[slot] > 0)
			lines[code_class(slot_code(slot))] += t->count[slot];
}

/* Most counted first, then by code; slots of one code are in registry
 * order.  (The unknown row is not sorted: tally_rows puts it last.) */
static int
compare_rows(const void *pa, const void *pb)
{
	const struct tally_row *a = pa, *b = pb;
	unsigned ca = slot_code(a->slot), cb = slot_code(b->slot);

	if (a->count != b->count)
		return a->count > b->count ? -1 : 1;
	if (ca != cb)
		return ca < cb ? -1 : 1;
	return a->slot < b->slot ? -1 : a->slot > b->slot;
}

size_t
tally_rows(const struct tally *t, struct tally_row *rows, size_t cap)
{
	size_t n = 0;
	unsigned slot;

	for (slot = 1; slot < TALLY_UNKNOWN_SLOT && n < cap; slot++)
		if (t->count[slot] > 0)
			rows[n++] = (struct tally_row){t->count[slot], slot};
	qsort(rows, n, sizeof(*rows), compare_rows);
	/* Not a code, so apart from them, whatever its count. */
	if (t->count[TALLY_UNKNOWN_SLOT] > 0 && n < cap)
		rows[n++] = (struct tally_row){t->count[TALLY_UNKNOWN_SLOT],
					       TALLY_UNKNOWN_SLOT};
	return n;
}

const struct registry_entry *
tally_slot_entry(unsigned slot, struct registry_entry *buf)
{
	if (slot < TALLY_CODE_SLOT(0))
		return registry_at(slot - TALLY_ENTRY_SLOT(0));
	if (slot == TALLY_UNKNOWN_SLOT)
		registry_missing(buf, REGISTRY_NO_CODE, REGISTRY_UNKNOWN);
	else
		registry_missing(buf, slot_code(slot), REGISTRY_UNASSIGNED);
	return buf;
}
