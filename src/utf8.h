/* utf8.h - validation of UTF-8 sequences, shared by the reader and the writer. */
#ifndef HTTPSTATUS_UTF8_H
#define HTTPSTATUS_UTF8_H

#include <stddef.h>

/* Length of the valid UTF-8 sequence at s (at most n bytes), or 0.
 * Overlong forms, surrogates and code points past U+10FFFF are invalid. */
size_t utf8_length(const unsigned char *s, size_t n);

#endif
