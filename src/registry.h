/* registry.h - the status code table compiled into the program. */
#ifndef HTTPSTATUS_REGISTRY_H
#define HTTPSTATUS_REGISTRY_H

#include <stddef.h>
#include <string.h>

/* The IANA lifecycle of a registered code, or unofficial for a code that
 * vendors send without registering it.  The last two are never in the
 * registry file: they are the statuses of the entries the program makes
 * for an answer the registry has no entry for (registry_missing). */
enum registry_status {
	REGISTRY_PERMANENT,
	REGISTRY_TEMPORARY,
	REGISTRY_UNUSED,
	REGISTRY_OBSOLETE,
	REGISTRY_UNOFFICIAL,
	REGISTRY_UNASSIGNED, /* a code of a class that nothing is assigned */
	REGISTRY_UNKNOWN,    /* a query that could not be answered */
};

/* How firmly the specification ties a header field to a code: the
 * response must, should or may carry it, or the field belongs to the
 * request and the code reports on it (If-Match for 412). */
enum registry_level {
	REGISTRY_REQUIRED,
	REGISTRY_RECOMMENDED,
	REGISTRY_OPTIONAL,
	REGISTRY_REQUEST,
};

/* Whether c may be in a header field's name: a token character (RFC
 * 9110, Section 5.6.2). */
static inline int
registry_is_token_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
	       (c >= '0' && c <= '9') ||
	       (c != '\0' && strchr("!#$%&'*+-.^_`|~", c) != NULL);
}

/* A header field that goes with a code. */
struct registry_header {
	const char *name;   /* "Retry-After"; NULL ends a list */
	unsigned char level; /* enum registry_level */
	const char *role;   /* what it does for this code */
};

/* A code that people confuse with an entry, and how it differs. */
struct registry_related {
	unsigned short code;
	const char *note; /* NULL ends a list */
};

/* Codes run from 000 to 999 so that the unofficial codes vendors send
 * outside 100-599 (000, 600, 783) have a place in the index. */
#define REGISTRY_CODE_LIMIT 1000

/* The code of an entry that has none: an unknown query held no code. */
#define REGISTRY_NO_CODE REGISTRY_CODE_LIMIT

struct registry_entry {
	unsigned short code;
	unsigned char status;     /* enum registry_status */
	const char *phrase;
	const char *expires;     /* a temporary registration's YYYY-MM-DD, or "" */
	const char *origin;      /* NULL for registered codes */
	/* Unofficial: the URLs of the vendors' documentation or source code
	 * that attest the code, or one REGISTRY_UNATTESTED text saying why
	 * there is none; registered: none.  NULL-ended. */
	const char *const *sources;
	const char *reference;   /* "" for most unofficial codes */
	/* The URL of each reference, in order, "" for one that has none (a
	 * status change); worked out and checked by the generator, so that
	 * a link is never guessed at run time.  NULL-ended. */
	const char *const *urls;
	const char *const *aliases; /* former and other names, NULL-ended */
	const char *description;
	const struct registry_header *headers;  /* NULL-name-ended */
	unsigned char cacheable; /* heuristically cacheable (RFC 9110, 15.1) */
	const char *content;     /* what the content must be, or "" */
	const struct registry_related *related; /* NULL-note-ended */
};

/* How the source of an unofficial code that no vendor documents begins,
 * followed by what is known of it. */
#define REGISTRY_UNATTESTED "unattested: "

/* Whether a source says that there is none. */
static inline int
registry_source_is_unattested(const char *source)
{
	return strncmp(source, REGISTRY_UNATTESTED,
		       sizeof(REGISTRY_UNATTESTED) - 1) == 0;
}

/* Whether an unofficial entry has no primary source. */
static inline int
registry_is_unattested(const struct registry_entry *e)
{
	return e->sources[0] != NULL &&
	       registry_source_is_unattested(e->sources[0]);
}

/* What an origin says of a vendor that is gone: "Edgio, now defunct". */
#define REGISTRY_DEFUNCT "now defunct"

/* Whether an entry is of a vendor that is gone; people meet its codes
 * in old logs and posts, less often than a live vendor's. */
static inline int
registry_is_defunct(const struct registry_entry *e)
{
	return e->origin != NULL && strstr(e->origin, REGISTRY_DEFUNCT) != NULL;
}

/* The most entries the generator accepts. */
#define REGISTRY_MAX_ENTRIES 1024

/*
 * The search index, built by the generator (see match.h for how it is
 * used).  Each stemmed word of the data has postings: the entries it
 * occurs in, each with its BM25F weight for that entry, in thousandths.
 * Each name (phrase or alias) and each keyword has its key
 * (words_name_key), so that a query naming an entry finds it by one
 * lookup.
 */
