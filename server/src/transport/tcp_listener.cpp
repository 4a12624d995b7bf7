#include "transport/tcp_listener.h"

#include <charconv>
#include <utility>

namespace oxt::transport {

std::optional<ListenAddress> parseListenAddress(std::string_view text, std::string& error) {
  ListenAddress address;
  std::string_view port = text;
  if (const auto colon = text.rfind(':'); colon != std::string_view::npos) {
    auto host = text.substr(0, colon);
    if (host.size() >= 2 && host.front() == '[' && host.back() == ']') {
      host = host.substr(1, host.size() - 2);
    }
    if (!host.empty()) {
      address.host = std::string(host);
    }
    port = text.substr(colon + 1);
  }
  unsigned value = 0;
  const auto* end = port.data() + port.size();
  const auto [ptr, status] = std::from_chars(port.data(), end, value);
  if (port.empty() || status != std::errc() || ptr != end || value > 65535) {
    error = "expected HOST:PORT with a port from 0 to 65535, got '" + std::string(text) + "'";
    return std::nullopt;
  }
  address.port = static_cast<uint16_t>(value);
  std::error_code parseError;
  (void)asio::ip::make_address(address.host, parseError);
  if (parseError) {
    error = "'" + address.host + "' is not an IP address";
    return std::nullopt;
  }
  return address;
}

TcpListener::TcpListener(const ListenAddress& address)
    : acceptor_(context_,
                asio::ip::tcp::endpoint(asio::ip::make_address(address.host), address.port)) {}

uint16_t TcpListener::port() const { return acceptor_.local_endpoint().port(); }

std::unique_ptr<Connection> TcpListener::accept(asio::io_context& session, std::error_code& error) {
  asio::ip::tcp::socket socket(session);
  acceptor_.accept(socket, error);
  if (error) {
    return nullptr;
  }
  return makeSocketConnection(std::move(socket));
}

} // namespace oxt::transport
