/* match.c - ranked word search over the index the generator built. */
#include "match.h"

#include <string.h>

#include "code.h"
#include "query.h"
#include "stem.h"
#include "words.h"

enum { EXACT_NAME = 1, EXACT_KEYWORD = 2 };

/* Among the entries a keyword or header field names, which come first:
 * those whose responses must carry the header field the query spells
 * (Content-Type, not "content type", which asks about 415), then those
 * with a name or keyword that is the query, a judgement made for
 * people, then those with the header field at all ("should" and "may"
 * are too close a call to put 413 before 503 for Retry-After). */
enum { BY_NOTHING, BY_HEADER, BY_NAME, BY_REQUIRED_HEADER };

/* Room for a query in normal form: a space may follow every byte. */
#define NORM_MAX (2 * QUERY_MAX + 2)

/* A query in normal form and its name key. */
struct prepared {
	char words[NORM_MAX]; /* the words to search for */
	char key[NORM_MAX];
	size_t keylen;
	int constant;
};

/* 0, or -1 if the query has no letter or digit. */
static int
prepare(struct prepared *p, const char *text, size_t len)
{
	if (len > QUERY_MAX)
		return -1;
	p->constant = words_is_constant(text, len);
	p->keylen = words_name_key(text, len, p->key, sizeof(p->key));
	/* A constant's words are those of its name: Status404NotFound
	 * searches for "not found". */
	if (p->constant)
		memcpy(p->words, p->key, p->keylen + 1);
	else
		words_normalize(text, len, 0, p->words, sizeof(p->words));
	return p->words[0] != '\0' ? 0 : -1;
}

/* Scores of one search, per entry (index of registry_at). */
struct scores {
	int with_unofficial;
	/* Per entry: named exactly, or named as surely by a keyword that is
	 * the query or by its code among the words. */
	unsigned char exact[REGISTRY_MAX_ENTRIES];
	/* Per entry: the strongest of the BY_ values that names it. */
	unsigned char named_by[REGISTRY_MAX_ENTRIES];
	size_t nwords;    /* words searched for, stop words left out */
	size_t unknown;   /* words that no entry has */
	unsigned total[REGISTRY_MAX_ENTRIES];
	unsigned short matched[REGISTRY_MAX_ENTRIES]; /* words it has */
	unsigned short last[REGISTRY_MAX_ENTRIES];    /* word that last did */
};

static int
visible(const struct registry_entry *e, int with_unofficial)
{
	return with_unofficial || registry_is_official(e);
}

/* Adds the postings of one query word, w[0..len), not a stop word. */
static void
score_word(struct scores *s, const char *w, size_t len)
{
	const struct registry_entry *first;
	const struct registry_posting *p;
	char stem[STEM_WORD_MAX + 1];
	size_t n, i, stemlen;
	unsigned code;

	s->nwords++;
	/* A code among the words ("axios: request failed with status code
	 * 404") names its entries as surely as a keyword does. */
	if (code_parse(w, len, &code) == 0) {
		n = registry_find(code, &first);
		for (i = 0; i < n; i++)
			if (visible(&first[i], s->with_unofficial) &&
			    s->exact[registry_index(&first[i])] == 0)
				s->exact[registry_index(&first[i])] =
					EXACT_KEYWORD;
	}
	stemlen = stem_word(w, len, stem);
	n = stemlen > 0 ? registry_postings(stem, stemlen, &p) : 0;
	s->unknown += n == 0;
	for (i = 0; i < n; i++) {
		unsigned e = p[i].entry;

		if (!visible(registry_at(e), s->with_unofficial))
			continue;
		s->total[e] += p[i].weight;
		if (s->last[e] != s->nwords) {
			s->last[e] = (unsigned short)s->nwords;
			s->matched[e]++;
		}
	}
}

/* Whether a query that names nnames entries (or keywords) has nothing
 * but stop words to search for: such a query matches nothing. */
