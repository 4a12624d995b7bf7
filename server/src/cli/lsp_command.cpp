#include "cli/lsp_command.h"

#include <unistd.h>

#include <csignal>

#include <ostream>
#include <system_error>

#include <asio/io_context.hpp>
#include <spdlog/spdlog.h>

#include "cli/app.h"
#include "lsp/server_connection.h"
#include "transport/connection.h"
#include "transport/tcp_listener.h"

namespace oxt::cli {

namespace {

int serveStdio() {
  asio::io_context context;
  auto connection = transport::makeStdioConnection(context, STDIN_FILENO, STDOUT_FILENO);
  spdlog::info("oxt lsp: serving on stdio");
  return lsp::serveConnection(context, *connection, lsp::ServerOptions{});
}

int serveTcp(const std::string& listen, std::ostream& err) {
  std::string problem;
  const auto address = transport::parseListenAddress(listen, problem);
  if (!address) {
    err << "oxt lsp: --listen: " << problem << "\n";
    return kExitUsage;
  }
  std::optional<transport::TcpListener> listener;
  try {
    listener.emplace(*address);
  } catch (const std::system_error& e) {
    err << "oxt lsp: cannot listen on " << listen << ": " << e.what() << "\n";
    return kExitUsage;
  }
  // The port on stderr, so that a script that asked for port 0 knows where to go.
  err << "oxt lsp: listening on " << address->host << ":" << listener->port() << std::endl;
  for (;;) {
    asio::io_context session;
    std::error_code error;
    auto connection = listener->accept(session, error);
    if (!connection) {
      spdlog::error("accept failed: {}", error.message());
      continue;
    }
    spdlog::info("oxt lsp: a client connected");
    const int code = lsp::serveConnection(session, *connection, lsp::ServerOptions{});
    spdlog::info("oxt lsp: the client left (exit code {}); waiting for the next", code);
  }
}

} // namespace

int runLsp(const LspOptions& options, std::ostream& err) {
  // A client that goes away must end the server through a write error, not SIGPIPE.
  (void)std::signal(SIGPIPE, SIG_IGN);
  return options.listen.empty() ? serveStdio() : serveTcp(options.listen, err);
}

} // namespace oxt::cli
