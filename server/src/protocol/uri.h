// `file:` URIs to paths and back (RFC 8089 as editors write them).
//
// Why here: clients name documents and folders by URI, the core by path. The LSP
// layer converts at the edge with these two functions and nothing else.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace oxt::protocol {

/// The path of a `file:` URI ("file:///home/a%20b/x.oxt" → "/home/a b/x.oxt"), or
/// nullopt for another scheme ("untitled:Untitled-1") or a malformed URI.
[[nodiscard]] std::optional<std::filesystem::path> pathFromUri(std::string_view uri);

/// The `file:` URI of an absolute path, percent-encoding what must be.
[[nodiscard]] std::string uriFromPath(const std::filesystem::path& path);

} // namespace oxt::protocol
