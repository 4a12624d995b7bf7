#include "codegen/implementation_check.h"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string>
#include <variant>

#include "checks/check_document.h"
#include "codegen/action_methods.h"
#include "codegen/csharp_reader.h"
#include "codegen/csharp_types.h"
#include "model/build_model.h"
#include "model/names.h"
#include "support/file_io.h"

namespace oxt::codegen {

namespace {

using checks::Diagnostic;

/// The parts one after the other, in one allocation (messages built in loops).
std::string joined(std::initializer_list<std::string_view> parts) {
  std::string text;
  for (const auto part : parts) {
    text += part;
  }
  return text;
}
using checks::Severity;

/// The parameters `Mss<Action>` must have, as csharp_reader reads them.
std::vector<CSharpParameter> expectedParameters(const model::Extension& extension,
                                                const model::Action& action) {
  std::vector<CSharpParameter> parameters;
  for (const auto& parameter : action.parameters) {
    CSharpParameter expected;
    expected.modifiers = parameter.direction == model::Direction::Output ? "out" : "";
    expected.type = csharpType(extension, parameter.resolved).name;
    expected.name = "ss" + parameter.name.text;
    std::erase(expected.type, ' ');
    parameters.push_back(std::move(expected));
  }
  return parameters;
}

std::string written(const CSharpParameter& parameter) {
  return (parameter.modifiers.empty() ? "" : parameter.modifiers + " ") + parameter.type + " " +
         parameter.name;
}

bool same(const CSharpParameter& a, const CSharpParameter& b) {
  return a.modifiers == b.modifiers && a.type == b.type && a.name == b.name;
}

/// What differs first between the method's parameters and the action's, or "".
std::string difference(const std::vector<CSharpParameter>& found,
                       const std::vector<CSharpParameter>& expected) {
  const auto common = std::min(found.size(), expected.size());
  for (std::size_t i = 0; i < common; ++i) {
    if (!same(found[i], expected[i])) {
      return "parameter " + std::to_string(i + 1) + " is '" + written(found[i]) +
             "' where the action gives '" + written(expected[i]) + "'";
    }
  }
  if (found.size() != expected.size()) {
    return "it has " + std::to_string(found.size()) + " parameter" +
           (found.size() == 1 ? "" : "s") + " where the action gives " +
           std::to_string(expected.size());
  }
  return "";
}

bool resolvable(const model::Action& action) {
  return std::all_of(action.parameters.begin(), action.parameters.end(), [](const auto& p) {
    return p.resolved.kind != model::TypeKind::Invalid && !p.name.text.empty();
  });
}

Diagnostic diagnostic(std::string code, Severity severity, syntax::ByteRange range,
                      std::string message) {
  Diagnostic result;
  result.code = std::move(code);
  result.severity = severity;
  result.range = range;
  result.message = std::move(message);
  return result;
}

} // namespace

std::filesystem::path implementationPath(const std::filesystem::path& oxtFile,
                                         const model::Extension& extension) {
  return oxtFile.parent_path() / extension.name.text / "Source" / "NET" /
         (extension.name.text + ".cs");
}

namespace {

std::vector<Diagnostic> compareWith(const model::Extension& extension,
                                    const std::optional<CSharpClass>& found,
                                    std::string_view fileName) {
  std::vector<Diagnostic> result;
  const std::string file(fileName);
  if (!found) {
    result.push_back(diagnostic(
        "OXT0101", Severity::Warning, extension.name.range,
        "class '" + implementationClassName(extension) + "' is not in " + file +
            ": the extension's actions have no implementation (regenerate it or restore it)"));
    return result;
  }
  std::map<std::string, const CSharpMethod*> methods;
  for (const auto& method : found->methods) {
    methods.emplace(method.name, &method); // the first of overloads
  }
  std::map<std::string, bool> matched;
  for (const auto& action : extension.actions) {
    if (action.name.text.empty() || !model::isValidName(action.name.text)) {
      continue;
    }
    const auto name = methodName(action);
    matched[name] = true;
    const auto it = methods.find(name);
    if (it == methods.end()) {
      if (found->hasErrors) {
        continue; // the method may be in the text the parser could not read
      }
      auto& missing = result.emplace_back(diagnostic(
          "OXT0101", Severity::Warning, action.name.range,
          joined({"action '", action.name.text, "' has no method '", name, "' in ", file})));
      missing.fixes.push_back(
          checks::Fix{joined({"Generate the stub of '", name, "' (oxt generate)"}),
                      {},
                      true,
                      checks::FixCommand::GenerateSources});
      continue;
    }
    if (!resolvable(action)) {
      continue; // the checks report the unknown types; nothing to compare yet
    }
    const auto differs = difference(it->second->parameters, expectedParameters(extension, action));
    if (!differs.empty()) {
      auto& mismatch = result.emplace_back(diagnostic(
          "OXT0102", Severity::Warning, action.name.range,
          joined({"method '", name, "' (", file, ", line ", std::to_string(it->second->line),
                  ") does not match action '", action.name.text, "': ", differs})));
      mismatch.fixes.push_back(
          checks::Fix{joined({"Update the signature of '", name, "' (oxt generate)"}),
                      {},
                      true,
                      checks::FixCommand::GenerateSources});
    }
  }
  for (const auto& method : found->methods) {
    if (method.name.rfind("Mss", 0) == 0 && !matched.contains(method.name)) {
      result.push_back(diagnostic("OXT0103", Severity::Hint, extension.name.range,
                                  joined({"method '", method.name, "' (", file, ", line ",
                                          std::to_string(method.line), ") implements no action"})));
      matched[method.name] = true; // once per name
    }
  }
  return result;
}

} // namespace

std::vector<Diagnostic> compareImplementation(const model::Extension& extension,
                                              std::string_view source, std::string_view fileName) {
  return compareWith(extension, readCSharpClass(source, implementationClassName(extension)),
                     fileName);
}

std::vector<Diagnostic> checkImplementation(const model::Document& document,
                                            const std::filesystem::path& oxtFile) {
  std::vector<Diagnostic> result;
  if (oxtFile.empty()) {
    return result;
  }
  for (const auto& extension : document.extensions) {
    if (!extension.declared || !model::isValidName(extension.name.text)) {
      continue;
    }
    const auto path = implementationPath(oxtFile, extension);
    std::error_code error;
    if (!std::filesystem::is_regular_file(path, error)) {
      continue; // not generated yet: nothing to compare
    }
    const auto read = readCSharpFile(path, implementationClassName(extension));
    if (!read) {
      continue; // unreadable now (being written?): the next check will tell
    }
    auto found = compareWith(extension, read->found, path.filename().string());
    result.insert(result.end(), std::make_move_iterator(found.begin()),
                  std::make_move_iterator(found.end()));
  }
  return result;
}

std::vector<CSharpFileDiagnostics> csharpFileDiagnostics(const model::Document& document,
                                                         const std::filesystem::path& oxtFile) {
  std::vector<CSharpFileDiagnostics> result;
  if (oxtFile.empty()) {
    return result;
  }
  const auto oxtName = oxtFile.filename().string();
  for (const auto& extension : document.extensions) {
    if (!extension.declared || !model::isValidName(extension.name.text)) {
      continue;
    }
    const auto path = implementationPath(oxtFile, extension);
    const auto read = readCSharpFile(path, implementationClassName(extension));
    if (!read) {
      continue;
    }
    CSharpFileDiagnostics file{path, *read->text, {}};
    const auto& found = read->found;
    std::map<std::string, const model::Action*> actions;
    for (const auto& action : extension.actions) {
      if (model::isValidName(action.name.text)) {
        actions.emplace(methodName(action), &action);
      }
    }
    std::map<std::string, bool> seen;
    for (const auto& method : found ? found->methods : std::vector<CSharpMethod>{}) {
      if (method.name.rfind("Mss", 0) != 0 || seen[method.name]) {
        continue;
      }
      seen[method.name] = true;
      const syntax::ByteRange range{method.nameStart, method.nameEnd};
      const auto it = actions.find(method.name);
      if (it == actions.end()) {
        file.diagnostics.push_back(
            diagnostic("OXT0103", Severity::Hint, range,
                       joined({"method '", method.name, "' implements no action of ", oxtName})));
        continue;
      }
      if (!resolvable(*it->second)) {
        continue;
      }
      const auto differs =
          difference(method.parameters, expectedParameters(extension, *it->second));
      if (!differs.empty()) {
        file.diagnostics.push_back(diagnostic(
            "OXT0102", Severity::Warning, range,
            joined({"method '", method.name, "' does not match action '", it->second->name.text,
                    "' of ", oxtName, ": ", differs, " (Generate C# sources updates it)"})));
      }
    }
    result.push_back(std::move(file));
  }
  return result;
}

std::vector<Diagnostic> checkFileAndImplementation(const syntax::SyntaxTree& tree,
                                                   const std::filesystem::path& path) {
  const model::Analysis analysis(tree);
  return checkFileAndImplementation(tree, analysis, path);
}

std::vector<Diagnostic> checkFileAndImplementation(const syntax::SyntaxTree& tree,
                                                   const model::Analysis& analysis,
                                                   const std::filesystem::path& path) {
  auto diagnostics = checks::checkDocument(tree, analysis, checks::CheckContext{path});
  // A half-typed action is not yet one to compare: wait for the syntax to settle.
  if (!tree.hasError()) {
    auto implementation = checkImplementation(analysis.document, path);
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(implementation.begin()),
                       std::make_move_iterator(implementation.end()));
  }
  return diagnostics;
}

} // namespace oxt::codegen
