// SHA-256 of bytes and of files, as lowercase hex: what the package's manifest
// records for every entry and what a target's read-back is compared with.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace oxt::publish {

[[nodiscard]] std::string sha256Hex(std::string_view bytes);

/// The SHA-256 of the file at `path`, read in chunks; nullopt when it cannot be read.
[[nodiscard]] std::optional<std::string> sha256OfFile(const std::filesystem::path& path);

} // namespace oxt::publish
