#include "codegen/implementation_check.h"

#include <algorithm>
#include <initializer_list>
#include <string>
#include <unordered_map>
#include <unordered_set>

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

/// The parameters `Mss<Action>` must have, as csharp_reader reads them, written into
/// `parameters` (whose strings are reused from one action to the next: the server
/// compares every action after each keystroke).
void expectedParameters(const model::Extension& extension, const model::Action& action,
                        std::vector<CSharpParameter>& parameters) {
  parameters.resize(action.parameters.size());
  for (std::size_t i = 0; i < parameters.size(); ++i) {
    const auto& parameter = action.parameters[i];
    auto& expected = parameters[i];
    expected.modifiers = parameter.direction == model::Direction::Output ? "out" : "";
    expected.type = csharpType(extension, parameter.resolved).name;
    std::erase(expected.type, ' ');
    expected.name.assign("ss").append(parameter.name.text);
  }
}

std::string written(const CSharpParameter& parameter) {
  return (parameter.modifiers.empty() ? "" : parameter.modifiers + " ") + parameter.type + " " +
         parameter.name;
}

bool same(const CSharpParameter& a, const CSharpParameter& b) {
  return a.modifiers == b.modifiers && a.type == b.type && a.name == b.name;
}

/// What differs first between the method's parameters and the action's, or "".
std::string differenceFrom(const std::vector<CSharpParameter>& found,
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

/// How each method of a `<Ext>.cs` compares with the actions: which method implements
/// which action, and what differs. Made once per comparison, reading the actions as they
/// were read (model/shared_list.h): after a keystroke the thousands of actions the edit
/// moved are compared without making a moved copy of each.
class ActionsAgainstMethods {
public:
  ActionsAgainstMethods(const model::Extension& extension, const CSharpFile& source)
      : extension_(extension), source_(source),
        implemented_(source.found() ? source.found()->methods.size() : 0, false) {}

  /// Calls `visit(index, action, method, difference)` for each named action: `method`
  /// null when the class has none of its name, `difference` empty when the parameters
  /// match or cannot be compared yet (an unknown type, which the checks report).
  template <typename Visit> void eachAction(Visit&& visit) {
    const auto& methods = source_.found()->methods;
    for (std::size_t i = 0; i < extension_.actions.size(); ++i) {
      const auto& action = extension_.actions.asRead(i);
      if (action.name.text.empty() || !model::isValidName(action.name.text)) {
        continue;
      }
      const auto name = methodName(action);
      const auto* method = source_.method(name);
      std::string difference;
      if (method != nullptr) {
        implemented_[static_cast<std::size_t>(method - methods.data())] = true;
        if (resolvable(action)) {
          expectedParameters(extension_, action, expected_);
          difference = differenceFrom(method->parameters, expected_);
        }
      }
      visit(i, action, name, method, difference);
    }
  }

  /// Whether `method` is the first of its name and no action has that name.
  [[nodiscard]] bool implementsNoAction(const CSharpMethod& method) const {
    const auto& methods = source_.found()->methods;
    return method.name.rfind("Mss", 0) == 0 && source_.method(method.name) == &method &&
           !implemented_[static_cast<std::size_t>(&method - methods.data())];
  }

private:
  const model::Extension& extension_;
  const CSharpFile& source_;
  std::vector<bool> implemented_; // by index in the class's methods
  std::vector<CSharpParameter> expected_;
};

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

std::optional<std::filesystem::path> generatedImplementation(const std::filesystem::path& oxtFile,
                                                             const model::Extension& extension) {
  if (oxtFile.empty() || !extension.declared || !model::isValidName(extension.name.text)) {
    return std::nullopt; // an unsaved buffer, or an extension without a usable name
  }
  auto path = implementationPath(oxtFile, extension);
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) {
    return std::nullopt;
  }
  return path;
}

