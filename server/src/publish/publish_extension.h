// 1-Click Publish: Verify → Update Source Code → Compile → Pack → Upload →
// Publish, stopping at the first stage that fails (docs/publishing.md). The
// command line (`oxt publish`) and the editor (command `oxt.publish`) both run it.
//
// A failed or cancelled publish leaves the target as it was; what was made
// locally (the C# project, the package) stays for the developer to inspect.
#pragma once

#include <atomic>
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "checks/diagnostic.h"
#include "publish/compile.h"
#include "publish/progress.h"
#include "publish/publish_config.h"
#include "syntax/syntax_tree.h"

namespace oxt::publish {

struct PublishRequest {
  std::filesystem::path oxtFile;
  PublishConfig config;
  std::string targetName; // empty: the default target
  bool dryRun = false;    // everything up to Pack; the target is not touched
  bool force = false;     // replace a version that is already published
};

struct PublishFailure {
  Stage stage = Stage::Verify;
  std::string message; // names the cause
  bool cancelled = false;
  bool alreadyPublished = false; // the target has this version (refused without --force)
};

struct PublishReport {
  std::string extension;
  std::string version;
  std::string targetName;
  std::vector<checks::Diagnostic> diagnostics;   // Verify: warnings (and errors when it failed)
  std::vector<CompilerMessage> compilerMessages; // Compile: errors and warnings
  std::filesystem::path compileLog;
  std::filesystem::path package; // the local .oxtpkg, once packed
  std::string packageSha256;
  std::string published; // `<root>/<Ext>/<version>` or `<url>/<Ext>/<version>`, once published
  std::string generated; // Update Source Code's summary
  std::optional<PublishFailure> failure;

  [[nodiscard]] bool ok() const { return !failure.has_value(); }
};

/// Publishes the extension defined by `tree` (the text of `request.oxtFile`, maybe
/// an editor's unsaved text).
[[nodiscard]] PublishReport publishExtension(const syntax::SyntaxTree& tree,
                                             const PublishRequest& request, ProgressSink& progress,
                                             const std::atomic<bool>& cancel);

/// "MortgageLib 1.0.0 published to 'local' (/ws/.oxt/platform/MortgageLib/1.0.0)" or
/// "Publish failed at Compile: The compiler exited with errors. …".
[[nodiscard]] std::string summaryOf(const PublishReport& report);

} // namespace oxt::publish
