// Reading an `.oxt` file for a command, with a message a person understands
// when it cannot be used: not there, a folder, unreadable, or not UTF-8 text.
//
// Why apart from support/file_io: "is it UTF-8" is a rule of the language
// (docs/language.md, "Files"), and the command line is where it is reported; the
// language server gets its text from the editor, already decoded.
#pragma once

#include <filesystem>
#include <string>
#include <variant>

namespace oxt::cli {

struct SourceFileError {
  std::string message; // "'x.oxt' is not UTF-8 text: invalid byte 0xE9 at line 3, column 12"
};

[[nodiscard]] std::variant<std::string, SourceFileError>
readSourceFile(const std::filesystem::path& path);

/// The offset of the first byte of `bytes` that is not part of valid UTF-8, or
/// bytes.size() when all of it is valid.
[[nodiscard]] std::size_t firstInvalidUtf8(std::string_view bytes);

} // namespace oxt::cli
