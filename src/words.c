/* words.c - the one normal form in which names, data and queries are compared. */
#include "words.h"

#include <string.h>

#include "query.h"

static int
is_upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static int
is_lower(char c)
{
	return c >= 'a' && c <= 'z';
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static int
is_alnum(char c)
{
	return is_upper(c) || is_lower(c) || is_digit(c);
}

/* The ASCII letter of each of U+00C0 to U+00FF (UTF-8 C3 80 to C3 BF);
 * 0 for the two signs among them, which separate words.  U+00DF, the
 * sharp s, is written "ss" by the caller. */
static const char latin1_letters[64] = "aaaaaaaceeeeiiiidnooooo\0ouuuuyts"
				       "aaaaaaaceeeeiiiidnooooo\0ouuuuyty";

/* Appends c to out, after a space if a word ended before it; -1 if the
 * byte and its NUL do not fit. */
static int
put(char *out, size_t cap, size_t *n, int *gap, char c)
{
	if (*gap) {
		if (*n + 1 >= cap)
			return -1;
		out[(*n)++] = ' ';
		*gap = 0;
	}
	if (*n + 1 >= cap)
		return -1;
	out[(*n)++] = c;
	return 0;
}

size_t
words_normalize(const char *s, size_t len, int split_camel, char *out,
		size_t cap)
{
	size_t n = 0, i;
	int gap = 0, rc;

	if (cap == 0)
		return 0;
	for (i = 0; i < len; i++) {
		char c = s[i];
		unsigned char u = (unsigned char)c;

		if (c == '\'')
			continue;
		if (u == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
		    (unsigned char)s[i + 2] == 0x99) {
			i += 2; /* U+2019, the typographic apostrophe */
			continue;
		}
		if (u == 0xc3 && i + 1 < len && (unsigned char)s[i + 1] >= 0x80 &&
		    (unsigned char)s[i + 1] <= 0xbf) {
			unsigned char next = (unsigned char)s[++i];
			char folded = latin1_letters[next - 0x80];

			if (folded == 0) {
				gap = n > 0;
				continue;
			}
			rc = put(out, cap, &n, &gap, folded);
			if (rc == 0 && next == 0x9f)
				rc = put(out, cap, &n, &gap, 's'); /* ß: ss */
			if (rc < 0)
				return cap;
			continue;
		}
		if (!is_alnum(c) && u < 0x80) {
			gap = n > 0;
			continue;
		}
		/* A capital starts a word after a lowercase letter
		 * ("notFound") or ends an acronym ("HTTPStatus"); digits
		 * and letters part ("Status404NotFound"). */
		if (split_camel && n > 0 && i > 0 &&
		    ((is_upper(c) &&
		      (is_lower(s[i - 1]) ||
		       (is_upper(s[i - 1]) && i + 1 < len &&
			is_lower(s[i + 1])))) ||
		     (is_alnum(s[i - 1]) && is_digit(c) != is_digit(s[i - 1]))))
			gap = 1;
		if (put(out, cap, &n, &gap, is_upper(c) ? (char)(c - 'A' + 'a') : c) <
		    0)
			return cap;
	}
	out[n] = '\0';
	return n;
}

/* Words that libraries put before the name of a status in their
 * constants: HTTP_NOT_FOUND, SC_NOT_FOUND, StatusNotFound,
 * HTTPStatus.NOT_FOUND, HttpStatusCode.NotFound, codes.not_found. */
static const char *const name_prefixes[] = {
	"http", "status", "statuses", "code", "codes", "sc", "rc", "response",
	"httpstatus", "httpstatuscode",
};

static int
is_prefix_word(const char *w, size_t len)
{
	size_t i;

	if (len == 3 && is_digit(w[0]) && is_digit(w[1]) && is_digit(w[2]))
		return 1;
	for (i = 0; i < sizeof(name_prefixes) / sizeof(name_prefixes[0]); i++)
		if (strlen(name_prefixes[i]) == len &&
		    memcmp(name_prefixes[i], w, len) == 0)
			return 1;
	return 0;
}

/* Whether s begins with a prefix word in capitals run straight into a
 * capitalised name: aiohttp's HTTPOk, whose "Ok" is too short to tell
 * from the plural of an acronym by its case alone. */
static int
runs_into_prefix(const char *s, size_t len)
{
	char lower[16];
	size_t i;

	for (i = 0; i < len && i < sizeof(lower) && is_upper(s[i]); i++)
		lower[i] = (char)(s[i] - 'A' + 'a');
	/* The last capital starts the name. */
	return i >= 3 && i < len && is_lower(s[i]) &&
	       is_prefix_word(lower, i - 1);
}

int
words_is_constant(const char *s, size_t len)
{
	size_t i;

	/* Constants hold no spaces: "nOT fOUND" is words typed oddly. */
	for (i = 0; i < len; i++)
		if (query_is_space(s[i]))
			return 0;
	if (runs_into_prefix(s, len))
		return 1;
	for (i = 0; i < len; i++) {
		if (s[i] == '_' || s[i] == ':' || s[i] == '.')
			return 1;
		if (i > 0 && is_upper(s[i]) && is_lower(s[i - 1]))
			return 1;
		/* An acronym run into a word: IMUsed, HTTPCreated; but a
		 * plural of one ("URLs") is a word. */
		if (i >= 2 && i + 2 < len && is_upper(s[i - 2]) &&
		    is_upper(s[i - 1]) && is_upper(s[i]) && is_lower(s[i + 1]) &&
		    is_lower(s[i + 2]))
			return 1;
		/* A code run into a name: status413, notFound404. */
		if (i > 0 && i + 3 <= len && is_digit(s[i]) &&
		    !is_digit(s[i - 1]) && is_alnum(s[i - 1]) &&
		    is_digit(s[i + 1]) && is_digit(s[i + 2]) &&
		    (i + 3 == len || !is_digit(s[i + 3])))
			return 1;
	}
	return 0;
}

/* The last space in s[0..len), or NULL. */
static const char *
memrchr_space(const char *s, size_t len)
{
	while (len > 0)
		if (s[--len] == ' ')
			return s + len;
	return NULL;
}

/* The length of a name without its trailing note: "Redirect (.NET)"
 * says whose name it is. */
static size_t
without_note(const char *s, size_t len)
{
	size_t i;

	if (len > 0 && s[len - 1] == ')')
		for (i = len - 1; i > 1; i--)
			if (s[i] == '(' && s[i - 1] == ' ')
				return i - 1;
	return len;
}

size_t
words_full_key(const char *s, size_t len, char *out, size_t cap)
{
	len = without_note(s, len);
	return words_normalize(s, len, words_is_constant(s, len), out, cap);
}

size_t
words_name_key(const char *s, size_t len, char *out, size_t cap)
{
	struct words_dropped dropped;

	return words_name_key_dropping(s, len, out, cap, &dropped);
}

size_t
words_name_key_dropping(const char *s, size_t len, char *out, size_t cap,
			struct words_dropped *dropped)
{
	size_t n, i, start = 0, end, first;
	int constant;

	dropped->qualifier = 0;
	dropped->words = 0;
	len = without_note(s, len);
	constant = words_is_constant(s, len);
	if (constant) {
		/* The qualifier: "HttpStatusCode.", "Response::", ":". */
		for (i = len; i > 0; i--)
			if (s[i - 1] == '.' || s[i - 1] == ':')
				break;
		if (i < len) {
			/* A Rack or Plug symbol's colon qualifies nothing. */
			dropped->qualifier = i > 1;
			s += i;
			len -= i;
		}
	}
	n = words_normalize(s, len, constant, out, cap);
	if (n >= cap)
		return cap;
	/* Ruby's Net::HTTPOK and Net::HTTPURITooLong run the prefix into
	 * an acronym, which no case change splits. */
	first = strcspn(out, " ");
	if (constant && first > 4 && memcmp(out, "http", 4) == 0 &&
	    !is_prefix_word(out, first) &&
	    !(first == 5 && out[4] == 's')) { /* HTTPS_PORT keeps its https */
		start = 4;
		dropped->words++;
	}

	/* Leading prefix words and codes, as long as a word remains. */
	for (;;) {
		const char *space = memchr(out + start, ' ', n - start);

		if (space == NULL ||
		    !is_prefix_word(out + start, (size_t)(space - (out + start))))
			break;
		start = (size_t)(space - out) + 1;
		dropped->words++;
	}
	/* Then, from the end, a code (notFound404) and the words exception
	 * classes add (NotFoundException, NotFoundHttpException). */
	for (end = n;;) {
		const char *space = memrchr_space(out + start, end - start);
		size_t wlen = space ? (size_t)(out + end - space - 1) : 0;

		if (space == NULL ||
		    !((wlen == 3 && is_digit(space[1]) &&
		       is_prefix_word(space + 1, 3)) ||
		      (wlen == 9 && memcmp(space + 1, "exception", 9) == 0) ||
		      (wlen == 4 && memcmp(space + 1, "http", 4) == 0)))
			break;
		end = (size_t)(space - out);
		dropped->words++;
	}
	memmove(out, out + start, end - start);
	out[end - start] = '\0';
	return end - start;
}

/* Sorted, for a binary search.  "no", "not" and "too" are not here: they
 * carry meaning in "No Content", "Not Found" and "Too Early". */
static const char *const stop_words[] = {
	"about", "am", "an", "and", "any", "are", "as", "at", "be", "been",
	"being", "but", "by", "can", "code", "codes", "could", "did", "do",
	"does", "doing", "for", "from", "get", "getting", "got", "had", "has",
	"have", "having", "he", "her", "him", "his", "how", "http", "if", "im",
	"in", "into", "is", "it", "its", "me", "mean", "meaning", "means",
	"my", "of", "on", "or", "our", "she", "should", "so", "status",
	"that", "the", "their", "them", "then", "there", "these", "they",
	"this", "those", "us", "was", "we", "were", "what", "whats", "when",
	"where", "which", "who", "why", "will", "with", "would", "you",
	"your",
};

int
words_compare_key(const char *key, const char *s, size_t len)
{
	int cmp = strncmp(key, s, len);

	/* A key that s is a prefix of sorts after it. */
	if (cmp == 0 && key[len] != '\0')
		return 1;
	return cmp;
}

/* The key an element of a table that words_search searches begins with. */
static const char *
key_at(const void *items, size_t size, size_t i)
{
	return *(const char *const *)(const void *)((const char *)items +
						    i * size);
}

size_t
words_search(const void *items, size_t n, size_t size, const char *s,
	     size_t len, int *found)
{
	size_t lo = 0, hi = n;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (words_compare_key(key_at(items, size, mid), s, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	*found = lo < n && words_compare_key(key_at(items, size, lo), s, len) == 0;
	return lo;
}

int
words_is_stop(const char *w, size_t len)
{
	int found;

	if (len <= 1)
		return 1;
	words_search(stop_words, sizeof(stop_words) / sizeof(stop_words[0]),
		     sizeof(stop_words[0]), w, len, &found);
	return found;
}

/* Sorted by verb, then particle.  Only pairs whose meaning the parts do
 * not carry: "slow down" still means slow, "server down" down.  Verbs
 * are given as Snowball stems them ("logged" -> "log", "timing" ->
 * "time"); it leaves irregular pasts alone, so they are listed too. */
static const struct phrasal {
	const char *verb, *particle, *term;
} phrasals[] = {
	{"gave", "up", "giveup"},  {"give", "up", "giveup"},
	{"given", "up", "giveup"}, {"hang", "up", "hangup"},
	{"hung", "up", "hangup"},  {"log", "in", "login"},
	{"log", "off", "logoff"},  {"log", "on", "logon"},
	{"log", "out", "logout"},  {"set", "up", "setup"},
	{"sign", "in", "signin"},  {"sign", "on", "signon"},
	{"sign", "out", "signout"}, {"sign", "up", "signup"},
	{"time", "out", "timeout"},
};

static int
same_word(const char *word, const char *s, size_t len)
{
	return strlen(word) == len && memcmp(word, s, len) == 0;
}

int
words_is_particle(const char *w, size_t len)
{
	size_t i;

	for (i = 0; i < sizeof(phrasals) / sizeof(phrasals[0]); i++)
		if (same_word(phrasals[i].particle, w, len))
			return 1;
	return 0;
}

const char *
words_phrasal(const char *stem, size_t stemlen, const char *particle,
	      size_t particlelen)
{
	size_t i;

	/* A short table, read once a word: no search is worth its code. */
	for (i = 0; i < sizeof(phrasals) / sizeof(phrasals[0]); i++)
		if (same_word(phrasals[i].verb, stem, stemlen) &&
		    same_word(phrasals[i].particle, particle, particlelen))
			return phrasals[i].term;
	return NULL;
}

size_t
words_next(const char **cursor, const char **word)
{
	const char *p = *cursor;
	size_t len;

	while (*p == ' ')
		p++;
	len = strcspn(p, " ");
	*word = p;
	*cursor = p + len;
	return len;
}
