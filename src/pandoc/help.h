/* nianbao-pandoc --help: the three ways to use the filter and its metadata options. */
#ifndef NB_PANDOC_HELP_H
#define NB_PANDOC_HELP_H

#include "../core/diag.h"

const char *pd_help_text(nb_lang lang);

#endif
