#include "text/qr.h"

#include <dlfcn.h>
#include <qrencode.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "core/dynlib.h"
#include "core/xalloc.h"

/* libqrencode is loaded the first time a code is made, as OpenCC is
 * (src/content/opencc_load.c): only the take-home screen needs it, and a library
 * linked at start-up costs every start about 0.2 ms here (it also brings libpthread),
 * the search on the command line and the kiosk's first screen included.  The Debian
 * package depends on it by name (debian/control), since dpkg-shlibdeps cannot see it. */
static const char *const library_names[] = { "libqrencode.so.4", "libqrencode.so" };

static struct {
    QRinput *(*input_new2)(int version, QRecLevel level);
    int (*append_eci)(QRinput *input, unsigned int ecinum);
    int (*append)(QRinput *input, QRencodeMode mode, int size, const unsigned char *data);
    QRcode *(*encode_input)(QRinput *input);
    void (*input_free)(QRinput *input);
    void (*code_free)(QRcode *qrcode);
} api;
static const dynlib_sym symbols[] = {
    { "QRinput_new2", &api.input_new2, sizeof api.input_new2 },
    { "QRinput_appendECIheader", &api.append_eci, sizeof api.append_eci },
    { "QRinput_append", &api.append, sizeof api.append },
    { "QRcode_encodeInput", &api.encode_input, sizeof api.encode_input },
    { "QRinput_free", &api.input_free, sizeof api.input_free },
    { "QRcode_free", &api.code_free, sizeof api.code_free },
};
static dynlib library = { library_names, sizeof library_names / sizeof *library_names, symbols,
                          sizeof symbols / sizeof *symbols, NULL, false };

void *(*qr_dlopen)(const char *file, int mode) = dlopen;

bool qr_available(void) { return dynlib_ready(&library, qr_dlopen); }

enum { ECI_UTF8 = 26, ECI_BYTES = 3 };

/* ISO/IEC 18004 table 7: 8-bit bytes per version at error correction level L.  The
 * unit test checks it against libqrencode.  Each code also starts with an ECI header
 * saying the bytes are UTF-8 (ECI 26), so a phone never reads Chinese as Shift JIS or
 * Latin-1; with libqrencode it costs 3 bytes (checked by the unit test). */
static const short capacity_l[QR_MAX_VERSION + 1] = {
    0,    17,   32,   53,   78,   106,  134,  154,  192,  230,  271,  321,  367,  425,
    458,  520,  586,  644,  718,  792,  858,  929,  1003, 1091, 1171, 1273, 1367, 1465,
    1528, 1628, 1732, 1840, 1952, 2068, 2188, 2303, 2431, 2563, 2699, 2809, 2953,
};

int qr_capacity(int version)
{
    return version >= 1 && version <= QR_MAX_VERSION ? capacity_l[version] - ECI_BYTES : 0;
}

int qr_fit_version(int cols, int rows)
{
    int best = 0;
    for (int v = 1; v <= QR_MAX_VERSION; v++)
        if (qr_span(v) <= cols && qr_span(v) <= 2 * rows)
            best = v;
    return best;
}

/* The last byte offset in (from, from + room] at which text may be cut: after a
 * newline, else after a space, else at the start of a UTF-8 character. */
static size_t cut_at(const char *text, size_t from, size_t len, size_t room)
{
    size_t end = from + room;
    if (end >= len)
        return len;
    for (size_t i = end; i > from; i--)
        if (text[i - 1] == '\n')
            return i;
    for (size_t i = end; i > from + room / 2; i--)
        if (text[i - 1] == ' ')
            return i;
    size_t i = end;
    while (i > from + 1 && ((unsigned char)text[i] & 0xc0) == 0x80)
        i--;
    return i;
}

size_t qr_split(const char *text, int version, qr_part *parts, size_t max)
{
    size_t len = strlen(text);
    size_t cap = (size_t)qr_capacity(version);
    if (cap == 0 || max == 0)
        return max + 1;
    if (len <= cap) {
        parts[0] = (qr_part){ 0, len };
        return 1;
    }
    if (cap <= QR_HEADER_MAX + 4)
        return max + 1;
    size_t room = cap - QR_HEADER_MAX, n = 0, at = 0;
    while (at < len) {
        if (n == max)
            return max + 1;
        size_t end = cut_at(text, at, len, room);
        parts[n++] = (qr_part){ at, end };
        at = end;
    }
    return n;
}

void qr_part_data(const char *text, const qr_part *p, size_t k, size_t n, char **data, size_t *len)
{
    size_t body = p->end - p->start;
    char *d = xmalloc(QR_HEADER_MAX + body + 1);
    int h = 0;
    if (n > 1)
        h = snprintf(d, QR_HEADER_MAX + 1, "[%zu/%zu]\n", k + 1, n);
    if (h < 0)
        h = 0;
    memcpy(d + h, text + p->start, body);
    d[h + body] = '\0';
    *data = d;
    *len = (size_t)h + body;
}

bool qr_encode(const char *data, size_t len, qr_code *out)
{
    *out = (qr_code){ 0 };
    if (len == 0 || len > (size_t)qr_capacity(QR_MAX_VERSION) || !qr_available())
        return false;
    QRinput *in = api.input_new2(0, QR_ECLEVEL_L);
    if (!in)
        return false;
    QRcode *q = NULL;
    if (api.append_eci(in, ECI_UTF8) == 0 && api.append(in, QR_MODE_8, (int)len, (const unsigned char *)data) == 0)
        q = api.encode_input(in);
    api.input_free(in);
    if (!q)
        return false;
    out->version = q->version;
    out->size = q->width;
    out->dark = xmalloc(sizeof *out->dark * (size_t)q->width * (size_t)q->width);
    for (int i = 0; i < q->width * q->width; i++)
        out->dark[i] = q->data[i] & 1;
    api.code_free(q);
    return true;
}

void qr_free(qr_code *q)
{
    free(q->dark);
    *q = (qr_code){ 0 };
}

bool qr_dark_at(const qr_code *q, int x, int y)
{
    x -= QR_QUIET;
    y -= QR_QUIET;
    if (x < 0 || y < 0 || x >= q->size || y >= q->size)
        return false;
    return q->dark[y * q->size + x];
}
