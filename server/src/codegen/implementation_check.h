// "Verify" against the developer's C#: where `<Ext>.cs` and the definition
// disagree, reported in the `.oxt` file as Integration Studio's compile of the
// extension would (an action without its method, a method whose parameters are not
// the action's) — but while typing, not at publish time.
//
// Why warnings, not errors: `oxt generate` refuses files with errors, and
// generating is how these are fixed (the quick fixes run it). Codes OXT0101–OXT0103,
// documented in docs/diagnostics.md.
#pragma once

#include <filesystem>
#include <memory>
#include <optional>
#include <string_view>
#include <vector>

#include "checks/diagnostic.h"
#include "codegen/csharp_reader.h"
#include "model/analysis.h"
#include "model/extension_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::codegen {

/// Where the implementation of `extension`, defined in `oxtFile`, lives:
/// `<dir of oxtFile>/<Ext>/Source/NET/<Ext>.cs`.
[[nodiscard]] std::filesystem::path implementationPath(const std::filesystem::path& oxtFile,
                                                       const model::Extension& extension);

/// That path when its project was generated (the file is there), the extension is
/// declared and its name is usable; nothing otherwise, and for an unsaved buffer
/// (`oxtFile` empty). What every reader of `<Ext>.cs` asks first.
[[nodiscard]] std::optional<std::filesystem::path>
generatedImplementation(const std::filesystem::path& oxtFile, const model::Extension& extension);

/// The diagnostics of `extension` against `source` (the text of its `<Ext>.cs`).
[[nodiscard]] std::vector<checks::Diagnostic>
compareImplementation(const model::Extension& extension, std::string_view source,
                      std::string_view fileName);

/// The same, reading `<Ext>.cs` from disk for every declared extension of
/// `document`; nothing when a project has not been generated yet.
[[nodiscard]] std::vector<checks::Diagnostic>
checkImplementation(const model::Document& document, const std::filesystem::path& oxtFile);

/// The same mismatches seen from the C# file, on the method's name in `<Ext>.cs`
/// (OXT0102, OXT0103), for editors that show that file: one entry per extension whose
/// project exists, with the file the byte ranges refer to.
struct CSharpFileDiagnostics {
  std::filesystem::path file;
  std::shared_ptr<const CSharpFile> source; // its text and lines
  std::vector<checks::Diagnostic> diagnostics;
};

/// Whether checkImplementation(document, oxtFile) has to read a `<Ext>.cs` from disk
/// first: one is there that was not read as it is now (the first check after opening,
/// or after the file changed). Reading it parses it: about 200 ms at 5,000 actions.
[[nodiscard]] bool implementationNeedsReading(const model::Document& document,
                                              const std::filesystem::path& oxtFile);

/// Both sides of the comparison, from one walk of the actions: checkImplementation's,
/// and the same seen from each `<Ext>.cs`. What the language server publishes after
/// each check.
struct ProjectComparison {
  std::vector<checks::Diagnostic> inOxtFile;
  std::vector<CSharpFileDiagnostics> inCSharpFiles;
};
/// The comparison of `tree`'s `.oxt` file at `path` with its projects, or nothing while
/// `tree` has syntax errors.
[[nodiscard]] ProjectComparison compareWithProjects(const syntax::SyntaxTree& tree,
                                                    const model::Analysis& analysis,
                                                    const std::filesystem::path& path);

/// Every diagnostic of the `.oxt` file at `path`: the checks, then (when there are
/// no syntax errors) the comparison with its `<Ext>.cs`. What `oxt check` and the
/// language server report.
[[nodiscard]] std::vector<checks::Diagnostic>
checkFileAndImplementation(const syntax::SyntaxTree& tree, const std::filesystem::path& path);

/// The same, over an analysis of `tree` the caller built already.
[[nodiscard]] std::vector<checks::Diagnostic>
checkFileAndImplementation(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                           const std::filesystem::path& path);

} // namespace oxt::codegen