static int
only_stop_words(const struct prepared *p, size_t nnames)
{
	const char *cursor = p->words, *w;
	size_t len;

	while ((len = words_next(&cursor, &w)) > 0)
		if (!words_is_stop(w, len))
			return 0;
	return nnames == 0;
}

enum match_outcome
match_check(const char *text, size_t len)
{
	static struct prepared p;
	const struct registry_name *names;

	if (prepare(&p, text, len) < 0)
		return MATCH_NO_WORDS;
	return only_stop_words(&p, registry_names(p.key, p.keylen, &names))
		       ? MATCH_STOP_ONLY
		       : MATCH_FOUND;
}

static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Whether a word of the query (in normal form) is the first word of one
 * of the vendors of an entry's origin: "nginx request header too large"
 * names nginx's 494, but "access denied" does not name "Akamai
 * Enterprise Application Access". */
static int
names_origin(const struct prepared *p, const struct registry_entry *e)
{
	const char *vendor, *cursor, *w;
	size_t vlen, len, i;

	if (e->origin == NULL)
		return 0;
	for (vendor = e->origin; *vendor;) {
		vlen = strcspn(vendor, " ,");
		for (cursor = p->words; (len = words_next(&cursor, &w)) > 0;) {
			for (i = 0; i < len && i < vlen; i++)
				if (w[i] != ascii_lower(vendor[i]))
					break;
			if (i == len && len == vlen)
				return 1;
		}
		vendor += strcspn(vendor, ",");
		vendor += strspn(vendor, ", ");
	}
	return 0;
}

struct ranked {
	size_t entry;
	double score;
	int tier;   /* see match_search */
	int named_by; /* a BY_ value */
};

/* Best first: tier, then what named it, then score, then registry
 * order. */
static int
ranks_before(const struct ranked *a, const struct ranked *b)
{
	if (a->tier != b->tier)
		return a->tier > b->tier;
	if (a->named_by != b->named_by)
		return a->named_by > b->named_by;
	if (a->score != b->score)
		return a->score > b->score;
	return a->entry < b->entry;
}

size_t
match_search(const char *text, size_t len, int with_unofficial,
	     const struct registry_entry **hits, size_t cap,
	     enum match_outcome *outcome)
{
	/* Static for their size, not to keep state: all are set afresh. */
	static struct prepared p;
	static struct scores s;
	static struct ranked ranked[REGISTRY_MAX_ENTRIES];
	static double raw[REGISTRY_MAX_ENTRIES];
	unsigned char *exact = s.exact, *named_by = s.named_by;
	const struct registry_name *names;
	const char *cursor, *w;
	size_t total = registry_size(), nnames, n = 0, known, wlen, i, j;
	double best = 0, cut;
	int any_name = 0, as_field_name = memchr(text, ' ', len) == NULL, by;

	*outcome = MATCH_NO_WORDS;
	if (prepare(&p, text, len) < 0)
		return 0;
	*outcome = MATCH_FOUND;
	if (total > REGISTRY_MAX_ENTRIES)
		total = REGISTRY_MAX_ENTRIES;
	memset(exact, 0, total);
	memset(named_by, 0, total);

	nnames = registry_names(p.key, p.keylen, &names);
	for (i = 0; i < nnames; i++) {
		unsigned e = names[i].entry;

		if (!visible(registry_at(e), with_unofficial))
			continue;
		if (names[i].kind == REGISTRY_NAME_PHRASE) {
			exact[e] = EXACT_NAME;
			any_name = 1;
		} else if (exact[e] == 0) {
			exact[e] = EXACT_KEYWORD;
		}
		/* A header field names the codes it goes with as surely as
		 * a keyword does. */
		by = names[i].kind != REGISTRY_NAME_HEADER ? BY_NAME
		     : names[i].level == REGISTRY_REQUIRED && as_field_name
			     ? BY_REQUIRED_HEADER
			     : BY_HEADER;
		if (by > named_by[e])
			named_by[e] = (unsigned char)by;
	}
	/* A constant names one code: HTTP_NOT_FOUND wants 404, not every
	 * code whose description says "not". */
	if (p.constant && any_name) {
		for (i = 0; i < nnames && n < cap; i++)
			if (exact[names[i].entry] == EXACT_NAME &&
			    names[i].kind == REGISTRY_NAME_PHRASE) {
				exact[names[i].entry] = 0; /* named twice */
				hits[n++] = registry_at(names[i].entry);
			}
		return n;
	}

