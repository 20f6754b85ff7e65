/* match.c - ranked word search over the index the generator built. */
#include "match.h"
#include "match-impl.h"

#include <string.h>
#include <strings.h>

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

/* The first words of the items of an origin that say when or how a
 * vendor sent a code rather than who ("Edgio, now defunct", "Spring
 * Framework, former constant", "Shopify, until 2018", "some HTTP
 * proxies", "attributed to Apache HTTP Server"): "now" is no vendor to
 * ask for.  Sorted. */
static const char *const origin_qualifiers[] = {
	"attributed", "former", "now", "some", "until",
};

/* The most words of a query that are looked for among the vendors. */
#define VENDOR_WORDS 16

/* A query in normal form, its name key and, for a constant, its whole
 * (words_full_key). */
struct prepared {
	char words[NORM_MAX]; /* the words to search for */
	char key[NORM_MAX];
	char full[NORM_MAX];
	size_t keylen, fulllen;
	int constant;
	/* Its words that could name a vendor: not stop words, and not
	 * origin_qualifiers; and whether it has others, which a query of
	 * nothing but vendors' names cannot. */
	const char *vendor[VENDOR_WORDS];
	size_t vendorlen[VENDOR_WORDS], nvendor;
	int not_vendors;
};

static char
ascii_lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c - 'A' + 'a') : c;
}

/* Steps through the vendors of an origin ("nginx, Cloudflare"): returns
 * the length of the first word of the one at *item, and moves *item to
 * the next; 0 at the end. */
static size_t
next_vendor(const char **item, const char **word)
{
	size_t len;

	if (*item == NULL || **item == '\0')
		return 0;
	*word = *item;
	len = strcspn(*item, " ,");
	*item += strcspn(*item, ",");
	*item += strspn(*item, ", ");
	return len;
}

/* Whether the word w[0..len), in normal form, is a vendor's first word
 * name[0..nlen) as an origin writes it. */
static int
same_vendor(const char *w, size_t len, const char *name, size_t nlen)
{
	size_t i;

	if (len != nlen)
		return 0;
	for (i = 0; i < len && w[i] == ascii_lower(name[i]); i++)
		;
	return i == len;
}

/* Whether w[0..len) is the first word of one of the vendors of an
 * entry's origin: "nginx" of "nginx, Cloudflare", but not "access" of
 * "Akamai Enterprise Application Access". */
static int
is_vendor(const struct registry_entry *e, const char *w, size_t len)
{
	const char *item = e->origin, *name;
	size_t nlen;

	while ((nlen = next_vendor(&item, &name)) > 0)
		if (same_vendor(w, len, name, nlen))
			return 1;
	return 0;
}

/* Whether w[0..len) is the first word of a vendor of any entry.  A
 * stream asks once a line, so the distinct first words of the vendors
 * are gathered once, and a query's word is tried against those few
 * rather than against every origin. */
static int
is_any_vendor(const char *w, size_t len)
{
	static struct {
		const char *name;
		size_t len;
	} vendors[REGISTRY_MAX_ENTRIES];
	static size_t n;
	static int ready;
	const char *item, *name;
	size_t i, j, nlen, total = registry_size();

	for (i = 0; !ready && i < total; i++)
		for (item = registry_at(i)->origin;
		     (nlen = next_vendor(&item, &name)) > 0;) {
			for (j = 0; j < n && !(vendors[j].len == nlen &&
					       strncasecmp(vendors[j].name, name,
							   nlen) == 0);
			     j++)
				;
			if (j == n && n < REGISTRY_MAX_ENTRIES) {
				vendors[n].name = name;
				vendors[n++].len = nlen;
			}
		}
	ready = 1;
	for (i = 0; i < n; i++)
		if (same_vendor(w, len, vendors[i].name, vendors[i].len))
			return 1;
	return 0;
}

/* Finds the words of p that could name a vendor, once a query rather
 * than once an entry. */
