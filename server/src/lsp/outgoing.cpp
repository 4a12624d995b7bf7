#include "lsp/outgoing.h"

#include <utility>

namespace oxt::lsp {

void Outgoing::write(const protocol::Json& message) { writeText(protocol::serialize(message)); }

void Outgoing::writeText(std::string_view message) {
  const std::lock_guard lock(mutex_);
  writer_(message);
}

void Outgoing::notify(std::string_view method, const protocol::Json& params) {
  write(protocol::notificationJson(method, params));
}

void Outgoing::reply(const protocol::RequestId& id, protocol::Json result) {
  write(protocol::resultJson(id, std::move(result)));
}

void Outgoing::replyText(const protocol::RequestId& id, std::string resultText) {
  writeText(protocol::resultMessageText(id, std::move(resultText)));
}

void Outgoing::replyError(const std::optional<protocol::RequestId>& id,
                          const protocol::ResponseError& error) {
  write(protocol::errorJson(id, error));
}

void Outgoing::request(std::string_view method, const protocol::Json& params,
                       ResponseHandler onResponse) {
  int64_t id = 0;
  {
    const std::lock_guard lock(mutex_);
    id = nextId_++;
    pending_.emplace(id, std::move(onResponse));
  }
  write(protocol::requestJson(protocol::RequestId{id}, method, params));
}

bool Outgoing::takeResponse(const protocol::Response& response) {
  const auto* id = std::get_if<int64_t>(&response.id);
  ResponseHandler handler;
  {
    const std::lock_guard lock(mutex_);
    const auto it = id == nullptr ? pending_.end() : pending_.find(*id);
    if (it == pending_.end()) {
      return false;
    }
    handler = std::move(it->second);
    pending_.erase(it);
  }
  if (handler) {
    handler(response);
  }
  return true;
}

} // namespace oxt::lsp
