#include "cli/check_command.h"

#include <ostream>
#include <variant>

#include <spdlog/spdlog.h>

#include "checks/check_document.h"
#include "cli/app.h"
#include "cli/diagnostic_printer.h"
#include "cli/oxt_files.h"
#include "support/file_io.h"

namespace oxt::cli {

namespace {
std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}
} // namespace

int runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const auto found = findOxtFiles(options.paths);
  for (const auto& problem : found.errors) {
    err << "oxt check: " << problem << "\n";
  }
  if (found.files.empty() && found.errors.empty()) {
    err << "oxt check: no .oxt files found\n";
    return kExitProblems;
  }

  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t unreadable = found.errors.size();
  for (const auto& path : found.files) {
    auto bytes = readFile(path);
    if (const auto* failure = std::get_if<FileError>(&bytes)) {
      err << "oxt check: " << failure->message << "\n";
      ++unreadable;
      continue;
    }
    spdlog::debug("checking {}", path.string());
    const syntax::SyntaxTree tree(std::get<std::string>(std::move(bytes)));
    for (const auto& diagnostic : checks::checkDocument(tree, checks::CheckContext{path})) {
      printDiagnostic(out, path.string(), tree, diagnostic);
      errors += diagnostic.severity == checks::Severity::Error ? 1 : 0;
      warnings += diagnostic.severity == checks::Severity::Warning ? 1 : 0;
    }
  }

  out << "checked " << plural(found.files.size() - (unreadable - found.errors.size()), "file")
      << ": " << plural(errors, "error") << ", " << plural(warnings, "warning") << "\n";
  return errors == 0 && unreadable == 0 ? kExitOk : kExitProblems;
}

} // namespace oxt::cli