	memset(s.total, 0, total * sizeof(s.total[0]));
	memset(s.matched, 0, total * sizeof(s.matched[0]));
	memset(s.last, 0, total * sizeof(s.last[0]));
	if (only_stop_words(&p, nnames)) {
		*outcome = MATCH_STOP_ONLY;
		return 0;
	}
	s.with_unofficial = with_unofficial;
	s.nwords = s.unknown = 0;
	for (cursor = p.words; (wlen = words_next(&cursor, &w)) > 0;)
		if (!words_is_stop(w, wlen))
			score_word(&s, w, wlen);
	/* Words no entry has are left out, as noise in a sentence; but if
	 * they are half the query, it is more likely mistyped ("not
	 * fuond") than about the rest, and gets suggestions instead. */
	if (s.unknown * 2 >= s.nwords && !any_name)
		return 0;
	known = s.nwords - s.unknown;

	for (i = 0; i < total; i++) {
		raw[i] = known == 0 || s.total[i] == 0 ? 0 :
			(double)s.total[i] * s.matched[i] / (double)known;
		if (raw[i] > best)
			best = raw[i];
	}
	/* A registered entry named exactly by several words answers the
	 * query: beside it only entries as strong are shown, with every
	 * word of the query ("Payload Too Large" is no question about
	 * 431).  One word is a name too often ("forbidden") to say as much. */
	cut = MATCH_CUT;
	for (i = 0; i < total && known > 1; i++)
		if (exact[i] == EXACT_NAME && registry_is_official(registry_at(i)))
			cut = MATCH_CUT_NAMED;
	for (i = 0; i < total; i++) {
		const struct registry_entry *e;
		struct ranked r;

		if (!exact[i] && (raw[i] == 0 || raw[i] < cut * best ||
				  (cut == MATCH_CUT_NAMED && s.matched[i] < known)))
			continue;
		e = registry_at(i);
		r.entry = i;
		/* Named exactly beats a keyword said exactly, which beats
		 * words; but an unofficial name counts as a keyword, so
		 * that "redirect" lists the registered redirects first. */
		r.tier = exact[i] == 0 ? 0
			 : exact[i] == EXACT_NAME && registry_is_official(e) ? 2
			 : 1;
		r.named_by = named_by[i];
		r.score = raw[i];
		if (!registry_is_official(e) && !names_origin(&p, e))
			r.score *= MATCH_UNOFFICIAL_PRIOR;
		/* An insertion sort: a registry is a hundred-odd rows. */
		for (j = n; j > 0 && ranks_before(&r, &ranked[j - 1]); j--)
			ranked[j] = ranked[j - 1];
		ranked[j] = r;
		n++;
	}
	if (n > cap)
		n = cap;
	for (i = 0; i < n; i++)
		hits[i] = registry_at(ranked[i].entry);
	return n;
}

size_t
match_named(const char *text, size_t len, unsigned code,
	    const struct registry_entry **hits, size_t cap)
{
	static char key[NORM_MAX];
	const struct registry_name *names;
	size_t keylen, nnames, n = 0, i;

	if (len > QUERY_MAX)
		return 0;
	keylen = words_name_key(text, len, key, sizeof(key));
	nnames = registry_names(key, keylen, &names);
	for (i = 0; i < nnames && n < cap; i++)
		if (names[i].kind == REGISTRY_NAME_PHRASE &&
		    registry_at(names[i].entry)->code == code)
			hits[n++] = registry_at(names[i].entry);
	return n;
}

