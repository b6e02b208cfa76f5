/* JSON-RPC dispatch and the lifecycle (src/lsp/dispatch.c, lifecycle.c, server.c), through whole
 * sessions: the error codes the specification names, exit statuses, cancellation, and a server
 * that keeps answering after malformed input. */
#include "test_lsp_session.h"

Test(dispatch, request_before_initialize_is_server_not_initialized) {
  ls_session s = {0};
  ls_request(&s, 7, "textDocument/hover", json_object());
  ls_notify(&s, "textDocument/didOpen", json_object()); /* dropped, no answer */
  ls_initialize(&s, NULL);
  ls_shutdown_exit(&s, 2);
  ls_run(&s);
  cr_assert_eq(ls_error_code(&s, 7), -32002);
  cr_assert_not_null(ls_result(&s, 1));
  cr_assert_eq(s.status, 0);
  /* no log reached the client before initialize: the first message is the answer to 7 */
  cr_assert_eq(json_integer_value(json_object_get(json_array_get(s.out, 0), "id")), 7);
  ls_free(&s);
}

Test(dispatch, initialize_answers_capabilities_and_server_info) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_run(&s);
  json_t *r = ls_result(&s, 1);
  json_t *caps = json_object_get(r, "capabilities");
  cr_assert_str_eq(json_string_value(json_object_get(caps, "positionEncoding")), "utf-16");
  json_t *sync = json_object_get(caps, "textDocumentSync");
  cr_assert_eq(json_integer_value(json_object_get(sync, "change")), 2);
  cr_assert(json_is_true(json_object_get(sync, "openClose")));
  cr_assert(json_is_true(json_object_get(caps, "hoverProvider")));
  cr_assert_null(json_object_get(caps, "diagnosticProvider")); /* the client does not pull */
  cr_assert_str_eq(json_string_value(json_object_get(json_object_get(r, "serverInfo"), "name")),
                   "nianbao");
  cr_assert_eq(s.status, 1); /* the input ended without shutdown */
  ls_free(&s);
}

Test(dispatch, second_initialize_is_invalid) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_request(&s, 2, "initialize", json_pack("{s:{}}", "capabilities"));
  ls_run(&s);
  cr_assert_eq(ls_error_code(&s, 2), -32600);
  ls_free(&s);
}

Test(dispatch, after_shutdown_requests_are_invalid_and_exit_is_zero) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_request(&s, 2, "shutdown", NULL);
  ls_request(&s, 3, "textDocument/hover", json_object());
  ls_notify(&s, "exit", NULL);
  ls_request(&s, 4, "shutdown", NULL); /* after exit: never read */
  ls_run(&s);
  cr_assert(json_is_null(ls_result(&s, 2)));
  cr_assert_eq(ls_error_code(&s, 3), -32600);
  cr_assert_null(ls_response(&s, 4));
  cr_assert_eq(s.status, 0);
  ls_free(&s);
}

Test(dispatch, exit_without_shutdown_is_one) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_notify(&s, "exit", NULL);
  ls_run(&s);
  cr_assert_eq(s.status, 1);
  ls_free(&s);
}

Test(dispatch, unknown_methods) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_request(&s, 2, "textDocument/noSuchThing", json_object());
  ls_request(&s, 3, "$/noSuchThing", json_object());
  ls_notify(&s, "$/setTrace", json_pack("{s:s}", "value", "off"));
  ls_notify(&s, "custom/whatever", json_object());
  ls_request(&s, 4, "shutdown", NULL);
  ls_run(&s);
  cr_assert_eq(ls_error_code(&s, 2), -32601);
  cr_assert_eq(ls_error_code(&s, 3), -32601);
  cr_assert(json_is_null(ls_result(&s, 4)));
  ls_free(&s);
}

/* The error a response with a null id carries (-32700 or -32600), counted. */
static int null_id_errors(const ls_session *s, int code) {
  int n = 0;
  size_t i;
  json_t *m;
  json_array_foreach(s->out, i, m) {
    json_t *id = json_object_get(m, "id");
    json_t *e = json_object_get(m, "error");
    n += id && json_is_null(id) && e && json_integer_value(json_object_get(e, "code")) == code;
  }
  return n;
}

