/* Problems found in content files, reported as FILE:LINE:COL: message. */
#ifndef VE_DIAG_H
#define VE_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

typedef enum { DIAG_WARNING, DIAG_ERROR } diag_level;

typedef struct diag_msg {
    diag_level level;
    char *file;    /* relative to the store directory */
    int line, col; /* 1-based; 0 when the problem is about the whole file */
    char *text;
} diag_msg;

typedef struct diag {
    diag_msg *msgs;
    size_t n, cap;
    size_t errors, warnings; /* counted even past the cap */
    size_t max_kept;         /* 0: keep DIAG_DEFAULT_CAP */
    bool strict;             /* --strict: also the checks the bundled content is still being brought up to */
} diag;

enum { DIAG_DEFAULT_CAP = 200 };

void diag_add(diag *d, diag_level level, const char *file, int line, int col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));
/* Writes every message, then a summary line when more were found than kept. */
void diag_print(const diag *d, FILE *out);
void diag_free(diag *d);

/* Line and column (1-based, column in characters) of byte offset off in text. */
void diag_line_col(const char *text, size_t len, size_t off, int *line, int *col);

#endif