static void
prepare_vendors(struct prepared *p)
{
	const char *cursor, *w;
	size_t len;
	int qualifier;

	p->nvendor = 0;
	p->not_vendors = 0;
	for (cursor = p->words; (len = words_next(&cursor, &w)) > 0;) {
		if (words_is_stop(w, len))
			continue;
		words_search(origin_qualifiers,
			     sizeof(origin_qualifiers) /
				     sizeof(origin_qualifiers[0]),
			     sizeof(origin_qualifiers[0]), w, len, &qualifier);
		if (qualifier || p->nvendor == VENDOR_WORDS ||
		    !is_any_vendor(w, len)) {
			p->not_vendors = 1;
			continue;
		}
		p->vendor[p->nvendor] = w;
		p->vendorlen[p->nvendor++] = len;
	}
}

/* 0, or -1 if the query has no letter or digit. */
static int
prepare(struct prepared *p, const char *text, size_t len)
{
	if (len > QUERY_MAX)
		return -1;
	p->constant = words_is_constant(text, len);
	p->keylen = words_name_key(text, len, p->key, sizeof(p->key));
	p->fulllen = p->constant ? words_full_key(text, len, p->full,
						   sizeof(p->full))
				 : 0;
	/* A constant's words are those of its name: Status404NotFound
	 * searches for "not found". */
	if (p->constant)
		memcpy(p->words, p->key, p->keylen + 1);
	else
		words_normalize(text, len, 0, p->words, sizeof(p->words));
	prepare_vendors(p);
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
	/* Per entry: the query holds a name or keyword of it among other
	 * words (mark_phrases). */
	unsigned char held[REGISTRY_MAX_ENTRIES];
	/* Per entry: it has a word of the query that is not weak (see
	 * weak_words), and whether it is an entry of a code among the
	 * words. */
	unsigned char content[REGISTRY_MAX_ENTRIES];
	unsigned char coded[REGISTRY_MAX_ENTRIES];
	int any_content, any_code;
	size_t nwords;    /* words searched for, stop words left out */
	size_t unknown;   /* words that no entry has */
	double asked;     /* the words some entry has, weak ones as WEAK */
	unsigned total[REGISTRY_MAX_ENTRIES];
	unsigned short matched[REGISTRY_MAX_ENTRIES]; /* words it has */
	double have[REGISTRY_MAX_ENTRIES]; /* the same, counted as asked */
	unsigned short last[REGISTRY_MAX_ENTRIES];    /* word that last did */
};

/* Words that say how much, never what: "too many redirects" is about
 * redirects, and 414 (too many query parameters) is no answer to it.
 * They are not stop words, as names hold them ("Too Many Requests", "Too
 * Early"), but they count WEAK of a word, in an entry's score and in the
 * share of the query it has, and an entry that has only these is not
 * shown when another has a word of substance.  "no" and "not" are not
 * among them: "not logged in" is another question than "logged in".
 * Sorted. */
static const char *const weak_words[] = {
	"many", "much", "too", "very",
};
#define WEAK 0.25

static int
is_weak(const char *w, size_t len)
{
	int found;

	words_search(weak_words, sizeof(weak_words) / sizeof(weak_words[0]),
		     sizeof(weak_words[0]), w, len, &found);
	return found;
}

/* A query word and the word the registry says for the same thing, which
 * it is searched for too, at SYNONYM_SHARE of that word's weight: the
 * registry speaks of the client where people say their browser ("browser
 * closed" is 499 Client Closed Request).  Sorted. */
static const struct synonym {
	const char *word, *stem;
} synonyms[] = {
	{"browser", "client"},
	{"browsers", "client"},
};
#define SYNONYM_SHARE 0.5

/* Adds to the current word the postings of one stem: their weights
 * times share, and count (1, or WEAK for a weak word) to what each entry
 * has of the query.  Returns whether the index has the stem. */