Test(dispatch, malformed_messages_are_answered_and_survived) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_raw(&s, "Content-Length: 9\r\n\r\n{not json", 30);            /* -32700 */
  ls_raw(&s, "Content-Length: 3\r\n\r\n[1]", 24);                  /* not an object: -32600 */
  ls_raw(&s, "Content-Length: 2\r\n\r\n42", 23);                   /* not an object: -32600 */
  ls_raw(&s, "Content-Type: a\r\n\r\n{}", 21);                     /* no length: -32700 */
  ls_send(&s, json_pack("{s:s, s:i}", "jsonrpc", "2.0", "id", 9)); /* no method: -32600 */
  ls_send(&s, json_pack("{s:s, s:n, s:s}", "jsonrpc", "2.0", "id", "method", "shutdown"));
  ls_send(&s, json_pack("{s:i, s:s}", "id", 10, "method", "shutdown")); /* no jsonrpc */
  ls_request(&s, 11, "textDocument/hover", json_pack("[i]", 1));        /* params: -32602 */
  ls_request(&s, 12, "textDocument/hover",
             json_pack("{s:{s:i}, s:{s:s, s:i}}", "textDocument", "uri", 3, "position", "line", "x",
                       "character", 0));
  ls_request(&s, 13, "textDocument/hover",
             json_pack("{s:{s:s}, s:{s:i, s:i}}", "textDocument", "uri", "file:///nowhere.md",
                       "position", "line", 0, "character", 0));
  ls_request(&s, 14, "textDocument/hover",
             json_pack("{s:{s:s}, s:{s:i, s:i}}", "textDocument", "uri", "file:///nowhere.md",
                       "position", "line", -1, "character", 0));
  ls_notify(&s, "textDocument/didChange",
            json_pack("{s:{s:s, s:i}, s:[{s:s}]}", "textDocument", "uri", "file:///never.md",
                      "version", 2, "contentChanges", "text", "x"));
  ls_request(&s, 20, "shutdown", NULL);
  ls_run(&s);
  cr_assert_eq(null_id_errors(&s, -32700), 2);
  cr_assert_eq(null_id_errors(&s, -32600), 3); /* [1], 42 and the request with id null */
  cr_assert_eq(ls_error_code(&s, 9), -32600);
  cr_assert_eq(ls_error_code(&s, 10), -32600);
  cr_assert_eq(ls_error_code(&s, 11), -32602);
  cr_assert_eq(ls_error_code(&s, 12), -32602);
  cr_assert_eq(ls_error_code(&s, 13), -32602);
  cr_assert_eq(ls_error_code(&s, 14), -32602);
  cr_assert(json_is_null(ls_result(&s, 20))); /* still answering */
  ls_free(&s);
}

Test(dispatch, cancel_reaches_a_waiting_request) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///r.md", 1, "# 某县2023年政府信息公开工作年度报告\n");
  json_t *hover = json_pack("{s:{s:s}, s:{s:i, s:i}}", "textDocument", "uri", "file:///r.md",
                            "position", "line", 0, "character", 0);
  ls_request(&s, 5, "textDocument/hover", json_incref(hover));
  ls_request(&s, 6, "textDocument/hover", hover);
  ls_notify(&s, "$/cancelRequest", json_pack("{s:i}", "id", 5));
  ls_notify(&s, "$/cancelRequest", json_pack("{s:i}", "id", 99)); /* no such request */
  ls_run(&s);
  cr_assert_eq(ls_error_code(&s, 5), -32800);
  cr_assert_null(json_object_get(ls_response(&s, 6), "error"));
  ls_free(&s);
}

Test(dispatch, ten_thousand_messages_in_one_burst) {
  ls_session s = {0};
  ls_initialize(&s, NULL);
  ls_open(&s, "file:///r.md", 1, "# 某县2023年政府信息公开工作年度报告\n");
  for (int i = 0; i < 10000; i++)
    ls_request(&s, 100 + i, "textDocument/foldingRange",
               json_pack("{s:{s:s}}", "textDocument", "uri", "file:///r.md"));
  ls_run(&s);
  for (int i = 0; i < 10000; i++)
    cr_assert(json_is_array(ls_result(&s, 100 + i)));
  ls_free(&s);
}

Test(dispatch, a_client_request_gets_its_answer_routed) {
  /* The server asks for settings; the answer (id 1 of the server's own requests) is taken, and
   * a response to nothing the server asked is ignored. */
  ls_session s = {0};
  ls_initialize(&s, json_pack("{s:{s:b}}", "workspace", "configuration", 1));
  ls_send(&s,
          json_pack("{s:s, s:i, s:[{s:s}]}", "jsonrpc", "2.0", "id", 1, "result", "lang", "en"));
  ls_send(&s, json_pack("{s:s, s:i, s:n}", "jsonrpc", "2.0", "id", 77, "result"));
  ls_request(&s, 2, "shutdown", NULL);
  ls_run(&s);
  bool asked = false;
  size_t i;
  json_t *m;
  json_array_foreach(s.out, i, m) {
    const char *method = json_string_value(json_object_get(m, "method"));
    asked = asked || (method && strcmp(method, "workspace/configuration") == 0 &&
                      json_integer_value(json_object_get(m, "id")) == 1);
  }
  cr_assert(asked);
  cr_assert(json_is_null(ls_result(&s, 2)));
  ls_free(&s);
}
