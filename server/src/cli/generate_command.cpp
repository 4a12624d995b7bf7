#include "cli/generate_command.h"

#include <algorithm>
#include <ostream>
#include <variant>

#include "cli/app.h"
#include "cli/diagnostic_printer.h"
#include "cli/oxt_files.h"
#include "cli/source_file.h"
#include "codegen/generate_file.h"

namespace oxt::cli {

namespace {

namespace fs = std::filesystem;

const char* verb(codegen::FileOutcome outcome) {
  switch (outcome) {
  case codegen::FileOutcome::Created:
    return "created  ";
  case codegen::FileOutcome::Rewritten:
    return "rewrote  ";
  case codegen::FileOutcome::Merged:
    return "updated  ";
  case codegen::FileOutcome::Unchanged:
    return "unchanged";
  }
  return "";
}

/// `path` as the user reads it: from the extension's folder, which is named.
std::string shown(const codegen::UpdateReport& report, const fs::path& path) {
  return (report.folder.filename() / path.lexically_relative(report.folder)).generic_string();
}

void printReport(std::ostream& out, const fs::path& oxtFile, const codegen::UpdateReport& report) {
  out << oxtFile.string() << ": C# sources in " << report.folder.string() << "\n";
  for (const auto& change : report.files) {
    out << "  " << verb(change.outcome) << " " << shown(report, change.path) << "\n";
    if (change.backup) {
      out << "  backed up " << shown(report, change.path) << " to " << shown(report, *change.backup)
          << "\n";
    }
  }
  const auto& merge = report.implementation;
  for (const auto& name : merge.updated) {
    out << "  signature of " << name << " updated; its body is kept\n";
  }
  for (const auto& name : merge.added) {
    out << "  stub added for " << name << "\n";
  }
  for (const auto& name : merge.orphaned) {
    out << "  kept " << name << ": no action defines it any more (delete it when you no longer "
        << "need its code)\n";
  }
}

} // namespace

int runGenerate(const GenerateOptions& options, std::ostream& out, std::ostream& err) {
  const auto found = findOxtFiles(options.paths);
  for (const auto& problem : found.errors) {
    err << "oxt generate: " << problem << "\n";
  }
  if (found.files.empty() && found.errors.empty()) {
    err << "oxt generate: no .oxt files found\n";
    return kExitUsage;
  }
  bool unusable = !found.errors.empty();
  bool refused = false;
  for (const auto& path : found.files) {
    auto bytes = readSourceFile(path);
    if (const auto* failure = std::get_if<SourceFileError>(&bytes)) {
      err << "oxt generate: " << failure->message << "\n";
      unusable = true;
      continue;
    }
    const syntax::SyntaxTree tree(std::get<std::string>(std::move(bytes)));
    auto result = codegen::generateFile(tree, path);
    if (const auto* refusal = std::get_if<codegen::GenerateRefusal>(&result)) {
      for (const auto& diagnostic : refusal->diagnostics) {
        printDiagnostic(out, path.string(), tree, diagnostic);
      }
      err << "oxt generate: " << refusal->message << "\n";
      refused = true;
      continue;
    }
    printReport(out, path, std::get<codegen::UpdateReport>(result));
  }
  if (unusable) {
    return kExitUsage;
  }
  return refused ? kExitProblems : kExitOk;
}

} // namespace oxt::cli