static int
add_postings(struct scores *s, const char *stem, size_t len, double share,
	     double count)
{
	const struct registry_posting *p;
	size_t n = registry_postings(stem, len, &p), i;

	for (i = 0; i < n; i++) {
		unsigned e = p[i].entry;

		if (!match_visible(registry_at(e), s->with_unofficial))
			continue;
		s->total[e] += (unsigned)(p[i].weight * share);
		if (s->last[e] != s->nwords) {
			s->last[e] = (unsigned short)s->nwords;
			s->matched[e]++;
			s->have[e] += count;
		}
		if (count == 1) { /* not a weak word */
			s->content[e] = 1;
			s->any_content = 1;
		}
	}
	return n > 0;
}

/* Adds a term of the query that words_phrasal joined. */
static void
score_term(struct scores *s, const char *stem, size_t len)
{
	s->nwords++;
	if (add_postings(s, stem, len, 1, 1))
		s->asked += 1;
	else
		s->unknown++;
}

/* Adds the postings of one query word, w[0..len), not a stop word. */
static void
score_word(struct scores *s, const char *w, size_t len)
{
	const struct registry_entry *first;
	char stem[STEM_WORD_MAX + 1];
	size_t n, i, stemlen;
	unsigned code;
	double count = is_weak(w, len) ? WEAK : 1;
	int known, found;

	/* A code among the words ("axios: request failed with status code
	 * 404") names its entries as surely as a keyword does, and says
	 * what the query is about: see match_search. */
	if (code_parse(w, len, &code) == 0) {
		n = registry_find(code, &first);
		for (i = 0; i < n; i++) {
			size_t e = registry_index(&first[i]);

			if (!match_visible(&first[i], s->with_unofficial))
				continue;
			if (s->exact[e] == 0)
				s->exact[e] = EXACT_KEYWORD;
			s->coded[e] = 1;
			s->any_code = 1;
		}
	}
	s->nwords++;
	stemlen = stem_word(w, len, stem);
	known = stemlen > 0 && add_postings(s, stem, stemlen, count, count);
	i = words_search(synonyms, sizeof(synonyms) / sizeof(synonyms[0]),
			 sizeof(synonyms[0]), w, len, &found);
	if (found)
		known |= add_postings(s, synonyms[i].stem,
				      strlen(synonyms[i].stem), SYNONYM_SHARE,
				      1);
	if (known)
		s->asked += count;
	else
		s->unknown++;
}

/* Scores the words of a query in normal form: stop words left out, a
 * verb and the particle that changes its meaning as one term. */
static void
score_words(struct scores *s, const char *words)
{
	const char *w;
	size_t len;
	int joined;

	while ((len = stem_next_term(&words, &w, &joined)) > 0)
		if (joined)
			score_term(s, w, len);
		else if (!words_is_stop(w, len))
			score_word(s, w, len);
}

/* The most words of a query looked up together as a name or keyword:
 * keywords are short. */
#define PHRASE_WORDS 6

/* Marks in held the entries with a name or keyword of two words or more
 * that the query holds as consecutive words, short of all of them, which
 * registry_names looks up: "user is not logged in" holds 401's "not
 * logged in", said as the registry says it. */
