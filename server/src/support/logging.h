// Logging set-up for every subcommand.
//
// Why: stdout belongs to the LSP protocol (and to `oxt fmt`'s output), so all logs
// go to stderr or to a file, never to stdout. The rest of the code logs with
// spdlog's free functions (spdlog::info, …) on the default logger set up here.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace oxt {

/// Parses a level name ("trace", "debug", "info", "warn", "error", "off").
[[nodiscard]] bool isValidLogLevel(std::string_view level);

/// Makes the default logger write to stderr, or to `logFile` when given, at `level`.
/// Returns an error message when the log file cannot be opened.
[[nodiscard]] std::optional<std::string> configureLogging(std::string_view level,
                                                          const std::string& logFile);

} // namespace oxt