namespace {

/// Where one extension's comparison writes: the `.oxt` side, and the `<Ext>.cs` side
/// (either may be left out).
struct ComparisonOutput {
  std::vector<Diagnostic>* inOxtFile = nullptr;
  std::vector<Diagnostic>* inCSharpFile = nullptr;
  std::string csharpFileName; // "Shop.cs", as the `.oxt` side names it
  std::string oxtFileName;    // "Shop.oxt", as the C# side names it
};

/// Both sides of comparing `extension` with `source`, its `<Ext>.cs`, from one walk of
/// the actions: an action without its method (OXT0101) and a method that does not
/// match its action (OXT0102) on the action and on the method, a method without action
/// (OXT0103) on the extension's name and on the method.
void compareExtension(const model::Extension& extension, const CSharpFile& source,
                      const ComparisonOutput& out) {
  const auto& file = out.csharpFileName;
  const auto& found = source.found();
  if (!found) {
    if (out.inOxtFile != nullptr) {
      out.inOxtFile->push_back(diagnostic(
          "OXT0101", Severity::Warning, extension.name.range,
          "class '" + implementationClassName(extension) + "' is not in " + file +
              ": the extension's actions have no implementation (regenerate it or restore it)"));
    }
    return;
  }
  const auto& methods = found->methods;
  // The C# side, by method: what differs from the first action of its name.
  std::vector<std::string> mismatches(out.inCSharpFile != nullptr ? methods.size() : 0);
  std::vector<bool> compared(mismatches.size(), false);
  ActionsAgainstMethods actions(extension, source);
  actions.eachAction([&](std::size_t index, const model::Action& action, const std::string& name,
                         const CSharpMethod* method, const std::string& differs) {
    if (out.inCSharpFile != nullptr && method != nullptr) {
      const auto at = static_cast<std::size_t>(method - methods.data());
      if (!compared[at] && !differs.empty()) {
        mismatches[at] =
            joined({"method '", method->name, "' does not match action '", action.name.text,
                    "' of ", out.oxtFileName, ": ", differs, " (Generate C# sources updates it)"});
      }
      compared[at] = true;
    }
    if (out.inOxtFile == nullptr) {
      return;
    }
    // Where the action is now: only for the few that have something to report.
    const auto range = [&] { return extension.actions[index].name.range; };
    if (method == nullptr) {
      if (found->hasErrors) {
        return; // the method may be in the text the parser could not read
      }
      auto& missing = out.inOxtFile->emplace_back(diagnostic(
          "OXT0101", Severity::Warning, range(),
          joined({"action '", action.name.text, "' has no method '", name, "' in ", file})));
      missing.fixes.push_back(
          checks::Fix{joined({"Generate the stub of '", name, "' (oxt generate)"}),
                      {},
                      true,
                      checks::FixCommand::GenerateSources});
      return;
    }
    if (!differs.empty()) {
      auto& mismatch = out.inOxtFile->emplace_back(
          diagnostic("OXT0102", Severity::Warning, range(),
                     joined({"method '", name, "' (", file, ", line ", std::to_string(method->line),
                             ") does not match action '", action.name.text, "': ", differs})));
      mismatch.fixes.push_back(
          checks::Fix{joined({"Update the signature of '", name, "' (oxt generate)"}),
                      {},
                      true,
                      checks::FixCommand::GenerateSources});
    }
  });
  // Then by method, in the order of the file.
  for (std::size_t i = 0; i < methods.size(); ++i) {
    const auto& method = methods[i];
    const syntax::ByteRange onMethod{method.nameStart, method.nameEnd};
    if (actions.implementsNoAction(method)) {
      if (out.inOxtFile != nullptr) {
        out.inOxtFile->push_back(
            diagnostic("OXT0103", Severity::Hint, extension.name.range,
                       joined({"method '", method.name, "' (", file, ", line ",
                               std::to_string(method.line), ") implements no action"})));
      }
      if (out.inCSharpFile != nullptr) {
        out.inCSharpFile->push_back(diagnostic(
            "OXT0103", Severity::Hint, onMethod,
            joined({"method '", method.name, "' implements no action of ", out.oxtFileName})));
      }
    } else if (out.inCSharpFile != nullptr && !mismatches[i].empty()) {
      out.inCSharpFile->push_back(
          diagnostic("OXT0102", Severity::Warning, onMethod, std::move(mismatches[i])));
    }
  }
}

/// Both sides for every declared extension of `document` whose project exists.
ProjectComparison compareDocument(const model::Document& document,
                                  const std::filesystem::path& oxtFile, bool csharpSide) {
  ProjectComparison result;
  for (const auto& extension : document.extensions) {
    const auto path = generatedImplementation(oxtFile, extension);
    if (!path) {
      continue; // not generated yet: nothing to compare
    }
    const auto read = readCSharpFile(*path, implementationClassName(extension));
    if (!read) {
      continue; // unreadable now (being written?): the next check will tell
    }
    CSharpFileDiagnostics csharp{*path, read, {}};
    ComparisonOutput out{&result.inOxtFile, csharpSide ? &csharp.diagnostics : nullptr,
                         path->filename().string(), oxtFile.filename().string()};
    compareExtension(extension, *read, out);
    if (csharpSide) {
      // Even with nothing in it: the server clears what it published there before.
      result.inCSharpFiles.push_back(std::move(csharp));
    }
  }
  return result;
}

} // namespace

std::vector<Diagnostic> compareImplementation(const model::Extension& extension,
                                              std::string_view source, std::string_view fileName) {
  const CSharpFile file(std::string(source),
                        readCSharpClass(source, implementationClassName(extension)));
  std::vector<Diagnostic> result;
  compareExtension(extension, file, ComparisonOutput{&result, nullptr, std::string(fileName), {}});
  return result;
}

std::vector<Diagnostic> checkImplementation(const model::Document& document,
                                            const std::filesystem::path& oxtFile) {
  return compareDocument(document, oxtFile, false).inOxtFile;
}

ProjectComparison compareWithProjects(const syntax::SyntaxTree& tree,
                                      const model::Analysis& analysis,
                                      const std::filesystem::path& path) {
  // A half-typed action is not yet one to compare: wait for the syntax to settle.
  if (tree.hasError()) {
    return {};
  }
  return compareDocument(analysis.document, path, true);
}

std::vector<Diagnostic> checkFileAndImplementation(const syntax::SyntaxTree& tree,
                                                   const std::filesystem::path& path) {
  const model::Analysis analysis(tree);
  return checkFileAndImplementation(tree, analysis, path);
}

bool implementationNeedsReading(const model::Document& document,
                                const std::filesystem::path& oxtFile) {
  return std::any_of(document.extensions.begin(), document.extensions.end(),
                     [&oxtFile](const model::Extension& extension) {
                       const auto path = generatedImplementation(oxtFile, extension);
                       return path &&
                              !isCSharpFileCached(*path, implementationClassName(extension));
                     });
}

std::vector<Diagnostic> checkFileAndImplementation(const syntax::SyntaxTree& tree,
                                                   const model::Analysis& analysis,
                                                   const std::filesystem::path& path) {
  auto diagnostics = checks::checkDocument(tree, analysis, checks::CheckContext{path});
  if (!tree.hasError()) { // a half-typed action is not yet one to compare
    auto implementation = checkImplementation(analysis.document, path);
    diagnostics.insert(diagnostics.end(), std::make_move_iterator(implementation.begin()),
                       std::make_move_iterator(implementation.end()));
  }
  return diagnostics;
}

} // namespace oxt::codegen
