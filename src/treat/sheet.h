/* The visit sheet a patient takes home: one plain text, in the reader's language,
 * made from state only (treat/sheet_code.h's sheet_spec: the answers and the picked
 * options): the date, the answers, each compared option with its mark, reason,
 * chance of improvement and common side effects, the questions for the doctor, the
 * content's review date and the disclaimer.  Nothing else: no topic read, no search
 * text.  The QR codes, the front desk's --sheet and the saved file all print this.
 * Never includes curses. */
#ifndef VE_SHEET_H
#define VE_SHEET_H

#include "content/store.h"
#include "core/strbuf.h"
#include "treat/sheet_code.h"

/* Lines are not wrapped at width 0 (for QR codes: the phone wraps them). */
enum { SHEET_NO_WRAP = 0 };

/* Appends the sheet for sp to out, with its sheet code when one can be made.  The
 * date is the store's today (--today, else the clock at load). */
void sheet_build(strbuf *out, const store *st, const sheet_spec *sp, int width);

/* "2026-12-01" for the store's today. */
void sheet_date(const store *st, char out[11]);

#endif
