/* gen-file.h - the generator's files: inputs read whole, the output checked before it is replaced. */
#ifndef HTTPSTATUS_GEN_FILE_H
#define HTTPSTATUS_GEN_FILE_H

#include <stddef.h>

/* Reads the regular file at path whole into a new buffer with the spare
 * byte csv_init needs; returns it with its length in *len, or NULL with
 * the reason in why (of cap bytes).  Anything but a regular file is
 * refused before it is read, and so is a file of more than max bytes,
 * so that a device that never ends cannot fill the memory. */
char *genfile_read(const char *path, size_t max, size_t *len, char *why,
		   size_t cap);

/* Whether the generator may replace path with its output: 0 if nothing
 * is there or a regular file that is none of inputs[0..n) is; -1 with
 * the reason in why if it is something else (a symbolic link, a device,
 * a directory, ...), which renaming a file over it would destroy, or one
 * of the inputs, under any name. */
int genfile_check_output(const char *path, const char *const *inputs,
			 size_t n, char *why, size_t cap);

/* A template for mkstemp that makes a temporary file in the directory of
 * path, under a short name of its own, so that any name that fits the
 * directory may be the output's; a new string, or NULL when memory runs
 * out. */
char *genfile_temp_name(const char *path);

#endif
