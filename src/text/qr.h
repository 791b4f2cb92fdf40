/* QR codes for a text (libqrencode): the largest code that fits a space of
 * terminal cells, the text split into numbered parts that each fit one code, and
 * the modules of one part.  A terminal cell shows two modules, one above the other
 * (half blocks), so a cell row is two module rows.  Pure: drawing is src/ui's.
 * Never includes curses. */
#ifndef VE_QR_H
#define VE_QR_H

#include <stdbool.h>
#include <stddef.h>

enum {
    QR_QUIET = 4,          /* light modules around the code on each side (ISO/IEC 18004) */
    QR_MAX_VERSION = 40,
    QR_MAX_PARTS = 99,     /* "[99/99]" */
    QR_HEADER_MAX = 8,     /* "[12/34]\n": what a numbered part starts with */
};

/* The modules of a version-v code with its quiet zone, across (and down). */
static inline int qr_span(int version) { return 17 + 4 * version + 2 * QR_QUIET; }

/* The largest version whose code and quiet zone fit cols x rows cells (rows hold two
 * modules each); 0 when not even version 1 fits. */
int qr_fit_version(int cols, int rows);

/* Bytes of text one code of this version holds (UTF-8 marked with ECI 26, 8-bit data,
 * error correction L). */
int qr_capacity(int version);

/* One part of the text: bytes [start, end), shown after the header "[k/n]\n" when
 * there is more than one part. */
typedef struct qr_part {
    size_t start, end;
} qr_part;

/* Splits text into parts that each fit a code of version (with its header), at line
 * ends where possible, else at a space, else between two characters; the parts in
 * order are the text exactly.  Returns the number of parts (at most max; a text
 * that needs more returns max + 1 and leaves parts partly filled). */
size_t qr_split(const char *text, int version, qr_part *parts, size_t max);

/* The data of part k of n: the header (when n > 1) and the part's text. */
void qr_part_data(const char *text, const qr_part *p, size_t k, size_t n, char **data, size_t *len);

/* The modules of one code, without the quiet zone: size x size, row by row, true =
 * dark. */
typedef struct qr_code {
    int version, size;
    bool *dark;
} qr_code;

/* Whether libqrencode could be loaded (it is, the first time this is asked). */
bool qr_available(void);
/* How it is loaded: dlopen, or a test's stand-in for a machine without it. */
extern void *(*qr_dlopen)(const char *file, int mode);

/* Encodes data as UTF-8 text (ECI 26, error correction L); false when it does not fit
 * a code at all, or libqrencode is missing. */
bool qr_encode(const char *data, size_t len, qr_code *out);
void qr_free(qr_code *q);

/* Whether the module at (x, y) of the code with its quiet zone (0 <= x, y < the
 * code's span) is dark. */
bool qr_dark_at(const qr_code *q, int x, int y);

#endif
