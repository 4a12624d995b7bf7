// Reading whole files, with errors as values (writing: support/atomic_write.h).
//
// Why: every subcommand reads `.oxt` files and must report an unreadable file as a
// diagnostic-like message, never as an exception escaping to the user.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "support/atomic_write.h" // writeFileAtomically, which lived here
#include "support/file_error.h"

namespace oxt {

/// The bytes of `path`, or why they could not be read.
[[nodiscard]] std::variant<std::string, FileError> readFile(const std::filesystem::path& path);

} // namespace oxt
