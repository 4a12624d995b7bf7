// Runs one LspServer over one transport connection, until `exit` or the end of input.
//
// Why a function of its own: it is the only place where message text meets the
// server — bodies from the transport are parsed into JSON-RPC messages, and the
// server's JSON values are serialized for the transport.
#pragma once

#include <asio/io_context.hpp>

#include "lsp/lsp_server.h"
#include "transport/connection.h"

namespace oxt::lsp {

/// Serves the client on `connection` (whose I/O runs on `context`) and returns the
/// exit code: 0 after shutdown then exit, 1 otherwise.
int serveConnection(asio::io_context& context, transport::Connection& connection,
                    const ServerOptions& options);

} // namespace oxt::lsp
