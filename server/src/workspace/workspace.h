// The language server's core state: the workspace folders, the open documents, the
// index of `.oxt` files on disk, and the settings. No JSON, no LSP types.
//
// Why one class: the LSP layer calls it from its one loop thread, so it needs no
// locks; long work (checking a document, scanning a folder) is done on snapshots
// and plain functions (checkSnapshot, scanFolder) that the LSP layer runs on its
// worker, and whose results come back here.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "checks/diagnostic.h"
#include "codegen/implementation_check.h"
#include "syntax/syntax_tree.h"
#include "workspace/cross_file_checks.h"
#include "workspace/open_document.h"
#include "workspace/settings.h"
#include "workspace/workspace_index.h"

namespace oxt::workspace {

class Workspace {
public:
  // Workspace folders (multi-root).
  [[nodiscard]] const std::vector<std::filesystem::path>& folders() const { return folders_; }
  /// Adds a folder; false when it was already there.
  bool addFolder(const std::filesystem::path& folder);
  /// Removes a folder and forgets its files on disk; false when it was not there.
  bool removeFolder(const std::filesystem::path& folder);
  /// True when `path` is inside a workspace folder.
  [[nodiscard]] bool contains(const std::filesystem::path& path) const;

  // Open documents.
  OpenDocument& open(const std::filesystem::path& path, int32_t version, std::string text);
  /// nullptr when the document is not open. `notes` receives repairs made to the changes.
  OpenDocument* change(const std::filesystem::path& path, int32_t version,
                       const std::vector<ContentChange>& changes, syntax::PositionEncoding encoding,
                       std::vector<std::string>& notes);
  /// False when the document was not open.
  bool close(const std::filesystem::path& path);
  [[nodiscard]] OpenDocument* document(const std::filesystem::path& path);
  [[nodiscard]] std::vector<std::filesystem::path> openPaths() const;

  // The index of `.oxt` files.
  [[nodiscard]] WorkspaceIndex& index() { return index_; }
  [[nodiscard]] const WorkspaceIndex& index() const { return index_; }
  /// A watched file was created or changed on disk: reads and summarizes it.
  /// Returns false when it could not be read (then it is forgotten).
  bool fileChangedOnDisk(const std::filesystem::path& path);
  void fileDeletedOnDisk(const std::filesystem::path& path);

  // Settings.
  [[nodiscard]] const Settings& settings() const { return settings_; }
  void setSettings(Settings settings) { settings_ = std::move(settings); }

  /// The cross-file diagnostics of open document `path` against the index.
  [[nodiscard]] std::vector<CrossFileDiagnostic>
  crossFileDiagnosticsOf(const std::filesystem::path& path) const;

private:
  std::vector<std::filesystem::path> folders_;
  std::map<std::filesystem::path, OpenDocument> documents_;
  WorkspaceIndex index_;
  Settings settings_;
};

/// The per-file diagnostics of a document snapshot (safe on any thread).
[[nodiscard]] std::vector<checks::Diagnostic> checkSnapshot(const syntax::SyntaxTree& snapshot,
                                                            const std::filesystem::path& path);

/// The same, over an analysis of `snapshot` built already.
[[nodiscard]] std::vector<checks::Diagnostic> checkSnapshot(const syntax::SyntaxTree& snapshot,
                                                            const model::Analysis& analysis,
                                                            const std::filesystem::path& path);

/// checkSnapshot in its two parts, for a server that shows the first while the second
/// reads the project from disk: the file's own diagnostics (every check) …
[[nodiscard]] std::vector<checks::Diagnostic> checkSnapshotAlone(const syntax::SyntaxTree& snapshot,
                                                                 const model::Analysis& analysis,
                                                                 const std::filesystem::path& path);
/// … then those of comparing it with the C# project beside it (OXT0101–OXT0103), on
/// the `.oxt` file and on each `<Ext>.cs`.
[[nodiscard]] codegen::ProjectComparison
checkSnapshotAgainstProject(const syntax::SyntaxTree& snapshot, const model::Analysis& analysis,
                            const std::filesystem::path& path);
/// Whether that comparison has to read (parse) a `<Ext>.cs` first: about 200 ms at
/// 5,000 actions, the first time after opening or after the file changed.
[[nodiscard]] bool projectNeedsReading(const model::Analysis& analysis,
                                       const std::filesystem::path& path);

} // namespace oxt::workspace
