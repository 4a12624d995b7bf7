#include "workspace/workspace_index.h"

#include <algorithm>
#include <cctype>
#include <utility>

namespace oxt::workspace {

namespace {
bool equalsIgnoringCase(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}
} // namespace

bool isUnder(const std::filesystem::path& path, const std::filesystem::path& root) {
  auto p = path.lexically_normal();
  auto r = root.lexically_normal();
  auto [rootEnd, pathAt] = std::mismatch(r.begin(), r.end(), p.begin(), p.end());
  // A trailing separator of the root shows as an empty last element.
  return rootEnd == r.end() || (std::next(rootEnd) == r.end() && rootEnd->empty());
}

void WorkspaceIndex::replaceFolder(const std::filesystem::path& root,
                                   std::vector<FileSummary> files) {
  removeFolder(root);
  for (auto& file : files) {
    auto path = file.path;
    onDisk_.insert_or_assign(std::move(path), std::move(file));
  }
}

void WorkspaceIndex::removeFolder(const std::filesystem::path& root) {
  std::erase_if(onDisk_, [&](const auto& entry) { return isUnder(entry.first, root); });
}

void WorkspaceIndex::updateOnDisk(FileSummary file) {
  auto path = file.path;
  onDisk_.insert_or_assign(std::move(path), std::move(file));
}

void WorkspaceIndex::removeOnDisk(const std::filesystem::path& path) { onDisk_.erase(path); }

void WorkspaceIndex::updateOpen(FileSummary file) {
  auto path = file.path;
  open_.insert_or_assign(std::move(path), std::move(file));
}

void WorkspaceIndex::removeOpen(const std::filesystem::path& path) { open_.erase(path); }

const FileSummary* WorkspaceIndex::find(const std::filesystem::path& path) const {
  if (auto it = open_.find(path); it != open_.end()) {
    return &it->second;
  }
  if (auto it = onDisk_.find(path); it != onDisk_.end()) {
    return &it->second;
  }
  return nullptr;
}

std::vector<FileSummary> WorkspaceIndex::filesDeclaring(std::string_view name) const {
  std::vector<FileSummary> found;
  if (name.empty()) {
    return found;
  }
  for (const auto& [path, file] : open_) {
    if (equalsIgnoringCase(file.extensionName, name)) {
      found.push_back(file);
    }
  }
  for (const auto& [path, file] : onDisk_) {
    if (!open_.contains(path) && equalsIgnoringCase(file.extensionName, name)) {
      found.push_back(file);
    }
  }
  std::sort(found.begin(), found.end(),
            [](const FileSummary& a, const FileSummary& b) { return a.path < b.path; });
  return found;
}

std::size_t WorkspaceIndex::size() const {
  auto count = open_.size();
  for (const auto& entry : onDisk_) {
    if (!open_.contains(entry.first)) {
      ++count;
    }
  }
  return count;
}

std::vector<const FileSummary*> WorkspaceIndex::filesNotOpen() const {
  std::vector<const FileSummary*> files;
  files.reserve(onDisk_.size());
  for (const auto& [path, summary] : onDisk_) {
    if (!open_.contains(path)) {
      files.push_back(&summary);
    }
  }
  return files;
}

} // namespace oxt::workspace
