/* Where a rule's documentation can be opened from a diagnostic (codeDescription.href): its
 * anchor in the README's rule tables, in the README installed beside the binary
 * (share/doc/nianbao/README.md) or in the source tree it was built from. Without one, no link
 * is given. */
#ifndef NB_LSP_DOCS_LINK_H
#define NB_LSP_DOCS_LINK_H

/* "file:///…/README.md#rule-id" (heap string), or NULL when no README can be found. */
char *nb_lsp_rule_doc_link(const char *rule);

#endif
