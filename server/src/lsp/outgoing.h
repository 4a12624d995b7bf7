// Every message the server sends goes through here: replies, notifications, and the
// server's own requests to the client, whose responses are matched by id.
//
// Why one place: stdout must carry only whole protocol messages, one at a time, and
// a request to the client needs its callback found again when the answer comes.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <mutex>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "protocol/jsonrpc.h"

namespace oxt::lsp {

class Outgoing {
public:
  /// Writes one message, serialized (JSON text): the text of `parts`, one after the
  /// other. A large result is its own part, so that it is not copied into its envelope.
  using Writer = std::function<void(std::span<const std::string_view> parts)>;
  /// A Writer for those that want each message as one string (tests): joins the parts.
  static Writer joining(std::function<void(std::string_view message)> write);
  using ResponseHandler = std::function<void(const protocol::Response& response)>;

  explicit Outgoing(Writer writer) : writer_(std::move(writer)) {}

  void notify(std::string_view method, const protocol::Json& params);
  void reply(const protocol::RequestId& id, protocol::Json result);
  /// Replies with a result already serialized as JSON text.
  void replyText(const protocol::RequestId& id, std::string_view resultText);
  void replyError(const std::optional<protocol::RequestId>& id,
                  const protocol::ResponseError& error);
  /// Sends a request to the client; `onResponse` runs on the loop thread when the
  /// client answers.
  void request(std::string_view method, const protocol::Json& params, ResponseHandler onResponse);
  /// Hands a response of the client to its handler; false when no request of ours
  /// has this id.
  bool takeResponse(const protocol::Response& response);

private:
  void write(const protocol::Json& message);
  void writeText(std::string_view message);
  void writeParts(std::span<const std::string_view> parts);

  std::mutex mutex_;
  Writer writer_;
  int64_t nextId_ = 0;
  std::map<int64_t, ResponseHandler> pending_;
};

} // namespace oxt::lsp
