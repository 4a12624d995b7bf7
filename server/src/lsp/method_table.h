// The binding table: one line per LSP method, from method name to a typed handler.
//
// Why a table: dispatch, "which methods exist" (MethodNotFound) and the capabilities
// advertised in `initialize` all come from it, so they cannot disagree. Params are
// read into the handler's struct here; a bad one answers InvalidParams with the
// JSON path of the problem ("params.position.line: expected integer").
#pragma once

#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <utility>

#include "lsp/reply.h"
#include "protocol/json_reader.h"

namespace oxt::lsp {

class MethodTable {
public:
  /// The handler answers through `reply`, at once or later (after moving it away).
  using RequestHandler = std::function<void(const protocol::Json& params, Reply& reply)>;
  /// Returns the params error for the log, or "" when handled.
  using NotificationHandler = std::function<std::string(const protocol::Json& params)>;

  template <typename Params, typename Server>
  void request(const std::string& method, Server* server,
               void (Server::*handler)(const Params&, Reply&&)) {
    requests_[method] = [server, handler](const protocol::Json& json, Reply& reply) {
      Params params{};
      if (auto error = protocol::readParams(json, params)) {
        reply.error(protocol::ErrorCode::InvalidParams, error->text());
        return;
      }
      (server->*handler)(params, std::move(reply));
    };
  }

  template <typename Params, typename Server>
  void notification(const std::string& method, Server* server,
                    void (Server::*handler)(const Params&)) {
    notifications_[method] = [server, handler](const protocol::Json& json) -> std::string {
      Params params{};
      if (auto error = protocol::readParams(json, params)) {
        return error->text();
      }
      (server->*handler)(params);
      return {};
    };
  }

  /// For a handler that keeps what it is given (didOpen: the document's text, which
  /// can be megabytes, is moved into the document instead of copied).
  template <typename Params, typename Server>
  void notification(const std::string& method, Server* server, void (Server::*handler)(Params&&)) {
    notifications_[method] = [server, handler](const protocol::Json& json) -> std::string {
      Params params{};
      if (auto error = protocol::readParams(json, params)) {
        return error->text();
      }
      (server->*handler)(std::move(params));
      return {};
    };
  }

  [[nodiscard]] const RequestHandler* findRequest(std::string_view method) const {
    const auto it = requests_.find(std::string(method));
    return it == requests_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] const NotificationHandler* findNotification(std::string_view method) const {
    const auto it = notifications_.find(std::string(method));
    return it == notifications_.end() ? nullptr : &it->second;
  }
  [[nodiscard]] bool has(std::string_view method) const {
    return findRequest(method) != nullptr || findNotification(method) != nullptr;
  }

private:
  std::map<std::string, RequestHandler> requests_;
  std::map<std::string, NotificationHandler> notifications_;
};

} // namespace oxt::lsp
