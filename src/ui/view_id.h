/* The screens the explorer can show.  A view id is also its bit in a key-table
 * context mask.  Adding a view: add its id here, then see src/ui/README.md. */
#ifndef VE_VIEW_ID_H
#define VE_VIEW_ID_H

typedef enum view_id {
    VIEW_HOME,
    VIEW_CATEGORY,   /* the topics of one category */
    VIEW_READER,     /* one topic */
    VIEW_HELP,
    VIEW_SEARCH,
    VIEW_GLOSSARY,   /* a bilingual definition card */
    VIEW_TREATMENTS, /* "Compare treatments": the my-situation steps */
    VIEW_ATTRACT,    /* kiosk welcome screen after an idle reset */
    VIEW_TX_OPTIONS, /* every treatment option, marked for the situation; pick 2 to 4 */
    VIEW_TX_COMPARE, /* the picked options side by side */
    VIEW_TX_DOCTOR,  /* "Questions for my doctor" */
    VIEW_COUNT
} view_id;

#define CTX(v) (1u << (v))
#define CTX_ALL ((1u << VIEW_COUNT) - 1)
/* Views where plain letters are commands (not the search line, not the attract screen). */
#define CTX_COMMANDS (CTX_ALL & ~CTX(VIEW_SEARCH) & ~CTX(VIEW_ATTRACT))
/* Views with a selectable list. */
#define CTX_LISTS (CTX(VIEW_HOME) | CTX(VIEW_CATEGORY) | CTX(VIEW_SEARCH) | CTX(VIEW_TREATMENTS) | CTX(VIEW_TX_OPTIONS))

#endif
