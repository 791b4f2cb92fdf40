/* The kiosk configuration parser and the staff exit state machine.  The input is a
 * configuration file; its bytes are then replayed as keys (with a clock that
 * jumps), so any sequence and code the file sets meets random typing. */
#include <string.h>

#include "fuzz.h"
#include "cli/options.h"
#include "kiosk/config.h"

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    (void)argc;
    (void)argv;
    fuzz_locale();
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kiosk_config c = { 0 };
    diag d = { 0 };
    bool ok = kiosk_config_parse(&c, "fuzz.conf", (const char *)data, size, &d);
    FUZZ_ASSERT(ok == (d.errors == 0));
    for (size_t i = 0; i < d.n; i++)
        FUZZ_ASSERT(d.msgs[i].line >= 0 && d.msgs[i].text);
    diag_free(&d);
    FUZZ_ASSERT(c.staff.nseq <= STAFF_SEQ_MAX);
    FUZZ_ASSERT(strlen(c.staff.code) <= STAFF_CODE_MAX);
    FUZZ_ASSERT(c.idle_seconds == 0 || (c.idle_seconds >= 10 && c.idle_seconds <= 86400));

    options o = { 0 };
    kiosk_config_apply(&c, &o);

    staff_exit s;
    staff_exit_init(&s, &c.staff);
    long now = 0;
    for (size_t i = 0; i < size; i++) {
        uint8_t b = data[i];
        staff_key k;
        if (b >= 0xF0)
            k = STAFF_KEY_FN((b & 0x0F) % 12 + 1);
        else if (b == 0xE0)
            k = STAFF_KEY_BACKSPACE;
        else if (b == 0xE1)
            k = STAFF_KEY_OTHER;
        else if (b == 0xE2)
            k = STAFF_KEY_NONE;
        else
            k = b;
        now += (b & 0x80) ? 20000 : 7;
        staff_verdict v = staff_exit_feed(&s, k, now);
        FUZZ_ASSERT(v == STAFF_PASS || v == STAFF_SWALLOW || v == STAFF_EXIT);
        FUZZ_ASSERT(v != STAFF_EXIT || staff_exit_enabled(&s));
        FUZZ_ASSERT(s.ntyped <= STAFF_CODE_MAX && s.matched < STAFF_SEQ_MAX);
    }
    return 0;
}
