// Every `.oxt` file of the workspace, open or not, as summaries.
//
// Why: cross-file checks (two files declaring the same extension) and, later,
// cross-file features must see files the editor has not opened. The index is fed by
// folder scans, by watched-file events for files on disk, and by open documents,
// whose current text wins over what is on disk.
#pragma once

#include <cstddef>
#include <filesystem>
#include <map>
#include <string_view>
#include <vector>

#include "workspace/file_summary.h"

namespace oxt::workspace {

class WorkspaceIndex {
public:
  /// Replaces what is known on disk under `root` with `files`.
  void replaceFolder(const std::filesystem::path& root, std::vector<FileSummary> files);
  /// Forgets the files on disk under `root`.
  void removeFolder(const std::filesystem::path& root);

  /// A file on disk was created or changed / deleted.
  void updateOnDisk(FileSummary file);
  void removeOnDisk(const std::filesystem::path& path);

  /// An open document's summary, which hides the file on disk until closed.
  void updateOpen(FileSummary file);
  void removeOpen(const std::filesystem::path& path);

  /// Every file (open version first) declaring extension `name` (case-insensitive,
  /// as OutSystems names are), sorted by path.
  [[nodiscard]] std::vector<FileSummary> filesDeclaring(std::string_view name) const;

  /// The current summary of `path`, or nullptr.
  [[nodiscard]] const FileSummary* find(const std::filesystem::path& path) const;

  [[nodiscard]] std::size_t size() const;

  /// Every file on disk that is not open, sorted by path (workspace symbols: open
  /// documents are read from their current text instead).
  [[nodiscard]] std::vector<const FileSummary*> filesNotOpen() const;

private:
  std::map<std::filesystem::path, FileSummary> onDisk_;
  std::map<std::filesystem::path, FileSummary> open_;
};

/// True when `path` is `root` or inside it (lexically).
[[nodiscard]] bool isUnder(const std::filesystem::path& path, const std::filesystem::path& root);

} // namespace oxt::workspace
