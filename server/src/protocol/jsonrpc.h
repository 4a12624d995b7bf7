// JSON-RPC 2.0 messages as LSP uses them: requests, notifications, responses, and the
// error codes of both specifications.
//
// Why separate from the LSP types: the server reads every incoming text through
// parseMessage, which decides what kind of message it is or which error answers it
// (ParseError, InvalidRequest), before any method-specific params are read.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "protocol/json_reader.h"

namespace oxt::protocol {

enum class ErrorCode : int32_t {
  ParseError = -32700,
  InvalidRequest = -32600,
  MethodNotFound = -32601,
  InvalidParams = -32602,
  InternalError = -32603,
  ServerNotInitialized = -32002,
  UnknownErrorCode = -32001,
  RequestFailed = -32803,
  ServerCancelled = -32802,
  ContentModified = -32801,
  RequestCancelled = -32800,
};

/// An integer or a string, as the client chose.
using RequestId = std::variant<int64_t, std::string>;

[[nodiscard]] Json toJson(const RequestId& id);
[[nodiscard]] std::string toString(const RequestId& id);

struct ResponseError {
  ErrorCode code = ErrorCode::InternalError;
  std::string message;
};

struct Request {
  RequestId id;
  std::string method;
  Json params; // null when absent
};

struct Notification {
  std::string method;
  Json params;
};

/// A response, here always the client's answer to a request of the server.
struct Response {
  RequestId id;
  Json result;
  std::optional<ResponseError> error;
};

using Message = std::variant<Request, Notification, Response>;

/// An incoming text that is not a message we accept, and the error that answers it.
/// `id` is the request's id when it could be read (else the answer's id is null).
struct RejectedMessage {
  std::optional<RequestId> id;
  ResponseError error;
};

/// How deeply arrays and objects nest in `text` (read as JSON, without parsing it).
[[nodiscard]] std::size_t jsonDepth(std::string_view text);

/// Parses one message body. A body nested deeper than limits::kMaxJsonDepth is
/// rejected with InvalidRequest. `readable` is how many bytes from text.data() may be
/// read (a std::string's capacity): with 64 past the text, simdjson reads the text in
/// place instead of copying it into a padded buffer.
[[nodiscard]] std::variant<Message, RejectedMessage> parseMessage(std::string_view text,
                                                                  std::size_t readable = 0);

[[nodiscard]] Json requestJson(const RequestId& id, std::string_view method, const Json& params);
[[nodiscard]] Json notificationJson(std::string_view method, const Json& params);
[[nodiscard]] Json resultJson(const RequestId& id, Json result);

/// The text of a response around its result: `before + resultText + after` is what
/// serialize(resultJson(id, parse(resultText))) gives, for results too large to build
/// as a Json document first. The transport writes the three parts one after the other,
/// so that a reply of megabytes is neither held twice nor moved to make room.
struct ResultEnvelope {
  std::string before;
  std::string_view after;
};
[[nodiscard]] ResultEnvelope resultEnvelope(const RequestId& id);
/// An error response; `id` null when the request's id is unknown.
[[nodiscard]] Json errorJson(const std::optional<RequestId>& id, const ResponseError& error);

/// `value` with the values of fields that may carry a secret (names containing
/// password, secret, credential, authorization, apikey, accesstoken or bearer, in
/// any case) replaced by "<redacted>", at any depth. Anything that shows a message's
/// content (the `$/logTrace` of verbose tracing) shows this instead: no client
/// sends secrets today, and one that does later must not see them echoed.
[[nodiscard]] Json redacted(const Json& value);

/// The text of a message, never throwing: invalid UTF-8 in strings (a file's bytes
/// quoted in a message) is replaced with U+FFFD.
[[nodiscard]] std::string serialize(const Json& message);

} // namespace oxt::protocol
