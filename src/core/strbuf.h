/* A growable byte string that is always NUL-terminated. */
#ifndef VE_STRBUF_H
#define VE_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

typedef struct strbuf {
    char *s;
    size_t len, cap;
} strbuf;

void sb_append(strbuf *b, const char *s, size_t n);
void sb_puts(strbuf *b, const char *s);
void sb_putc(strbuf *b, char c);
void sb_printf(strbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void sb_vprintf(strbuf *b, const char *fmt, va_list ap);
void sb_repeat(strbuf *b, const char *s, int times);
void sb_clear(strbuf *b);
void sb_free(strbuf *b);
/* Hands the string over to the caller (free() it); the buffer is empty afterwards. */
char *sb_take(strbuf *b);

#endif
