/* stream.h - answers queries read one per line, at the speed of the input. */
#ifndef HTTPSTATUS_STREAM_H
#define HTTPSTATUS_STREAM_H

#include <stddef.h>

#include "answer.h"
#include "code.h"
#include "log.h"
#include "query.h"

/* Lines longer than a query can be are reported, and read no further. */
#define STREAM_LINE_MAX QUERY_MAX
#define STREAM_BUFSIZE 65536
/* A log line holds a request line, which servers take up to 8 KiB long
 * and may write with each byte escaped as four. */
#define STREAM_LOG_LINE_MAX (32 * 1024)

enum stream_event {
	STREAM_LINE,      /* a line, without its newline: its query */
	STREAM_END,       /* end of input */
	STREAM_TOO_LONG,  /* a line over line_max; the rest is skipped */
	STREAM_NUL,       /* a line holding a NUL byte (but in a log) */
	STREAM_NO_STATUS, /* a log line with no status; why says why */
	STREAM_ERROR,     /* a read error; errno-style code in error */
};

struct stream_reader {
	int fd;
	int eof;
	int error;
	int skipping;         /* inside an overlong line */
	int fast;             /* stream_next may return a code alone at once:
			       * not while skipping, nor in a log */
	size_t line_max;      /* the longest line returned as one */
	const struct log_spec *log; /* where a line's query is; NULL: all */
	char why[128];        /* for STREAM_NO_STATUS */
	unsigned long line;   /* number of the line last returned */
	size_t start, end;    /* unread bytes are buf[start..end) */
	char buf[STREAM_BUFSIZE];
};

/* Sets r up to read fd, whose lines are each a query. */
void stream_init(struct stream_reader *r, int fd);

/* Makes r read each line as a log's, as log says (LOG_NONE: as a
 * query): a line's query is then its status, which log_status finds. */
void stream_read_log(struct stream_reader *r, const struct log_spec *log);

/* stream_next for every line but the commonest. */
enum stream_event stream_next_slow(struct stream_reader *r, const char **line,
				   size_t *len);

/* Returns the next event; for STREAM_LINE, *line and *len hold its
 * query (valid until the next call): the line, without a UTF-8 byte-order
 * mark that begins the input, or in a log the line's status. */
static inline enum stream_event
stream_next(struct stream_reader *r, const char **line, size_t *len)
{
	const char *p = r->buf + r->start;
	size_t n = r->end - r->start;
	unsigned code;

	/* The commonest line of a stream, a code alone ("404\n"), is found
	 * without a search for its end. */
	if (n >= 4 && p[3] == '\n' && r->fast &&
	    code_parse(p, 3, &code) == 0) {
		*line = p;
		*len = 3;
		r->start += 4;
		r->line++;
		return STREAM_LINE;
	}
	return stream_next_slow(r, line, len);
}

/* Answers every line of fd, in order, with one record or more (see
 * answer.h), but for the header fields of a response head, which get
 * none.  Where a line's query is, log says: NULL or LOG_NONE for the
 * whole line.  name ("stdin") prefixes messages about a line.  Returns
 * the worst exit status.  Stops early when the output fails.  ctx has no
 * tally: that is stream_count's. */
int stream_answer(const struct answer_context *ctx, int fd, const char *name,
		  const struct log_spec *log);

/* --count: answers the lines of fd as stream_answer does, but counts each
 * answer instead of writing it, then writes the summary, and says how
 * many lines had no answer and which was first.  Returns the exit
 * status. */
int stream_count(const struct answer_context *ctx, int fd, const char *name,
		 const struct log_spec *log);

#endif
