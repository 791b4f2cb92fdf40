#include "search/stem.h"

#include <stdbool.h>
#include <string.h>

static bool ends(const char *w, size_t n, const char *suffix)
{
    size_t k = strlen(suffix);
    return n >= k && memcmp(w + n - k, suffix, k) == 0;
}

static bool is_vowel(char c)
{
    return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

static bool has_vowel(const char *w, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (is_vowel(w[i]))
            return true;
    return false;
}

/* rubbing -> rubb -> rub; but keep "ll", "ss", "zz" (spelling, dressing). */
static size_t undouble(const char *w, size_t n)
{
    if (n >= 3 && w[n - 1] == w[n - 2] && !is_vowel(w[n - 1]) && w[n - 1] != 'l' && w[n - 1] != 's' &&
        w[n - 1] != 'z')
        return n - 1;
    return n;
}

size_t stem_en(char *w, size_t n)
{
    if (n < 4)
        return n;
    for (size_t i = 0; i < n; i++)
        if (w[i] < 'a' || w[i] > 'z')
            return n;
    if (ends(w, n, "ies") && n > 4) {          /* therapies -> therapy */
        w[n - 3] = 'y';
        return n - 2;
    }
    if (ends(w, n, "ied") && n > 4) {          /* applied -> apply */
        w[n - 3] = 'y';
        return n - 2;
    }
    if (ends(w, n, "sses"))                    /* glasses -> glass */
        return n - 2;
    if (ends(w, n, "ches") || ends(w, n, "shes") || ends(w, n, "xes"))
        n -= 2;                                /* patches -> patch */
    else if (ends(w, n, "s") && !ends(w, n, "ss") && !ends(w, n, "us") && !ends(w, n, "is"))
        n -= 1;                                /* cells -> cell; not psoriasis, virus */
    else if (ends(w, n, "ing") && n >= 6 && has_vowel(w, n - 3))
        n = undouble(w, n - 3);                /* itching -> itch, rubbing -> rub */
    else if (ends(w, n, "ed") && n >= 5 && has_vowel(w, n - 2))
        n = undouble(w, n - 2);                /* treated -> treat */
    if (n >= 4 && w[n - 1] == 'e')             /* causes, caused, cause -> caus */
        n -= 1;
    return n;
}
