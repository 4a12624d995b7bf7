#include "cli/oxt_files.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace oxt::cli {

namespace fs = std::filesystem;

namespace {

bool isSkippedFolder(const fs::path& folder) {
  constexpr std::array<std::string_view, 2> kSkipped{"build", "node_modules"};
  const auto name = folder.filename().string();
  if (name.size() > 1 && name.front() == '.') {
    return true;
  }
  return std::find(kSkipped.begin(), kSkipped.end(), name) != kSkipped.end();
}

void searchFolder(const fs::path& folder, FoundFiles& found) {
  std::error_code ec;
  std::vector<fs::path> inFolder;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec);
  if (ec) {
    found.errors.push_back("cannot read folder '" + folder.string() + "': " + ec.message());
    return;
  }
  for (const fs::recursive_directory_iterator end; it != end; it.increment(ec)) {
    if (ec) {
      found.errors.push_back("cannot read folder '" + folder.string() + "': " + ec.message());
      break;
    }
    const auto& entry = *it;
    if (entry.is_directory(ec) && isSkippedFolder(entry.path())) {
      it.disable_recursion_pending();
      continue;
    }
    if (entry.is_regular_file(ec) && entry.path().extension() == ".oxt") {
      inFolder.push_back(entry.path());
    }
  }
  std::sort(inFolder.begin(), inFolder.end());
  found.files.insert(found.files.end(), inFolder.begin(), inFolder.end());
}

} // namespace

FoundFiles findOxtFiles(const std::vector<std::string>& paths) {
  FoundFiles found;
  const std::vector<std::string> roots = paths.empty() ? std::vector<std::string>{"."} : paths;
  for (const auto& root : roots) {
    std::error_code ec;
    const fs::path path(root);
    if (fs::is_directory(path, ec)) {
      searchFolder(path, found);
    } else if (fs::exists(path, ec)) {
      found.files.push_back(path);
    } else {
      found.errors.push_back("no such file or folder: '" + root + "'");
    }
  }
  return found;
}

} // namespace oxt::cli
