#include "features/resource_paths.h"

#include <algorithm>
#include <system_error>

namespace oxt::features {

std::size_t lastSegmentStart(std::string_view typed) {
  const auto slash = typed.find_last_of("/\\");
  return slash == std::string_view::npos ? 0 : slash + 1;
}

PathListing listResourcePaths(const std::filesystem::path& base, std::string_view typed,
                              std::size_t maxEntries) {
  PathListing listing;
  std::string folderPart(typed.substr(0, lastSegmentStart(typed)));
  std::replace(folderPart.begin(), folderPart.end(), '\\', '/');
  const auto folder = folderPart.empty() ? base : base / std::filesystem::path(folderPart);
  std::error_code error;
  std::filesystem::directory_iterator it(folder, error);
  if (error) {
    return listing;
  }
  // Read at most a few times the cap: a folder of a million files must not stall a
  // keystroke. What is shown is then "some" entries, and the list says it is partial.
  const std::size_t readLimit = maxEntries * 4;
  std::size_t read = 0;
  for (; it != std::filesystem::directory_iterator(); it.increment(error)) {
    if (error) {
      break;
    }
    if (++read > readLimit) {
      listing.incomplete = true;
      break;
    }
    auto name = it->path().filename().string();
    if (name.empty() || name.front() == '.') {
      continue;
    }
    std::error_code typeError;
    listing.entries.push_back({std::move(name), it->is_directory(typeError)});
  }
  std::sort(listing.entries.begin(), listing.entries.end(),
            [](const PathEntry& a, const PathEntry& b) {
              return a.folder != b.folder ? a.folder : a.name < b.name;
            });
  if (listing.entries.size() > maxEntries) {
    listing.entries.resize(maxEntries);
    listing.incomplete = true;
  }
  return listing;
}

} // namespace oxt::features