size_t
match_distance(const char *a, size_t alen, const char *b, size_t blen)
{
	/* Three rows of the dynamic programme; names are short, and the
	 * caller bounds the query. */
	size_t rows[3][QUERY_MAX + 1];
	size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2], *t;
	size_t i, j;

	if (blen > QUERY_MAX)
		blen = QUERY_MAX;
	for (j = 0; j <= blen; j++)
		prev[j] = j;
	for (i = 1; i <= alen; i++) {
		cur[0] = i;
		for (j = 1; j <= blen; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t best = prev[j - 1] + cost;

			if (prev[j] + 1 < best)
				best = prev[j] + 1;
			if (cur[j - 1] + 1 < best)
				best = cur[j - 1] + 1;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] &&
			    a[i - 2] == b[j - 1] && prev2[j - 2] + 1 < best)
				best = prev2[j - 2] + 1;
			cur[j] = best;
		}
		t = prev2;
		prev2 = prev;
		prev = cur;
		cur = t;
	}
	return prev[blen];
}

/* The distance from q to s if it can be at most limit, else limit + 1:
 * strings whose lengths differ by more are not compared at all, which
 * keeps a long unknown word from costing a comparison with every name. */
static size_t
within(const char *q, size_t qlen, const char *s, size_t len, size_t limit)
{
	size_t d;

	if ((qlen > len ? qlen - len : len - qlen) > limit)
		return limit + 1;
	d = match_distance(q, qlen, s, len);
	return d > limit ? limit + 1 : d;
}

/* The smallest distance up to limit from q to a name key, or to one word
 * of it when q is a single word ("teapto" is near "teapot"). */
static size_t
nearest(const char *q, size_t qlen, const char *key, size_t limit)
{
	size_t klen = strlen(key), best, d, len;
	const char *cursor = key, *w;

	/* No word of a key is longer than the key. */
	if (klen + limit < qlen)
		return limit + 1;
	best = within(q, qlen, key, klen, limit);
	if (memchr(q, ' ', qlen) != NULL || strchr(key, ' ') == NULL)
		return best;
	while ((len = words_next(&cursor, &w)) > 0) {
		d = within(q, qlen, w, len, limit);
		if (d < best)
			best = d;
	}
	return best;
}

size_t
match_suggest(const char *text, size_t len, int with_unofficial,
	      const struct registry_entry **hits, size_t cap)
{
	char q[NORM_MAX];
	size_t dist[REGISTRY_MAX_ENTRIES];
	size_t qlen, total = registry_size(), i, n = 0, best = (size_t)-1,
			 limit;

	if (len > QUERY_MAX)
		return 0;
	qlen = words_name_key(text, len, q, sizeof(q));
	/* Long queries are not typos of short names. */
	if (qlen == 0 || qlen > 64)
		return 0;
	if (total > REGISTRY_MAX_ENTRIES)
		total = REGISTRY_MAX_ENTRIES;
	/* One edit in three characters, none in a word of three: "foo"
	 * is no more a typo of "too" than of "for". */
	limit = (qlen - 1) / 3;
	for (i = 0; i < total; i++)
		dist[i] = (size_t)-1;
	for (i = 0; i < registry_name_count(); i++) {
		const struct registry_name *name = registry_name_at(i);
		size_t d;

		if (name->kind != REGISTRY_NAME_PHRASE ||
		    !visible(registry_at(name->entry), with_unofficial))
			continue;
		d = nearest(q, qlen, name->key, limit);
		if (d < dist[name->entry])
			dist[name->entry] = d;
		if (d < best)
			best = d;
	}
	if (best > limit)
		return 0;
	for (i = 0; i < total && n < cap; i++)
		if (dist[i] == best)
			hits[n++] = registry_at(i);
	return n;
}
