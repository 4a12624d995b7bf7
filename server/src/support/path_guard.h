// Keeping writes inside the folder the user asked for.
//
// Why one place: generation writes only inside the extension's folder and a
// publish only inside its target; a name, resource path or output path that would
// lead elsewhere (`..`, an absolute path, a symbolic link pointing out) must be
// refused the same way everywhere, with symbolic links resolved as the kernel
// will resolve them when the file is opened.
#pragma once

#include <filesystem>
#include <optional>
#include <string_view>

#include "support/file_error.h"

namespace oxt {

/// `path` made absolute, with `.`, `..` and every symbolic link resolved as the
/// kernel would, including a link to a file that does not exist yet; nullopt when
/// that fails (e.g. a loop of links).
[[nodiscard]] std::optional<std::filesystem::path> resolvedPath(const std::filesystem::path& path);

/// True when `path`, resolved, is `folder`, resolved, or lies inside it.
[[nodiscard]] bool isInsideFolder(const std::filesystem::path& folder,
                                  const std::filesystem::path& path);

/// Nothing when `path` is inside `folder`; otherwise an error naming both and,
/// when a symbolic link leads out, where it leads: "refusing to write 'p': it is
/// outside 'folder'". `what` is the verb ("write", "read").
[[nodiscard]] std::optional<FileError> checkInsideFolder(const std::filesystem::path& folder,
                                                         const std::filesystem::path& path,
                                                         std::string_view what = "write");

/// True for one plain file or folder name: not empty, not "." or "..", no '/',
/// '\\' or NUL. A name the user gave that becomes one path component.
[[nodiscard]] bool isPlainName(std::string_view name);

} // namespace oxt
