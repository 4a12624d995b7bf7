#include "lsp/outgoing.h"

#include <array>
#include <string>
#include <utility>

namespace oxt::lsp {

Outgoing::Writer Outgoing::joining(std::function<void(std::string_view message)> write) {
  return [write = std::move(write)](std::span<const std::string_view> parts) {
    std::string message;
    for (const auto part : parts) {
      message += part;
    }
    write(message);
  };
}

void Outgoing::write(const protocol::Json& message) { writeText(protocol::serialize(message)); }

void Outgoing::writeText(std::string_view message) { writeParts(std::span(&message, 1)); }

void Outgoing::writeParts(std::span<const std::string_view> parts) {
  const std::lock_guard lock(mutex_);
  writer_(parts);
}

void Outgoing::notify(std::string_view method, const protocol::Json& params) {
  write(protocol::notificationJson(method, params));
}

void Outgoing::reply(const protocol::RequestId& id, protocol::Json result) {
  write(protocol::resultJson(id, std::move(result)));
}

void Outgoing::replyText(const protocol::RequestId& id, std::string_view resultText) {
  const auto envelope = protocol::resultEnvelope(id);
  const std::array<std::string_view, 3> parts{envelope.before, resultText, envelope.after};
  writeParts(parts);
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
