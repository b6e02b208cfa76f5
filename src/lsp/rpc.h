/* JSON-RPC 2.0 as LSP uses it: the error codes, and building the messages the server writes. */
#ifndef NB_LSP_RPC_H
#define NB_LSP_RPC_H

#include <jansson.h>

enum {
  NB_RPC_PARSE_ERROR = -32700,
  NB_RPC_INVALID_REQUEST = -32600,
  NB_RPC_METHOD_NOT_FOUND = -32601,
  NB_RPC_INVALID_PARAMS = -32602,
  NB_RPC_INTERNAL_ERROR = -32603,
  NB_RPC_SERVER_NOT_INITIALIZED = -32002,
  NB_RPC_REQUEST_CANCELLED = -32800,
  NB_RPC_CONTENT_MODIFIED = -32801,
};

/* {"jsonrpc":"2.0","id":id,"result":result}; steals `result` (NULL stands for null). `id` is
 * borrowed (NULL stands for null). */
json_t *nb_rpc_result(const json_t *id, json_t *result);

/* {"jsonrpc":"2.0","id":id,"error":{"code":code,"message":message}}. */
json_t *nb_rpc_error(const json_t *id, int code, const char *message);

/* {"jsonrpc":"2.0","method":method,"params":params}; steals `params`. */
json_t *nb_rpc_notification(const char *method, json_t *params);

/* A request the server sends: {"jsonrpc":"2.0","id":id,"method":…,"params":…}; steals params. */
json_t *nb_rpc_request(long long id, const char *method, json_t *params);

/* A request id is an integer or a string. */
int nb_rpc_valid_id(const json_t *id);

#endif
