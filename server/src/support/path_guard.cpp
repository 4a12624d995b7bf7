#include "support/path_guard.h"

#include <deque>
#include <string>

namespace oxt {

namespace fs = std::filesystem;

std::optional<fs::path> resolvedPath(const fs::path& path) {
  // As the kernel resolves a path when it opens a file, component by component;
  // unlike weakly_canonical, a link to a file that does not exist yet is followed
  // too (opening it with O_CREAT would create its target).
  constexpr int kMaxLinks = 40; // the kernel's limit (ELOOP)
  std::error_code ec;
  const auto absolute = fs::absolute(path, ec);
  if (ec) {
    return std::nullopt;
  }
  const auto parts = absolute.relative_path();
  std::deque<fs::path> remaining(parts.begin(), parts.end());
  fs::path result = absolute.root_path();
  int links = 0;
  while (!remaining.empty()) {
    const auto part = remaining.front();
    remaining.pop_front();
    if (part.empty() || part == ".") {
      continue;
    }
    if (part == "..") {
      result = result.parent_path();
      continue;
    }
    auto next = result / part;
    if (!fs::is_symlink(fs::symlink_status(next, ec))) {
      result = std::move(next);
      continue;
    }
    if (++links > kMaxLinks) {
      return std::nullopt;
    }
    const auto target = fs::read_symlink(next, ec);
    if (ec) {
      return std::nullopt;
    }
    if (target.is_absolute()) {
      result = target.root_path();
    }
    const auto relative = target.relative_path();
    remaining.insert(remaining.begin(), relative.begin(), relative.end());
  }
  return result;
}

bool isInsideFolder(const fs::path& folder, const fs::path& path) {
  const auto base = resolvedPath(folder);
  const auto full = resolvedPath(path);
  if (!base || !full) {
    return false;
  }
  const auto relative = full->lexically_relative(*base);
  return !relative.empty() && relative.is_relative() && *relative.begin() != "..";
}

std::optional<FileError> checkInsideFolder(const fs::path& folder, const fs::path& path,
                                           std::string_view what) {
  if (isInsideFolder(folder, path)) {
    return std::nullopt;
  }
  std::string message = "refusing to " + std::string(what) + " '" + path.string() +
                        "': it is outside '" + folder.string() + "'";
  const auto resolved = resolvedPath(path);
  if (!resolved) {
    message += " (its path cannot be resolved)";
  } else if (std::error_code ec; *resolved != fs::absolute(path, ec).lexically_normal()) {
    message += " (a symbolic link leads to '" + resolved->string() + "')";
  }
  return FileError{std::move(message)};
}

bool isPlainName(std::string_view name) {
  return !name.empty() && name != "." && name != ".." &&
         name.find_first_of(std::string_view("/\\\0", 3)) == std::string_view::npos;
}

} // namespace oxt
