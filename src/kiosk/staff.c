#include "kiosk/staff.h"

#include <ctype.h>
#include <stdlib.h>
#include <string.h>

static const staff_key default_seq[] = { STAFF_KEY_FN(12), STAFF_KEY_FN(12) };

void staff_exit_init(staff_exit *s, const staff_spec *spec)
{
    *s = (staff_exit){ 0 };
    if (spec)
        s->spec = *spec;
    if (s->spec.nseq == 0) {
        s->spec.nseq = sizeof default_seq / sizeof default_seq[0];
        memcpy(s->spec.seq, default_seq, sizeof default_seq);
    }
}

bool staff_exit_enabled(const staff_exit *s) { return s->spec.code[0] != '\0'; }

void staff_exit_reset(staff_exit *s)
{
    s->matched = 0;
    s->entering = false;
    memset(s->typed, 0, sizeof s->typed);
    s->ntyped = 0;
    s->overflow = false;
}

/* Compares every character whatever the outcome, so the time taken says nothing. */
static bool same_code(const char *typed, size_t ntyped, bool overflow, const char *code)
{
    size_t ncode = strlen(code);
    unsigned diff = (unsigned)(ntyped != ncode) | (unsigned)overflow;
    for (size_t i = 0; i < STAFF_CODE_MAX; i++) {
        char a = i < ntyped ? typed[i] : 0, b = i < ncode ? code[i] : 0;
        diff |= (unsigned)(a ^ b);
    }
    return diff == 0;
}

static staff_verdict finish_code(staff_exit *s, long now_ms)
{
    bool ok = same_code(s->typed, s->ntyped, s->overflow, s->spec.code);
    staff_exit_reset(s);
    if (ok) {
        s->wrong = 0;
        return STAFF_EXIT;
    }
    if (++s->wrong >= STAFF_MAX_TRIES) {
        s->wrong = 0;
        s->locked = true;
        s->locked_until = now_ms + STAFF_LOCKOUT_MS;
    }
    return STAFF_SWALLOW;
}

static staff_verdict feed_code(staff_exit *s, staff_key k, long now_ms)
{
    if (k >= '0' && k <= '9') {
        if (s->ntyped < STAFF_CODE_MAX)
            s->typed[s->ntyped++] = (char)k;
        else
            s->overflow = true;
        s->last_ms = now_ms;
        return STAFF_SWALLOW;
    }
    if (k == STAFF_KEY_BACKSPACE) {
        if (s->ntyped)
            s->typed[--s->ntyped] = '\0';
        s->last_ms = now_ms;
        return STAFF_SWALLOW;
    }
    if (k == STAFF_KEY_ENTER || k == '\r')
        return finish_code(s, now_ms);
    /* anything else: a patient pressed the sequence by chance; carry on as usual */
    staff_exit_reset(s);
    return STAFF_PASS;
}

staff_verdict staff_exit_feed(staff_exit *s, staff_key k, long now_ms)
{
    if (k == STAFF_KEY_NONE || !staff_exit_enabled(s))
        return STAFF_PASS;
    if (s->locked) {
        if (now_ms < s->locked_until && now_ms >= s->locked_until - STAFF_LOCKOUT_MS)
            return STAFF_PASS;
        s->locked = false; /* over (or the clock went backwards: do not lock forever) */
    }
    if ((s->matched || s->entering) && (now_ms - s->last_ms > STAFF_ENTRY_MS || now_ms < s->last_ms))
        staff_exit_reset(s);
    if (s->entering)
        return feed_code(s, k, now_ms);
    if (k == s->spec.seq[s->matched]) {
        s->last_ms = now_ms;
        if (++s->matched == s->spec.nseq) {
            s->matched = 0;
            s->entering = true;
            return STAFF_SWALLOW;
        }
        return STAFF_PASS;
    }
    s->matched = k == s->spec.seq[0] ? 1 : 0;
    s->last_ms = now_ms;
    return STAFF_PASS;
}

bool staff_key_parse(const char *name, staff_key *out)
{
    if ((name[0] == 'F' || name[0] == 'f') && isdigit((unsigned char)name[1])) {
        char *end;
        long n = strtol(name + 1, &end, 10);
        if (*end || n < 1 || n > 12 || name[1] == '0')
            return false;
        *out = STAFF_KEY_FN(n);
        return true;
    }
    if (name[0] > ' ' && name[0] < 0x7f && name[1] == '\0') {
        *out = (unsigned char)name[0];
        return true;
    }
    return false;
}
