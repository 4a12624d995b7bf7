// The answer to one request, which must be sent exactly once.
//
// Why a move-only object: a handler may answer at once or later, from the worker's
// result; either way the client gets one answer. Forgetting to answer sends
// InternalError (from the destructor) and logs it; answering twice is a bug that is
// logged and dropped. Each answer logs its method, id and duration (the per-method
// latency figure).
#pragma once

#include <chrono>
#include <memory>
#include <string>
#include <string_view>

#include "lsp/cancellation.h"
#include "lsp/outgoing.h"
#include "protocol/jsonrpc.h"

namespace oxt::lsp {

class Reply {
public:
  Reply(protocol::RequestId id, std::string method, Outgoing& outgoing,
        CancellationMap& cancellations);
  ~Reply();
  Reply(Reply&& other) noexcept;
  Reply& operator=(Reply&& other) = delete;
  Reply(const Reply&) = delete;
  Reply& operator=(const Reply&) = delete;

  /// Sends `result`, moved into the message: a large answer (document symbols, semantic
  /// tokens) is never copied.
  void operator()(protocol::Json result);
  /// Sends a result already serialized as JSON text (protocol/outline_types.h writes
  /// the largest ones directly).
  void withText(std::string_view resultText);
  void error(protocol::ErrorCode code, std::string message);

  /// True once the client cancelled the request.
  [[nodiscard]] bool cancelled() const { return flag_ && flag_->load(); }
  /// The flag itself, for work on the worker.
  [[nodiscard]] const CancelFlag& cancelFlag() const { return flag_; }
  [[nodiscard]] const protocol::RequestId& id() const { return id_; }
  [[nodiscard]] const std::string& method() const { return method_; }

private:
  bool begin();

  protocol::RequestId id_;
  std::string method_;
  Outgoing* outgoing_;
  CancellationMap* cancellations_;
  CancelFlag flag_;
  std::chrono::steady_clock::time_point start_;
  bool active_ = true; // false once moved from
  bool replied_ = false;
};

} // namespace oxt::lsp
