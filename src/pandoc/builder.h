/* This front-end's model builder for nb_analyze (nianbao.h): the flattened document's stream,
 * read by the layout readers as every front-end's is. */
#ifndef NB_PANDOC_BUILDER_H
#define NB_PANDOC_BUILDER_H

#include <stddef.h>

#include "../core/model.h"

/* An nb_model_builder: `flat` is the pd_flat whose text is being analysed. */
void pd_build_model(const char *text, size_t len, nb_report *out, void *flat);

#endif