struct registry_posting {
	unsigned short entry;  /* index for registry_at */
	unsigned short weight; /* idf * saturated field-weighted term count */
};

enum registry_name_kind {
	REGISTRY_NAME_PHRASE,  /* the phrase or an alias */
	REGISTRY_NAME_KEYWORD, /* a keyword, which names a code less surely */
	REGISTRY_NAME_HEADER,  /* a header field that goes with the code */
};

/* What an alias's key left out of it (see words_name_key): words before
 * or after the name ("Status" of StatusNotFound, "HttpResponse" of
 * HttpResponsePermanentRedirect), or a qualifier (HttpStatusCode.).  Such
 * an alias also has a name of its whole, which leaves out nothing. */
enum {
	REGISTRY_DROPPED_WORDS = 1,
	REGISTRY_DROPPED_QUALIFIER = 2,
};

struct registry_name {
	const char *key;
	unsigned short entry;
	unsigned char kind;    /* enum registry_name_kind */
	unsigned char level;   /* a header's enum registry_level, else 0 */
	unsigned char dropped; /* REGISTRY_DROPPED_ bits */
};

/* The postings of a stem of len bytes; returns how many and points
 * *first at them, or returns 0. */
size_t registry_postings(const char *stem, size_t len,
			 const struct registry_posting **first);

/* Every name, keyword and header field, sorted by key, then phrases and
 * aliases before keywords before header fields, then registered entries
 * first, then the headers an entry needs before those it may carry. */
size_t registry_name_count(void);
const struct registry_name *registry_name_at(size_t i);

/* The names whose key is exactly key[0..len); returns how many and
 * points *first at them, or returns 0. */
size_t registry_names(const char *key, size_t len,
		      const struct registry_name **first);

struct registry_class {
	unsigned char digit; /* 1 to 5 */
	const char *phrase;
	const char *description;
};

/* Every entry in code order; a code's registered entry comes before its
 * unofficial ones. */
size_t registry_size(void);
const struct registry_entry *registry_at(size_t i);

/* The position of an entry in registry_at's order. */
size_t registry_index(const struct registry_entry *e);

/* The entries of one code, contiguous: returns how many there are and
 * points *first at the first.  Constant time. */
size_t registry_find(unsigned code, const struct registry_entry **first);

/* The class of a first digit 1-5, or NULL. */
const struct registry_class *registry_class(unsigned digit);

/* The code an HTTP client acts on when it receives code (RFC 9110,
 * Section 15): a registered code itself, even under a vendor's meaning
 * (Fastly's 503); any other code of a class that class's x00, as a client
 * that does not know it must; and any other code at all (600, 783) 500,
 * as a client SHOULD treat an invalid status code as a server error.
 * 000 is no response at all, and REGISTRY_NO_CODE no code: 0 for both. */
unsigned registry_treat_as(unsigned code);

/* "permanent", "temporary", "unused", "obsolete", "unofficial",
 * "unassigned" or "unknown". */
const char *registry_status_name(enum registry_status status);

/* Parses a status name of exactly len bytes, of those a registry file
 * may hold (up to unofficial); -1 if it is not one. */
int registry_status_parse(const char *name, size_t len);

/* Those names, as "permanent, temporary, ... or unofficial" in buf (of
 * cap bytes), for a message; returns buf. */
const char *registry_status_list(char *buf, size_t cap);

/* Fills e as the entry of an answer the registry has none for: code
 * (REGISTRY_NO_CODE for none), status REGISTRY_UNASSIGNED or
 * REGISTRY_UNKNOWN, and every other field empty.  Such an entry has no
 * registry_index. */
void registry_missing(struct registry_entry *e, unsigned code,
		      enum registry_status status);

/* Whether e is an entry of registry_missing's. */
static inline int
registry_is_missing(const struct registry_entry *e)
{
	return e->status == REGISTRY_UNASSIGNED || e->status == REGISTRY_UNKNOWN;
}

/* "required", "recommended", "optional" or "request", and back. */
const char *registry_level_name(enum registry_level level);
int registry_level_parse(const char *name, size_t len);
const char *registry_level_list(char *buf, size_t cap);

/* The longest phrase or alias, in bytes; the generator refuses longer. */
#define REGISTRY_NAME_MAX 255

/* Whether an entry is in the IANA registry at all. */
static inline int
registry_is_official(const struct registry_entry *e)
{
	return e->status <= REGISTRY_OBSOLETE;
}

#endif
