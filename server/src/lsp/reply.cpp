#include "lsp/reply.h"

#include <utility>

#include <spdlog/spdlog.h>

namespace oxt::lsp {

Reply::Reply(protocol::RequestId id, std::string method, Outgoing& outgoing,
             CancellationMap& cancellations)
    : id_(std::move(id)), method_(std::move(method)), outgoing_(&outgoing),
      cancellations_(&cancellations), flag_(cancellations.add(id_)),
      start_(std::chrono::steady_clock::now()) {}

Reply::Reply(Reply&& other) noexcept
    : id_(std::move(other.id_)), method_(std::move(other.method_)), outgoing_(other.outgoing_),
      cancellations_(other.cancellations_), flag_(std::move(other.flag_)), start_(other.start_),
      active_(other.active_), replied_(other.replied_) {
  other.active_ = false; // the moved-from object must not answer
}

Reply::~Reply() {
  if (active_ && !replied_) {
    spdlog::error("no answer to {} {}: answering InternalError", method_, protocol::toString(id_));
    error(protocol::ErrorCode::InternalError, "the server did not answer " + method_);
  }
}

bool Reply::begin() {
  if (!active_) {
    return false; // moved away: the new owner answers
  }
  if (replied_) {
    spdlog::error("a second answer to {} {} was dropped", method_, protocol::toString(id_));
    return false;
  }
  replied_ = true;
  cancellations_->remove(id_, flag_);
  const auto took = std::chrono::duration_cast<std::chrono::microseconds>(
      std::chrono::steady_clock::now() - start_);
  spdlog::debug("answered {} {} in {:.3f} ms", method_, protocol::toString(id_),
                static_cast<double>(took.count()) / 1000.0);
  return true;
}

void Reply::operator()(protocol::Json result) {
  if (begin()) {
    outgoing_->reply(id_, std::move(result));
  }
}

void Reply::withText(std::string_view resultText) {
  if (begin()) {
    outgoing_->replyText(id_, resultText);
  }
}

void Reply::error(protocol::ErrorCode code, std::string message) {
  if (begin()) {
    outgoing_->replyError(id_, protocol::ResponseError{code, std::move(message)});
  }
}

} // namespace oxt::lsp
