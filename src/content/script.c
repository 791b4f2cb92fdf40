#include "content/script.h"

#include <string.h>
#include <utf8proc.h>

static bool in(const uint32_t *v, size_t n, uint32_t cp)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (v[mid] == cp)
            return true;
        if (v[mid] < cp)
            lo = mid + 1;
        else
            hi = mid;
    }
    return false;
}

bool script_is_traditional_only(uint32_t cp) { return in(script_traditional_only, script_ntraditional_only, cp); }

bool script_is_simplified_only(uint32_t cp) { return in(script_simplified_only, script_nsimplified_only, cp); }

long script_foreign_char(const char *s, lang_t lang, uint32_t *cp)
{
    if (!lang_is_chinese(lang) || !s)
        return -1;
    bool simplified = lang_is_simplified(lang);
    size_t len = strlen(s);
    for (size_t i = 0; i < len;) {
        utf8proc_int32_t c;
        utf8proc_ssize_t n = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(len - i), &c);
        if (n <= 0) {
            i++;
            continue;
        }
        if (simplified ? script_is_traditional_only((uint32_t)c) : script_is_simplified_only((uint32_t)c)) {
            *cp = (uint32_t)c;
            return (long)i;
        }
        i += (size_t)n;
    }
    return -1;
}
