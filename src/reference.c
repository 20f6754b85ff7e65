/* reference.c - a registry row's references, and the URL the generator gives each. */
#include "reference.h"

#include <stdio.h>
#include <string.h>

const char *
reference_next(const char **cursor, size_t *len)
{
	const char *ref = *cursor, *semi;

	if (*ref == '\0')
		return NULL;
	semi = strstr(ref, "; ");
	*len = semi ? (size_t)(semi - ref) : strlen(ref);
	*cursor = semi ? semi + 2 : ref + *len;
	return ref;
}

/* How many bytes of s[0..len) are of the set chars, from the start. */
static size_t
span(const char *s, size_t len, const char *chars)
{
	size_t n = 0;

	while (n < len && strchr(chars, s[n]) != NULL && s[n] != '\0')
		n++;
	return n;
}

/* Whether s[0..len) begins with prefix and goes on with the name of a
 * document: lower-case letters, digits and hyphens. */
static int
is_document(const char *s, size_t len, const char *prefix)
{
	size_t n = strlen(prefix);

	return len > n && memcmp(s, prefix, n) == 0 &&
	       span(s + n, len - n, "abcdefghijklmnopqrstuvwxyz0123456789-") ==
		       len - n;
}

/* Whether s[0..len) is a section number: "15", "15.5.5". */
static int
is_section(const char *s, size_t len)
{
	size_t i;

	if (len == 0 || s[0] == '.' || s[len - 1] == '.')
		return 0;
	for (i = 1; i < len; i++)
		if (s[i] == '.' && s[i - 1] == '.')
			return 0;
	return span(s, len, "0123456789.") == len;
}

int
reference_url(const char *ref, size_t len, char url[REFERENCE_URL_MAX])
{
	static const char section[] = ", Section ";
	const size_t seclen = sizeof(section) - 1;
	size_t digits;
	int n = -1;

	url[0] = '\0';
	if (len > 4 && memcmp(ref, "RFC ", 4) == 0) {
		digits = span(ref + 4, len - 4, "0123456789");
		if (digits == 0 || digits > 5)
			return -1;
		if (4 + digits == len)
			n = snprintf(url, REFERENCE_URL_MAX,
				     "https://www.rfc-editor.org/rfc/rfc%.*s",
				     (int)digits, ref + 4);
		else if (len > 4 + digits + seclen &&
			 memcmp(ref + 4 + digits, section, seclen) == 0 &&
			 is_section(ref + 4 + digits + seclen,
				    len - 4 - digits - seclen))
			n = snprintf(url, REFERENCE_URL_MAX,
				     "https://www.rfc-editor.org/rfc/rfc%.*s"
				     "#section-%.*s",
				     (int)digits, ref + 4,
				     (int)(len - 4 - digits - seclen),
				     ref + 4 + digits + seclen);
	} else if (is_document(ref, len, "draft-")) {
		n = snprintf(url, REFERENCE_URL_MAX,
			     "https://datatracker.ietf.org/doc/html/%.*s",
			     (int)len, ref);
	} else if (is_document(ref, len, "status-change-")) {
		return 0;
	}
	if (n < 0 || n >= REFERENCE_URL_MAX) {
		url[0] = '\0';
		return -1;
	}
	return 0;
}
