// `oxt lsp --listen HOST:PORT`: accepts clients on a TCP port, one at a time, each
// with a connection (and a server) of its own.
//
// Why loopback by default: a language server reads and writes the user's files; it
// must not be reachable from the network unless the user names another address.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include <asio/io_context.hpp>
#include <asio/ip/tcp.hpp>

#include "transport/connection.h"

namespace oxt::transport {

struct ListenAddress {
  std::string host = "127.0.0.1";
  uint16_t port = 0;
};

/// Parses "HOST:PORT", "PORT" or "[::1]:PORT"; nullopt with `error` set otherwise.
[[nodiscard]] std::optional<ListenAddress> parseListenAddress(std::string_view text,
                                                              std::string& error);

class TcpListener {
public:
  /// Binds and listens; throws std::system_error when the address cannot be used.
  explicit TcpListener(const ListenAddress& address);

  /// The bound port (useful with port 0).
  [[nodiscard]] uint16_t port() const;

  /// Waits for the next client; its connection does its I/O on `session`.
  [[nodiscard]] std::unique_ptr<Connection> accept(asio::io_context& session,
                                                   std::error_code& error);

private:
  asio::io_context context_;
  asio::ip::tcp::acceptor acceptor_;
};

} // namespace oxt::transport
