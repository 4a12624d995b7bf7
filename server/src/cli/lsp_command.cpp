#include "cli/lsp_command.h"

#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

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

/// glibc gives each thread that allocates its own arena, and memory freed in one is
/// not reused by another. The server's threads take turns (the loop hands a snapshot
/// to a worker and goes on reading; the worker builds an analysis, which the loop
/// adopts and a worker frees), so with an arena per thread each ended up holding a
/// model's worth of freed memory (peak 95-101 MB at N = 5,000, against 69-71 MB with
/// one). With one, though, the two threads that open a file (parse, model, checks)
/// wait on each other's every allocation: opening took 214-237 ms against 151-157 ms
/// with two arenas, at the same peak memory (docs/performance.md).
void useTwoMallocArenas() {
#ifdef __GLIBC__
  (void)mallopt(M_ARENA_MAX, 2);
#endif
}

} // namespace

int runLsp(const LspOptions& options, std::ostream& err) {
  // A client that goes away must end the server through a write error, not SIGPIPE.
  (void)std::signal(SIGPIPE, SIG_IGN);
  useTwoMallocArenas();
  return options.listen.empty() ? serveStdio() : serveTcp(options.listen, err);
}

} // namespace oxt::cli
