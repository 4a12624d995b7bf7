// The files and folders a resource path may name, listed from the file system.
//
// Why apart from completion: listing a folder is the one thing completion does that
// touches the disk; keeping it here keeps its limits (hidden entries skipped, a cap
// on the count, no exception on a missing or unreadable folder) in one place.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace oxt::features {

struct PathEntry {
  std::string name; // the file or folder name, without any '/'
  bool folder = false;
};

struct PathListing {
  std::vector<PathEntry> entries; // folders first, then files, each sorted by name
  bool incomplete = false;        // the folder held more than `maxEntries`
};

/// The entries of the folder that `typed` (a path relative to `base`, as written so
/// far inside the quotes: "lib/Ac") points into ("lib/"), hidden ones (".git") left
/// out. `/` and `\` both separate folders. Nothing when the folder does not exist.
[[nodiscard]] PathListing listResourcePaths(const std::filesystem::path& base,
                                            std::string_view typed, std::size_t maxEntries);

/// Where the last segment of `typed` starts (after its last '/' or '\').
[[nodiscard]] std::size_t lastSegmentStart(std::string_view typed);

} // namespace oxt::features
