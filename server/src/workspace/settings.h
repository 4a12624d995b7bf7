// The user's settings for the language server (`oxt.*` in the editor), as plain data.
//
// Why a struct of its own: the core reads settings as typed fields with defaults,
// while the LSP layer reads them from whatever JSON the client sends (initialization
// options, didChangeConfiguration, workspace/configuration) and fills this struct.
#pragma once

#include <cstdint>
#include <string>

namespace oxt::workspace {

struct Settings {
  /// `oxt.diagnostics.enable`: publish diagnostics at all (false clears them).
  bool diagnosticsEnabled = true;
  /// `oxt.diagnostics.delay`: milliseconds to wait after the last change of a burst
  /// before checking the document again (the debounce). 0 by default: a check starts
  /// at once when none is running for the file, and changes made while one runs are
  /// checked together when it ends (LspServer::publishDiagnostics), so a burst never
  /// queues up checks and a single keystroke is answered without waiting.
  uint32_t diagnosticsDelayMs = 0;
  /// `oxt.diagnostics.documentationUrl`: the page a diagnostic code links to; the
  /// code's anchor ("#oxt0001") is appended.
  std::string documentationUrl;
  /// `oxt.workspace.maxFiles`: at most this many `.oxt` files are indexed per folder.
  uint32_t maxIndexedFiles = 10000;

  friend bool operator==(const Settings&, const Settings&) = default;
};

/// Bounds of the numeric settings, to reject values that would stall the server.
inline constexpr uint32_t kMaxDiagnosticsDelayMs = 10000;
inline constexpr uint32_t kMaxIndexedFilesLimit = 1000000;

} // namespace oxt::workspace
