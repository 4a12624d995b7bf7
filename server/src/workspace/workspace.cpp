#include "workspace/workspace.h"

#include <algorithm>
#include <filesystem>
#include <system_error>
#include <utility>
#include <variant>

#include "checks/check_document.h"
#include "codegen/implementation_check.h"
#include "support/file_io.h"
#include "support/limits.h"
#include "workspace/file_summary.h"

namespace oxt::workspace {

bool Workspace::addFolder(const std::filesystem::path& folder) {
  if (std::find(folders_.begin(), folders_.end(), folder) != folders_.end()) {
    return false;
  }
  folders_.push_back(folder);
  return true;
}

bool Workspace::removeFolder(const std::filesystem::path& folder) {
  const auto it = std::find(folders_.begin(), folders_.end(), folder);
  if (it == folders_.end()) {
    return false;
  }
  folders_.erase(it);
  index_.removeFolder(folder);
  // A file of another folder nested in the removed one is still indexed there.
  return true;
}

bool Workspace::contains(const std::filesystem::path& path) const {
  return std::any_of(folders_.begin(), folders_.end(),
                     [&](const auto& folder) { return isUnder(path, folder); });
}

OpenDocument& Workspace::open(const std::filesystem::path& path, int32_t version,
                              std::string text) {
  documents_.erase(path);
  auto& document =
      documents_.try_emplace(path, OpenDocument(path, version, std::move(text))).first->second;
  index_.updateOpen(summarize(path, document.tree()));
  return document;
}

OpenDocument* Workspace::change(const std::filesystem::path& path, int32_t version,
                                const std::vector<ContentChange>& changes,
                                syntax::PositionEncoding encoding,
                                std::vector<std::string>& notes) {
  auto* document = this->document(path);
  if (document == nullptr) {
    return nullptr;
  }
  notes = document->applyChanges(version, changes, encoding);
  index_.updateOpen(summarize(path, document->tree()));
  return document;
}

bool Workspace::close(const std::filesystem::path& path) {
  index_.removeOpen(path);
  return documents_.erase(path) > 0;
}

OpenDocument* Workspace::document(const std::filesystem::path& path) {
  const auto it = documents_.find(path);
  return it == documents_.end() ? nullptr : &it->second;
}

std::vector<std::filesystem::path> Workspace::openPaths() const {
  std::vector<std::filesystem::path> paths;
  paths.reserve(documents_.size());
  for (const auto& entry : documents_) {
    paths.push_back(entry.first);
  }
  return paths;
}

bool Workspace::fileChangedOnDisk(const std::filesystem::path& path) {
  std::error_code ec;
  auto text = std::filesystem::file_size(path, ec) > limits::kMaxDocumentBytes
                  ? std::variant<std::string, FileError>(std::string()) // not parsed: not read
                  : readFile(path);
  auto* bytes = std::get_if<std::string>(&text);
  if (bytes == nullptr) {
    index_.removeOnDisk(path);
    return false;
  }
  const syntax::SyntaxTree tree(std::move(*bytes));
  index_.updateOnDisk(summarize(path, tree, SummaryDetail::WithDeclarations));
  return true;
}

void Workspace::fileDeletedOnDisk(const std::filesystem::path& path) { index_.removeOnDisk(path); }

std::vector<CrossFileDiagnostic>
Workspace::crossFileDiagnosticsOf(const std::filesystem::path& path) const {
  const auto* self = index_.find(path);
  if (self == nullptr) {
    return {};
  }
  return crossFileDiagnostics(*self, index_);
}

std::vector<checks::Diagnostic> checkSnapshot(const syntax::SyntaxTree& snapshot,
                                              const std::filesystem::path& path) {
  return codegen::checkFileAndImplementation(snapshot, path);
}

std::vector<checks::Diagnostic> checkSnapshot(const syntax::SyntaxTree& snapshot,
                                              const model::Analysis& analysis,
                                              const std::filesystem::path& path) {
  return codegen::checkFileAndImplementation(snapshot, analysis, path);
}

std::vector<checks::Diagnostic> checkSnapshotAlone(const syntax::SyntaxTree& snapshot,
                                                   const model::Analysis& analysis,
                                                   const std::filesystem::path& path) {
  return checks::checkDocument(snapshot, analysis, checks::CheckContext{path});
}

codegen::ProjectComparison checkSnapshotAgainstProject(const syntax::SyntaxTree& snapshot,
                                                       const model::Analysis& analysis,
                                                       const std::filesystem::path& path) {
  return codegen::compareWithProjects(snapshot, analysis, path);
}

bool projectNeedsReading(const model::Analysis& analysis, const std::filesystem::path& path) {
  return codegen::implementationNeedsReading(analysis.document, path);
}

} // namespace oxt::workspace
