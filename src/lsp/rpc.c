#include "rpc.h"

static json_t *envelope(void) {
  json_t *m = json_object();
  json_object_set_new(m, "jsonrpc", json_string("2.0"));
  return m;
}

static json_t *id_value(const json_t *id) {
  return id ? json_deep_copy(id) : json_null();
}

json_t *nb_rpc_result(const json_t *id, json_t *result) {
  json_t *m = envelope();
  json_object_set_new(m, "id", id_value(id));
  json_object_set_new(m, "result", result ? result : json_null());
  return m;
}

json_t *nb_rpc_error(const json_t *id, int code, const char *message) {
  json_t *m = envelope();
  json_object_set_new(m, "id", id_value(id));
  json_t *e = json_object();
  json_object_set_new(e, "code", json_integer(code));
  json_object_set_new(e, "message", json_string(message));
  json_object_set_new(m, "error", e);
  return m;
}

json_t *nb_rpc_notification(const char *method, json_t *params) {
  json_t *m = envelope();
  json_object_set_new(m, "method", json_string(method));
  if (params)
    json_object_set_new(m, "params", params);
  return m;
}

json_t *nb_rpc_request(long long id, const char *method, json_t *params) {
  json_t *m = envelope();
  json_object_set_new(m, "id", json_integer(id));
  json_object_set_new(m, "method", json_string(method));
  if (params)
    json_object_set_new(m, "params", params);
  return m;
}

int nb_rpc_valid_id(const json_t *id) {
  return id && (json_is_integer(id) || json_is_string(id));
}
