#include "codegen/generate_file.h"

#include <algorithm>
#include <map>

#include "checks/check_document.h"
#include "model/build_model.h"

namespace oxt::codegen {

std::variant<UpdateReport, GenerateRefusal> generateFile(const syntax::SyntaxTree& tree,
                                                         const std::filesystem::path& oxtFile,
                                                         const UpdateOptions& options) {
  const auto document = model::buildModel(tree);
  auto diagnostics = checks::checkDocument(tree, document, checks::CheckContext{oxtFile});
  const bool hasErrors = std::any_of(diagnostics.begin(), diagnostics.end(), [](const auto& d) {
    return d.severity == checks::Severity::Error;
  });
  const auto name = oxtFile.string();
  if (hasErrors) {
    return GenerateRefusal{name + " has errors; nothing was generated for it (fix them and run "
                                  "again)",
                           std::move(diagnostics)};
  }
  const auto* extension = document.primary();
  if (extension == nullptr) {
    return GenerateRefusal{name + " declares no extension", {}};
  }
  auto result = updateProject(oxtFile, *extension, options);
  if (auto* error = std::get_if<UpdateError>(&result)) {
    return GenerateRefusal{std::move(error->message), {}};
  }
  return std::get<UpdateReport>(std::move(result));
}

std::string summaryOf(const UpdateReport& report) {
  std::map<FileOutcome, int> counts;
  for (const auto& file : report.files) {
    ++counts[file.outcome];
  }
  const auto count = [&](FileOutcome outcome, const char* what) {
    const auto n = counts[outcome];
    return n == 0 ? std::string() : std::to_string(n) + (n == 1 ? " file " : " files ") + what;
  };
  std::vector<std::string> parts;
  for (auto part :
       {count(FileOutcome::Created, "created"), count(FileOutcome::Rewritten, "rewritten"),
        count(FileOutcome::Merged, "updated")}) {
    if (!part.empty()) {
      parts.push_back(std::move(part));
    }
  }
  if (parts.empty()) {
    parts.emplace_back("up to date");
  }
  const auto& merge = report.implementation;
  for (const auto& method : merge.added) {
    parts.push_back("stub added for " + method);
  }
  for (const auto& method : merge.updated) {
    parts.push_back("signature of " + method + " updated");
  }
  for (const auto& method : merge.orphaned) {
    parts.push_back(method + " kept (no action)");
  }
  std::string text = report.folder.filename().string() + ": ";
  for (std::size_t i = 0; i < parts.size(); ++i) {
    text += (i == 0 ? "" : "; ") + parts[i];
  }
  return text;
}

} // namespace oxt::codegen
