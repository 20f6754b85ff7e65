/* words.c - the one normal form in which names and queries are compared. */
#include "words.h"

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
is_word_byte(char c)
{
	return is_upper(c) || is_lower(c) || (c >= '0' && c <= '9') ||
	       (unsigned char)c >= 0x80;
}

size_t
words_normalize(const char *s, size_t len, int split_camel, char *out,
		size_t cap)
{
	size_t n = 0, i;
	int gap = 0;

	if (cap == 0)
		return 0;
	for (i = 0; i < len; i++) {
		char c = s[i];

		if (c == '\'')
			continue;
		if (!is_word_byte(c)) {
			gap = n > 0;
			continue;
		}
		/* A capital starts a word after a lowercase letter
		 * ("notFound") or ends an acronym ("HTTPStatus"). */
		if (split_camel && n > 0 && is_upper(c) && i > 0 &&
		    (is_lower(s[i - 1]) ||
		     (is_upper(s[i - 1]) && i + 1 < len && is_lower(s[i + 1]))))
			gap = 1;
		if (gap) {
			if (n + 1 >= cap)
				return cap;
			out[n++] = ' ';
			gap = 0;
		}
		if (n + 1 >= cap)
			return cap;
		out[n++] = is_upper(c) ? (char)(c - 'A' + 'a') : c;
	}
	out[n] = '\0';
	return n;
}
