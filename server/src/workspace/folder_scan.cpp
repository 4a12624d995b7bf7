#include "workspace/folder_scan.h"

#include <algorithm>
#include <string>
#include <system_error>
#include <variant>

#include "support/file_io.h"
#include "support/limits.h"
#include "syntax/syntax_tree.h"

namespace oxt::workspace {

namespace {

bool isSkippedFolder(const std::filesystem::path& folder) {
  const auto name = folder.filename().string();
  return (!name.empty() && name.front() == '.') || name == "build" || name == "node_modules";
}

std::vector<std::filesystem::path> findFiles(const std::filesystem::path& root, uint32_t maxFiles,
                                             const std::atomic<bool>& cancel, bool& truncated) {
  std::vector<std::filesystem::path> found;
  std::error_code error;
  std::filesystem::recursive_directory_iterator it(
      root, std::filesystem::directory_options::skip_permission_denied, error);
  for (const std::filesystem::recursive_directory_iterator end; !error && it != end;
       it.increment(error)) {
    if (cancel.load()) {
      break;
    }
    std::error_code statusError;
    if (it->is_directory(statusError)) {
      if (isSkippedFolder(it->path())) {
        it.disable_recursion_pending();
      }
      continue;
    }
    if (it->is_regular_file(statusError) && isOxtFile(it->path())) {
      if (found.size() >= maxFiles) {
        truncated = true;
        break;
      }
      found.push_back(it->path());
    }
  }
  std::sort(found.begin(), found.end());
  return found;
}

} // namespace

bool isOxtFile(const std::filesystem::path& path) { return path.extension() == ".oxt"; }

void EditorFiles::opened(const std::filesystem::path& path) {
  const std::lock_guard lock(mutex_);
  open_.insert(path);
  if (path == reading_) {
    abandon_.store(1);
  }
}

bool EditorFiles::startReading(const std::filesystem::path& path) {
  const std::lock_guard lock(mutex_);
  abandon_.store(0);
  if (open_.contains(path)) {
    reading_.clear();
    return false;
  }
  reading_ = path;
  return true;
}

ScanResult scanFolder(const std::filesystem::path& root, uint32_t maxFiles,
                      const std::atomic<bool>& cancel, const ScanProgress& progress) {
  EditorFiles none;
  return scanFolder(root, maxFiles, cancel, progress, none);
}

ScanResult scanFolder(const std::filesystem::path& root, uint32_t maxFiles,
                      const std::atomic<bool>& cancel, const ScanProgress& progress,
                      EditorFiles& editorFiles) {
  ScanResult result;
  const auto paths = findFiles(root, maxFiles, cancel, result.truncated);
  const auto total = static_cast<uint32_t>(paths.size());
  uint32_t done = 0;
  for (const auto& path : paths) {
    if (cancel.load()) {
      result.cancelled = true;
      return result;
    }
    // A file over the size limit would not be parsed (its summary is empty): it is
    // not read either, whatever its size.
    if (!editorFiles.startReading(path)) {
      result.leftToEditor.push_back(path);
      ++done;
      continue;
    }
    std::error_code ec;
    auto text = std::filesystem::file_size(path, ec) > limits::kMaxDocumentBytes
                    ? std::variant<std::string, FileError>(std::string())
                    : readFile(path);
    if (auto* bytes = std::get_if<std::string>(&text)) {
      try {
        const syntax::SyntaxTree tree(std::move(*bytes), editorFiles.abandonFlag());
        if (editorFiles.abandonFlag().load() == 0) {
          result.files.push_back(summarize(path, tree, SummaryDetail::WithDeclarations));
        } else {
          result.leftToEditor.push_back(path); // opened after the parse: the editor's
        }
      } catch (const syntax::ParseAbandoned&) {
        result.leftToEditor.push_back(path); // opened in the editor meanwhile
      }
    }
    ++done;
    if (progress) {
      progress(done, total);
    }
  }
  result.cancelled = cancel.load();
  return result;
}

} // namespace oxt::workspace
