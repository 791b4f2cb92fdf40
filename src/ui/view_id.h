/* The screens the explorer can show: the one registration table.  The view ids,
 * the view table (views.c) and the declarations of the view_ops (view.h) are all
 * generated from VIEW_LIST, so adding a screen is its view_*.c file and one row
 * here (see src/ui/README.md).  Whether a view is a list, and so takes 1-9, comes
 * from its view_ops.count.  A view id is also its bit in a key-table context mask. */
#ifndef VE_VIEW_ID_H
#define VE_VIEW_ID_H

/* X(id, the view_ops defined in its file) */
#define VIEW_LIST(X)                                                                                                  \
    X(VIEW_HOME, view_home)                                                                                           \
    X(VIEW_CATEGORY, view_category)     /* the topics of one category */                                              \
    X(VIEW_READER, view_reader)         /* one topic */                                                               \
    X(VIEW_HELP, view_help)                                                                                           \
    X(VIEW_SEARCH, view_search)                                                                                       \
    X(VIEW_GLOSSARY, view_glossary)     /* a bilingual definition card */                                             \
    X(VIEW_TREATMENTS, view_treatments) /* "Compare treatments": the my-situation steps */                            \
    X(VIEW_ATTRACT, view_attract)       /* kiosk welcome screen after an idle reset */                                \
    X(VIEW_TX_OPTIONS, view_tx_options) /* every treatment option, marked for the situation; pick 2 to 4 */           \
    X(VIEW_TX_COMPARE, view_tx_compare) /* the picked options side by side */                                         \
    X(VIEW_TX_DOCTOR, view_tx_doctor)   /* "Questions for my doctor" */                                               \
    X(VIEW_QUESTIONS, view_questions)   /* "Common questions": short answers that open their topic's section */     \
    X(VIEW_TAKE_HOME, view_take_home)   /* the visit sheet as QR codes, its sheet code, saving it */

typedef enum view_id {
#define VIEW_ID_(id, ops) id,
    VIEW_LIST(VIEW_ID_)
#undef VIEW_ID_
    VIEW_COUNT
} view_id;

#define CTX(v) (1u << (v))
#define CTX_ALL ((1u << VIEW_COUNT) - 1)

#endif
