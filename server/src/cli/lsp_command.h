// `oxt lsp [--listen HOST:PORT]`: the language server, over stdio (what editors
// start) or TCP (to attach a client to a server started by hand, for debugging).
#pragma once

#include <iosfwd>
#include <string>

namespace oxt::cli {

struct LspOptions {
  std::string listen; // "" for stdio; else HOST:PORT or PORT (host 127.0.0.1)
};

/// Over stdio: the exit code the protocol asks for (0 after shutdown and exit, 1
/// otherwise). Over TCP: serves clients one after another until killed; 2 when the
/// address is invalid or cannot be bound.
int runLsp(const LspOptions& options, std::ostream& err);

} // namespace oxt::cli
