// Reading whole files, with errors as values.
//
// Why: every subcommand reads `.oxt` files and must report an unreadable file as a
// diagnostic-like message, never as an exception escaping to the user.
#pragma once

#include <filesystem>
#include <string>
#include <variant>

namespace oxt {

struct FileError {
  std::string message; // e.g. "cannot read 'x.oxt': No such file or directory"
};

/// The bytes of `path`, or why they could not be read.
[[nodiscard]] std::variant<std::string, FileError> readFile(const std::filesystem::path& path);

} // namespace oxt
