/* Standard output whose write errors are remembered with their reason. stdio reports a failed
 * write only as an error flag, and drops the data it could not write, so by the time a command
 * ends the reason ("No space left on device", "Broken pipe") is gone; this stream keeps the
 * first one. */
#ifndef NB_STDOUT_GUARD_H
#define NB_STDOUT_GUARD_H

/* Puts the guarded stream in place of stdout (over the same file descriptor, buffered as
 * stdout was: by lines on a terminal, fully otherwise). Call once, before any output. */
void nb_stdout_guard(void);

/* Flushes stdout; returns 0 when everything written to it reached the file descriptor, else
 * the errno of the first write that failed. */
int nb_stdout_error(void);

#endif
