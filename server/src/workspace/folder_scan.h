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
#include <mutex>
#include <set>
#include <vector>

#include "syntax/syntax_tree.h"
#include "workspace/file_summary.h"

namespace oxt::workspace {

struct ScanResult {
  std::vector<FileSummary> files;
  bool cancelled = false;
  bool truncated = false; // more than `maxFiles` files were found
  /// The files left to the editor (EditorFiles). One closed before the scan's result is
  /// taken in must be read from disk then, or the result would drop it from the index.
  std::vector<std::filesystem::path> leftToEditor;
};

/// Called with (files summarized, files found) now and then.
using ScanProgress = std::function<void(uint32_t done, uint32_t total)>;

/// The files a scan leaves to the editor: their summaries come from their text there,
/// and reading the disk's copy as well would parse a large file twice, on the same
/// cores, while the person waits for it. Those open when the scan starts, and those
/// opened while it runs: the LSP layer tells it of each (from its own thread). A file
/// opened while the scan is parsing it is abandoned mid-parse. Thread-safe.
class EditorFiles {
public:
  explicit EditorFiles(std::set<std::filesystem::path> open = {}) : open_(std::move(open)) {}

  /// `path` is open in the editor from now on.
  void opened(const std::filesystem::path& path);
  /// Whether the scan may read `path`: false when the editor has it. When true, the
  /// scan is reading it until the next call, and abandonFlag() is set if it gets opened.
  [[nodiscard]] bool startReading(const std::filesystem::path& path);
  [[nodiscard]] const syntax::AbandonFlag& abandonFlag() const { return abandon_; }

private:
  mutable std::mutex mutex_;
  std::set<std::filesystem::path> open_;
  std::filesystem::path reading_;
  syntax::AbandonFlag abandon_{0};
};

/// Every `*.oxt` file under `root` (skipping hidden folders, `build` and
/// `node_modules`), at most `maxFiles`, in sorted order, but those `editorFiles` holds.
/// Stops early when `cancel` becomes true. Unreadable files are skipped.
[[nodiscard]] ScanResult scanFolder(const std::filesystem::path& root, uint32_t maxFiles,
                                    const std::atomic<bool>& cancel, const ScanProgress& progress,
                                    EditorFiles& editorFiles);
/// The same, with no file open in the editor.
[[nodiscard]] ScanResult scanFolder(const std::filesystem::path& root, uint32_t maxFiles,
                                    const std::atomic<bool>& cancel, const ScanProgress& progress);

/// True for a path the workspace indexes: an `.oxt` file.
[[nodiscard]] bool isOxtFile(const std::filesystem::path& path);

} // namespace oxt::workspace
