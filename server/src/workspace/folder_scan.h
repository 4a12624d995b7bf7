// Finding and summarizing the `.oxt` files of a workspace folder.
//
// Why a function of its own: scanning reads and parses every file under a folder,
// which can take long. The LSP layer runs it on its worker thread with progress and
// cancellation, then hands the result to the WorkspaceIndex on its own thread, so
// this function touches no shared state.
#pragma once

#include <atomic>
#include <cstdint>
#include <filesystem>
#include <functional>
#include <set>
#include <vector>

#include "workspace/file_summary.h"

namespace oxt::workspace {

struct ScanResult {
  std::vector<FileSummary> files;
  bool cancelled = false;
  bool truncated = false; // more than `maxFiles` files were found
};

/// Called with (files summarized, files found) now and then.
using ScanProgress = std::function<void(uint32_t done, uint32_t total)>;

/// Every `*.oxt` file under `root` (skipping hidden folders, `build` and
/// `node_modules`), at most `maxFiles`, in sorted order, but those in `skip` (the files
/// open in the editor: their summaries come from their text there, and reading the
/// disk's copy as well would parse a large file twice). Stops early when `cancel`
/// becomes true. Unreadable files are skipped.
[[nodiscard]] ScanResult scanFolder(const std::filesystem::path& root, uint32_t maxFiles,
                                    const std::atomic<bool>& cancel, const ScanProgress& progress,
                                    const std::set<std::filesystem::path>& skip = {});

/// True for a path the workspace indexes: an `.oxt` file.
[[nodiscard]] bool isOxtFile(const std::filesystem::path& path);

} // namespace oxt::workspace
