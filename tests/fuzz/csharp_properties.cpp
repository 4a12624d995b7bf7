#include "csharp_properties.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <variant>

#include "codegen/action_methods.h"
#include "codegen/csharp_reader.h"
#include "codegen/implementation_check.h"
#include "codegen/implementation_rename.h"
#include "codegen/merge_implementation.h"
#include "model/build_model.h"
#include "syntax/syntax_tree.h"

namespace oxt::fuzz {

namespace fs = std::filesystem;

std::vector<model::Extension> exampleExtensions(const fs::path& sourceDir) {
  std::vector<fs::path> files;
  for (const char* folder : {"examples", "tests/fixtures/codegen"}) {
    const auto root = sourceDir / folder;
    if (!fs::exists(root)) {
      continue;
    }
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
      if (entry.is_regular_file() && entry.path().extension() == ".oxt") {
        files.push_back(entry.path());
      }
    }
  }
  std::sort(files.begin(), files.end());
  std::vector<model::Extension> extensions;
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    const syntax::SyntaxTree tree(std::move(text).str());
    for (auto& extension : model::buildModel(tree).extensions) {
      if (extension.declared && !extension.name.text.empty()) {
        extensions.push_back(std::move(extension));
      }
    }
  }
  return extensions;
}

namespace {

/// The extension whose class the text names (the longest name, so that `Css<A>`
/// does not win over `Css<A>Db`), else the first.
const model::Extension& extensionFor(std::string_view bytes,
                                     const std::vector<model::Extension>& extensions) {
  const model::Extension* chosen = &extensions.front();
  std::size_t longest = 0;
  for (const auto& extension : extensions) {
    const auto className = codegen::implementationClassName(extension);
    if (className.size() > longest && bytes.find(className) != std::string_view::npos) {
      chosen = &extension;
      longest = className.size();
    }
  }
  return *chosen;
}

std::optional<std::string> readerViolation(std::string_view bytes, const std::string& className) {
  const auto found = codegen::readCSharpClass(bytes, className);
  if (!found) {
    return std::nullopt;
  }
  for (const auto& method : found->methods) {
    if (method.nameStart > method.nameEnd || method.nameEnd > bytes.size()) {
      return "method '" + method.name + "' has a name range outside the text";
    }
    if (bytes.substr(method.nameStart, method.nameEnd - method.nameStart) != method.name) {
      return "method '" + method.name + "' is not where its name range says";
    }
    if (method.line == 0) {
      return "method '" + method.name + "' has no line";
    }
  }
  return std::nullopt;
}

std::optional<std::string> renameViolation(std::string_view bytes,
                                           const model::Extension& extension) {
  if (extension.actions.empty()) {
    return std::nullopt;
  }
  const auto& action = extension.actions.front();
  const std::optional<std::size_t> parameter =
      action.parameters.empty() ? std::nullopt : std::optional<std::size_t>(0);
  for (const auto& which : {std::optional<std::size_t>(), parameter}) {
    const auto edits = codegen::renameInType(
        bytes, codegen::implementationClassName(extension), codegen::methodName(action),
        which ? std::optional<std::string_view>(action.parameters[*which].name.text) : std::nullopt,
        "Renamed");
    uint32_t previousEnd = 0;
    for (const auto& edit : edits) {
      if (edit.range.start > edit.range.end || edit.range.end > bytes.size()) {
        return "a rename edit is outside the text";
      }
      if (edit.range.start < previousEnd) {
        return "rename edits overlap or are out of order";
      }
      previousEnd = edit.range.end;
    }
  }
  return std::nullopt;
}

/// The 1-based line where `a` and `b` start to differ.
std::size_t firstDifferentLine(std::string_view a, std::string_view b) {
  const auto end = std::mismatch(a.begin(), a.end(), b.begin(), b.end()).first;
  return static_cast<std::size_t>(std::count(a.begin(), end, '\n')) + 1;
}

std::optional<std::string> mergeViolation(std::string_view bytes,
                                          const model::Extension& extension) {
  const auto merged = codegen::mergeImplementation(bytes, extension);
  const auto* result = std::get_if<codegen::MergeResult>(&merged);
  if (result == nullptr) {
    return std::nullopt; // refused: the developer's text is left as it is
  }
  const auto again = codegen::mergeImplementation(result->text, extension);
  const auto* second = std::get_if<codegen::MergeResult>(&again);
  if (second == nullptr) {
    return "the merged text does not merge again: " + std::get<codegen::MergeError>(again).message;
  }
  if (second->text != result->text || !second->report.updated.empty() ||
      !second->report.added.empty()) {
    return "merging the merged text again changed it, from line " +
           std::to_string(firstDifferentLine(result->text, second->text)) + " (updated " +
           std::to_string(second->report.updated.size()) + ", added " +
           std::to_string(second->report.added.size()) + ")";
  }
  return std::nullopt;
}

} // namespace

std::optional<std::string>
csharpPropertyViolation(std::string_view bytes, const std::vector<model::Extension>& extensions) {
  if (extensions.empty()) {
    return "no extension to check the C# text against";
  }
  const auto& extension = extensionFor(bytes, extensions);
  if (auto violation = readerViolation(bytes, codegen::implementationClassName(extension))) {
    return violation;
  }
  // Diagnostics name places in the `.oxt` file; what matters here is that reading
  // any C# text for them finishes.
  (void)codegen::compareImplementation(extension, bytes, "Fuzz.cs");
  if (auto violation = renameViolation(bytes, extension)) {
    return violation;
  }
  return mergeViolation(bytes, extension);
}

} // namespace oxt::fuzz
