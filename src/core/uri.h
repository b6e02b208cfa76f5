/* file: URIs (RFC 8089) and local paths, for SARIF's artifact locations and the language
 * server's documents. Clients percent-encode differently (VS Code encodes CJK and ':', Neovim
 * less), so the server matches documents by decoded path, never by URI text. */
#ifndef NB_URI_H
#define NB_URI_H

/* The absolute path a file: URI names (percent-decoding applied; an empty or "localhost"
 * authority), or NULL for any other URI. Heap string. */
char *nb_uri_to_path(const char *uri);

/* A URI reference for a path: every byte outside RFC 3986's unreserved set and "/"
 * percent-encoded; an absolute path becomes a file: URI, a relative one stays relative. Heap
 * string. */
char *nb_uri_from_path(const char *path);

#endif
