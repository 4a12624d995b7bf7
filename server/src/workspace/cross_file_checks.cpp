#include "workspace/cross_file_checks.h"

namespace oxt::workspace {

namespace {
/// "lib/Billing.oxt": the file and its folder, enough to tell files of one name apart.
std::string shortName(const std::filesystem::path& path) {
  const auto folder = path.parent_path().filename();
  return folder.empty() ? path.filename().string() : (folder / path.filename()).string();
}
} // namespace

std::vector<CrossFileDiagnostic> crossFileDiagnostics(const FileSummary& self,
                                                      const WorkspaceIndex& index) {
  std::vector<CrossFileDiagnostic> found;
  if (self.extensionName.empty()) {
    return found;
  }
  std::vector<RelatedElsewhere> others;
  for (auto& file : index.filesDeclaring(self.extensionName)) {
    if (file.path != self.path) {
      others.push_back(RelatedElsewhere{"extension '" + file.extensionName + "' declared here",
                                        std::move(file)});
    }
  }
  if (others.empty()) {
    return found;
  }
  CrossFileDiagnostic duplicate;
  duplicate.diagnostic.code = kDuplicateExtensionCode;
  duplicate.diagnostic.severity = checks::Severity::Warning;
  duplicate.diagnostic.message =
      "extension '" + self.extensionName + "' is also declared in " +
      shortName(others.front().file.path) +
      (others.size() > 1 ? " and " + std::to_string(others.size() - 1) + " other file(s)" : "");
  duplicate.diagnostic.range = self.nameRange;
  duplicate.elsewhere = std::move(others);
  found.push_back(std::move(duplicate));
  return found;
}

} // namespace oxt::workspace