static void
mark_phrases(const struct prepared *p, int with_unofficial,
	     unsigned char *held)
{
	const struct registry_name *names;
	const char *start = p->words, *cursor, *w, *first;
	size_t len, n, i, k;

	while (words_next(&start, &first) > 0) {
		cursor = first;
		words_next(&cursor, &w); /* the first word itself */
		for (k = 1; k < PHRASE_WORDS; k++) {
			if (words_next(&cursor, &w) == 0)
				break;
			len = (size_t)(cursor - first);
			if (first == p->words && *cursor == '\0')
				break; /* the whole query, named already */
			n = registry_names(first, len, &names);
			for (i = 0; i < n; i++)
				if (names[i].kind != REGISTRY_NAME_HEADER &&
				    match_visible(registry_at(names[i].entry),
					    with_unofficial))
					held[names[i].entry] = 1;
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

/* The entries whose phrase or alias is the whole of a constant, in
 * registry order, each once; returns how many. */
static size_t
whole_names(const struct prepared *p, int with_unofficial,
	    const struct registry_entry **hits, size_t cap)
{
	const struct registry_name *names;
	size_t nnames = registry_names(p->full, p->fulllen, &names), n = 0, i,
	       j;

	for (i = 0; i < nnames && n < cap; i++) {
		const struct registry_entry *e = registry_at(names[i].entry);

		if (names[i].kind != REGISTRY_NAME_PHRASE ||
		    names[i].dropped != 0 || !match_visible(e, with_unofficial))
			continue;
		for (j = 0; j < n && hits[j] != e; j++)
			;
		if (j == n)
			hits[n++] = e;
	}
	return n;
}

/* The entries of the first code among the words of a constant's whole
 * that has any, visible or not: returns how many, *first the first. */
static size_t
spelled_code_entries(const struct prepared *p,
		     const struct registry_entry **first)
{
	const char *cursor = p->full, *w;
	size_t len, n;
	unsigned code;

	while ((len = words_next(&cursor, &w)) > 0)
		if (code_parse(w, len, &code) == 0 &&
		    (n = registry_find(code, first)) > 0)
			return n;
	return 0;
}

/* The visible entries of the code spelled into a constant; returns how
 * many. */
static size_t
spelled_code(const struct prepared *p, int with_unofficial,
	     const struct registry_entry **hits, size_t cap)
{
	const struct registry_entry *first;
	size_t n = spelled_code_entries(p, &first), i, found = 0;

	for (i = 0; i < n && found < cap; i++)
		if (match_visible(&first[i], with_unofficial))
			hits[found++] = &first[i];
	return found;
}

/* How many names a query finds, visible or not: those of its key, and
 * for a constant those of its whole and the entries of a code spelled
 * into it.  A query of stop words that finds none matches nothing; the
 * check and the search agree on it by asking this. */
static size_t
count_named(const struct prepared *p)
{
	const struct registry_name *names;
	const struct registry_entry *first;
	size_t n = registry_names(p->key, p->keylen, &names);

	if (!p->constant)
		return n;
	if (strcmp(p->full, p->key) != 0)
		n += registry_names(p->full, p->fulllen, &names);
	return n + spelled_code_entries(p, &first);
}

enum match_outcome
match_searchable(const char *text, size_t len)
{
	static struct prepared p;

	if (prepare(&p, text, len) < 0)
		return MATCH_NO_WORDS;
	return only_stop_words(&p, count_named(&p)) ? MATCH_STOP_ONLY
						    : MATCH_FOUND;
}

/* Whether a word of the query (in normal form) names a vendor of an
 * entry's origin, or with every, whether each of its words but stop
 * words does: "nginx request header too large" names nginx's 494, and
 * "nginx" alone asks for nginx's codes. */
static int
names_origin(const struct prepared *p, const struct registry_entry *e,
	     int every)
{
	size_t i;
	int any = 0;

	if (e->origin == NULL || (every && p->not_vendors))
		return 0;
	for (i = 0; i < p->nvendor; i++) {
		if (is_vendor(e, p->vendor[i], p->vendorlen[i]))
			any = 1;
		else if (every)
			return 0;
	}
	return any;
}

/*
 * Which of the names a query's key finds name an entry surely.  A name
 * whose key is the query's once words before or after it are left out
 * (Django's HttpResponsePermanentRedirect, a 301) is a lesser name than
 * a phrase or constant that is the query without leaving anything out
 * (308 Permanent Redirect, which Go's StatusPermanentRedirect and
 * Python's HTTPStatus.PERMANENT_REDIRECT mean): it names nothing.  And
 * a library's qualified constant (HttpStatusCode.Redirect, codes.retry)
 * is a name for a query written as a constant, but none for plain words:
 * "retry" asks about retrying, not for what requests calls 449.
 */
static int
names_surely(const struct prepared *p, const struct registry_name *name,
	     unsigned least)
{
	if ((name->dropped & REGISTRY_DROPPED_QUALIFIER) && !p->constant)
		return 0;
	return (name->dropped & REGISTRY_DROPPED_WORDS) <= least;
}

/* The least that the phrases and aliases among names[0..n) that could
 * name an entry surely left out, as REGISTRY_DROPPED_WORDS or 0. */
static unsigned
least_dropped(const struct prepared *p, const struct registry_name *names,
	      size_t n, int with_unofficial)
{
	unsigned least = REGISTRY_DROPPED_WORDS;
	size_t i;

	for (i = 0; i < n; i++)
		if (names[i].kind == REGISTRY_NAME_PHRASE &&
		    match_visible(registry_at(names[i].entry), with_unofficial) &&
		    names_surely(p, &names[i], 0))
			least = 0;
	return least;
}

struct ranked {
	size_t entry;
	double score;
	int tier;   /* see match_search */
	int named_by; /* a BY_ value */
	int live;     /* not of a defunct vendor */
};

/* Best first: a live vendor's before a defunct one's, however it was
 * named (Edgio's 542 has the keyword "headers too large", but 431 is
 * what a server sends today); then tier, then what named it, then
 * score, then registry order. */
static int
ranks_before(const struct ranked *a, const struct ranked *b)
{
	if (a->live != b->live)
		return a->live > b->live;
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
	static double raw[REGISTRY_MAX_ENTRIES], score[REGISTRY_MAX_ENTRIES];
	unsigned char *exact = s.exact, *named_by = s.named_by;
	const struct registry_name *names;
	size_t total = registry_size(), nnames, n = 0, known, vendor = 0, i, j;
	double best = 0, cut;
	int any_name = 0, as_field_name = memchr(text, ' ', len) == NULL, by;
	unsigned dropped;
	int coded_vendor = 0;

	*outcome = MATCH_NO_WORDS;
	if (prepare(&p, text, len) < 0)
		return 0;
	*outcome = MATCH_FOUND;
	if (total > REGISTRY_MAX_ENTRIES)
		total = REGISTRY_MAX_ENTRIES;
	memset(exact, 0, total);
	memset(named_by, 0, total);

	/* A constant as its library spells it, qualifier and all, is what
	 * that library means by it; one that leaves nothing out
	 * (NOT_ALLOWED) is looked up by its key alone, below. */
	if (p.constant && strcmp(p.full, p.key) != 0 &&
	    (n = whole_names(&p, with_unofficial, hits, cap)) > 0)
		return n;
	nnames = registry_names(p.key, p.keylen, &names);
	dropped = least_dropped(&p, names, nnames, with_unofficial);
	for (i = 0; i < nnames; i++) {
		unsigned e = names[i].entry;

		if (!match_visible(registry_at(e), with_unofficial))
			continue;
		if (names[i].kind == REGISTRY_NAME_PHRASE &&
		    !names_surely(&p, &names[i], dropped))
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
	/* One that names nothing but spells a code into it is that code
	 * (HTTP_511_NETWORD_AUTHENTICATION_REQUIRED, a typo a library
	 * once had; imATeaPot418). */
	if (p.constant && (n = spelled_code(&p, with_unofficial, hits, cap)) > 0)
		return n;

	memset(s.total, 0, total * sizeof(s.total[0]));
	memset(s.matched, 0, total * sizeof(s.matched[0]));
	memset(s.last, 0, total * sizeof(s.last[0]));
	memset(s.have, 0, total * sizeof(s.have[0]));
	if (only_stop_words(&p, count_named(&p))) {
		*outcome = MATCH_STOP_ONLY;
		return 0;
	}
	/* A vendor's name, and nothing else, asks for what that vendor
	 * sends: every entry whose origin names it, with those a keyword
	 * or name says the query is, in code order, as a list to look
	 * through rather than a ranking. */
	for (i = 0; i < total && p.nvendor > 0 && !p.not_vendors; i++)
		vendor += match_visible(registry_at(i), with_unofficial) &&
			  names_origin(&p, registry_at(i), 1);
	if (vendor > 0) {
		for (i = 0; i < total && n < cap; i++)
			if (match_visible(registry_at(i), with_unofficial) &&
			    (exact[i] || names_origin(&p, registry_at(i), 1)))
				hits[n++] = registry_at(i);
		return n;
	}

	memset(s.held, 0, total);
	mark_phrases(&p, with_unofficial, s.held);
	memset(s.content, 0, total);
	memset(s.coded, 0, total);
	s.any_content = s.any_code = 0;
	s.with_unofficial = with_unofficial;
	s.nwords = s.unknown = 0;
	s.asked = 0;
	score_words(&s, p.words);
	/* Words no entry has are left out, as noise in a sentence; but if
	 * they are half the query, it is more likely mistyped ("not
	 * fuond") than about the rest, and gets suggestions instead.  A
	 * code among them says what it is about whatever the rest are. */
	if (s.unknown * 2 >= s.nwords && !any_name && !s.any_code)
		return 0;
	known = s.nwords - s.unknown;
	/* The words around a code say which of its meanings is meant, if
	 * they name a vendor ("nginx 499"): that one alone. */
	for (i = 0; i < total && s.any_code; i++)
		if (s.coded[i] && names_origin(&p, registry_at(i), 0))
			coded_vendor = 1;

	for (i = 0; i < total; i++) {
		raw[i] = s.asked == 0 || s.total[i] == 0 ? 0 :
			(double)s.total[i] * s.have[i] / s.asked;
		if (s.held[i])
			raw[i] *= MATCH_PHRASE;
		score[i] = raw[i];
		if (raw[i] == 0)
			continue;
		if (!registry_is_official(registry_at(i)) &&
		    !names_origin(&p, registry_at(i), 0))
			score[i] *= MATCH_UNOFFICIAL_PRIOR;
		if (registry_is_defunct(registry_at(i)))
			score[i] *= MATCH_DEFUNCT_PRIOR;
		/* The cut is taken from the best score as ranked, so that
		 * a vendor's entry that ranks below registered ones does not
		 * cut them ("user not signed in" is no question about
		 * Akamai's 492), and applied to the score before the priors,
		 * so that vendors' entries stay in sight below. */
		if (score[i] > best)
			best = score[i];
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

		e = registry_at(i);
		/* A code among words is what they ask about ("request
		 * failed with status code 404"): its entries alone, whatever
		 * else the words match. */
		if (s.any_code) {
			if (!s.coded[i] ||
			    (coded_vendor && !names_origin(&p, e, 0)))
				continue;
		} else if (!exact[i] &&
			   (raw[i] == 0 || raw[i] < cut * best ||
			    (cut == MATCH_CUT_NAMED && s.matched[i] < known) ||
			    (s.any_content && !s.content[i]))) {
			continue;
		}
		r.entry = i;
		/* Named exactly beats a keyword said exactly, which beats
		 * words; but an unofficial name counts as a keyword, so
		 * that "redirect" lists the registered redirects first. */
		r.tier = exact[i] == 0 ? 0
			 : exact[i] == EXACT_NAME && registry_is_official(e) ? 2
			 : 1;
		r.named_by = named_by[i];
		r.live = !registry_is_defunct(e);
		r.score = score[i];
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
match_vendor(const char *text, size_t len, unsigned code,
	     const struct registry_entry **hits, size_t cap)
{
	static struct prepared p;
	const struct registry_entry *first;
	size_t n, i, found = 0;

	if (prepare(&p, text, len) < 0)
		return 0;
	n = registry_find(code, &first);
	for (i = 0; i < n && found < cap; i++)
		if (names_origin(&p, &first[i], 0))
			hits[found++] = &first[i];
	return found;
}
