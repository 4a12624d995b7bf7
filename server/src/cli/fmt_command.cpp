#include "cli/fmt_command.h"

#include <istream>
#include <iterator>
#include <ostream>
#include <variant>

#include "cli/app.h"
#include "cli/oxt_files.h"
#include "features/formatting.h"
#include "support/file_io.h"

namespace oxt::cli {

namespace {

int formatStandardInput(std::istream& in, std::ostream& out, std::ostream& err, bool check) {
  std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const syntax::SyntaxTree tree(text);
  const auto result = features::formatDocument(tree);
  if (result.error) {
    err << "oxt fmt: <stdin>: not formatted: " << *result.error << "\n";
    out << text; // a filter must never swallow the input
    return kExitProblems;
  }
  if (check) {
    return result.text == text ? kExitOk : kExitProblems;
  }
  out << result.text;
  return kExitOk;
}

} // namespace

int runFmt(const FmtOptions& options, std::istream& in, std::ostream& out, std::ostream& err) {
  if (options.paths.size() == 1 && options.paths.front() == "-") {
    return formatStandardInput(in, out, err, options.check);
  }
  const auto found = findOxtFiles(options.paths);
  int exitCode = kExitOk;
  for (const auto& problem : found.errors) {
    err << "oxt fmt: " << problem << "\n";
    exitCode = kExitUsage;
  }
  std::size_t changed = 0;
  for (const auto& path : found.files) {
    auto bytes = readFile(path);
    if (const auto* failure = std::get_if<FileError>(&bytes)) {
      err << "oxt fmt: " << failure->message << "\n";
      exitCode = kExitUsage;
      continue;
    }
    const auto& text = std::get<std::string>(bytes);
    const syntax::SyntaxTree tree(text);
    const auto result = features::formatDocument(tree);
    if (result.error) {
      err << "oxt fmt: " << path.string() << ": not formatted: " << *result.error << "\n";
      exitCode = exitCode == kExitOk ? kExitProblems : exitCode;
      continue;
    }
    if (result.text == text) {
      continue;
    }
    ++changed;
    if (options.check) {
      out << path.string() << "\n";
      exitCode = exitCode == kExitOk ? kExitProblems : exitCode;
      continue;
    }
    if (const auto failure = writeFileAtomically(path, result.text)) {
      err << "oxt fmt: " << failure->message << "\n";
      exitCode = kExitUsage;
      continue;
    }
    out << "formatted " << path.string() << "\n";
  }
  if (options.check && changed > 0) {
    err << "oxt fmt: " << changed << (changed == 1 ? " file is" : " files are")
        << " not formatted; run oxt fmt to format them\n";
  }
  return exitCode;
}

} // namespace oxt::cli
