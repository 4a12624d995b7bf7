#include "cli/check_command.h"

#include <filesystem>
#include <ostream>
#include <variant>

#include <nlohmann/json.hpp>
#include <spdlog/spdlog.h>

#include "checks/check_document.h"
#include "cli/app.h"
#include "cli/diagnostic_json.h"
#include "cli/diagnostic_printer.h"
#include "cli/oxt_files.h"
#include "cli/source_file.h"
#include "codegen/implementation_check.h"

namespace oxt::cli {

namespace {

std::string plural(std::size_t count, const char* word) {
  return std::to_string(count) + " " + word + (count == 1 ? "" : "s");
}

struct Counts {
  std::size_t files = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t hints = 0;
  std::size_t unreadable = 0;
};

/// A folder named like an `.oxt` file was given: the user meant a file.
bool isFolderNamedAsFile(const std::string& path) {
  std::error_code ec;
  return std::filesystem::path(path).extension() == ".oxt" &&
         std::filesystem::is_directory(path, ec);
}

} // namespace

int runCheck(const CheckOptions& options, std::ostream& out, std::ostream& err) {
  const bool json = options.format == "json";
  Counts counts;
  std::vector<std::string> searched;
  for (const auto& path : options.paths) {
    if (isFolderNamedAsFile(path)) {
      err << "oxt check: '" << path << "' is a folder, not an .oxt file\n";
      ++counts.unreadable;
    } else {
      searched.push_back(path);
    }
  }
  FoundFiles found;
  if (!searched.empty() || options.paths.empty()) {
    found = findOxtFiles(searched);
  }
  for (const auto& problem : found.errors) {
    err << "oxt check: " << problem << "\n";
  }
  counts.unreadable += found.errors.size();
  if (found.files.empty() && counts.unreadable == 0) {
    err << "oxt check: no .oxt files found\n";
    return kExitUsage;
  }

  auto all = nlohmann::ordered_json::array();
  for (const auto& path : found.files) {
    auto bytes = readSourceFile(path);
    if (const auto* failure = std::get_if<SourceFileError>(&bytes)) {
      err << "oxt check: " << failure->message << "\n";
      ++counts.unreadable;
      continue;
    }
    spdlog::debug("checking {}", path.string());
    ++counts.files;
    const syntax::SyntaxTree tree(std::get<std::string>(std::move(bytes)));
    for (const auto& diagnostic : codegen::checkFileAndImplementation(tree, path)) {
      if (json) {
        all.push_back(diagnosticToJson(path.string(), tree, diagnostic));
      } else {
        printDiagnostic(out, path.string(), tree, diagnostic);
      }
      counts.errors += diagnostic.severity == checks::Severity::Error ? 1 : 0;
      counts.warnings += diagnostic.severity == checks::Severity::Warning ? 1 : 0;
      counts.hints += diagnostic.severity == checks::Severity::Hint ? 1 : 0;
    }
  }

  if (json) {
    out << all.dump(2) << "\n";
  } else {
    out << "checked " << plural(counts.files, "file") << ": " << plural(counts.errors, "error")
        << ", " << plural(counts.warnings, "warning");
    if (counts.hints > 0) {
      out << ", " << plural(counts.hints, "hint");
    }
    out << "\n";
  }
  if (counts.unreadable > 0) {
    return kExitUsage;
  }
  return counts.errors == 0 ? kExitOk : kExitProblems;
}

} // namespace oxt::cli
