// Reading whole files, with errors as values.
//
// Why: every subcommand reads `.oxt` files and must report an unreadable file as a
// diagnostic-like message, never as an exception escaping to the user.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

namespace oxt {

struct FileError {
  std::string message; // e.g. "cannot read 'x.oxt': No such file or directory"
};

/// The bytes of `path`, or why they could not be read.
[[nodiscard]] std::variant<std::string, FileError> readFile(const std::filesystem::path& path);

/// Replaces the contents of `path` with `bytes` so that a reader (or a crash)
/// sees either the old file or the new one, never a half-written one: the bytes
/// go to a temporary file in the same folder, are flushed to disk, and the
/// temporary file is renamed over `path`. The file's permissions are kept.
/// Returns why it failed, if it did; the original file is then untouched.
[[nodiscard]] std::optional<FileError> writeFileAtomically(const std::filesystem::path& path,
                                                           std::string_view bytes);

} // namespace oxt
