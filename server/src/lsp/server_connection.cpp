#include "lsp/server_connection.h"

#include <string>
#include <variant>

#include <spdlog/spdlog.h>

#include "lsp/asio_scheduler.h"
#include "protocol/jsonrpc.h"

namespace oxt::lsp {

int serveConnection(asio::io_context& context, transport::Connection& connection,
                    const ServerOptions& options) {
  AsioScheduler scheduler(context);
  LspServer server(
      scheduler,
      [&connection](std::span<const std::string_view> parts) {
        if (!connection.send(parts)) {
          spdlog::warn("could not write a message to the client");
        }
      },
      options);
  const auto stop = [&] {
    connection.close();
    context.stop();
  };
  server.setOnExit(stop);

  connection.start(transport::Connection::Handlers{
      [&server](const std::string& body) {
        auto parsed = protocol::parseMessage(body, body.capacity());
        if (auto* rejected = std::get_if<protocol::RejectedMessage>(&parsed)) {
          server.reject(*rejected);
          return;
        }
        server.receive(std::move(std::get<protocol::Message>(parsed)));
      },
      [](const std::string& problem) { spdlog::warn("framing: {}", problem); },
      [&](const std::string& reason) {
        if (reason.empty()) {
          spdlog::info("the client closed the connection");
        } else {
          spdlog::error("closing the connection: {}", reason);
        }
        stop();
      }});
  context.run();
  scheduler.stopWorkers(); // before the server they may call back goes
  if (!server.exitRequested()) {
    spdlog::warn("the input ended without 'exit': exit code 1");
  }
  return server.exitCode();
}

} // namespace oxt::lsp
