// "Extract parameters into a structure": the selected inputs (or outputs) of an
// action become the attributes of a new structure, and one parameter of that
// structure takes their place — what a developer does when a signature grows.
//
// Decisions: the structure is named after the action (`<Action>Input`, or
// `<Action>Output`, with a number when taken) and so is the new parameter; the
// parameters keep their doc comments, `?`, types and defaults as attributes; the
// structure goes at the end of the extension. Nothing is offered when the selected
// parameters mix directions or have comments between them that would be lost.
#include <string>

#include "checks/fixes.h"
#include "features/code_actions.h"
#include "model/names.h"

namespace oxt::features {

namespace {

uint32_t fullStart(const model::Parameter& parameter) {
  return parameter.description.present ? parameter.description.range.start : parameter.range.start;
}

bool onlyBlanks(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

/// A name not yet used by `taken`, as `base`, `base2`, `base3`…
template <typename Taken> std::string freeName(const std::string& base, Taken&& taken) {
  std::string name = base;
  for (int n = 2; taken(name); ++n) {
    name = base + std::to_string(n);
  }
  return name;
}

} // namespace

void addStructureExtraction(const syntax::SyntaxTree& tree, const model::Analysis& analysis,
                            syntax::ByteRange selection, std::vector<Refactoring>& out) {
  const std::string_view text = tree.text();
  const std::string newline = text.find("\r\n") != std::string_view::npos ? "\r\n" : "\n";
  for (uint32_t e = 0; e < analysis.document.extensions.size(); ++e) {
    const auto& extension = analysis.document.extensions[e];
    for (const auto& action : extension.actions) {
      std::vector<const model::Parameter*> chosen;
      for (const auto& parameter : action.parameters) {
        // A parameter counts when the selection holds its whole name.
        if (!parameter.name.text.empty() && selection.start <= parameter.name.range.start &&
            parameter.name.range.end <= selection.end) {
          chosen.push_back(&parameter);
        }
      }
      if (chosen.empty() || action.name.text.empty()) {
        continue;
      }
      const auto direction = chosen.front()->direction;
      bool extractable = true;
      for (std::size_t i = 0; i < chosen.size(); ++i) {
        const auto& parameter = *chosen[i];
        extractable = extractable && parameter.direction == direction &&
                      !parameter.name.text.empty() &&
                      parameter.type.form != model::TypeForm::Missing;
        if (i > 0) {
          const auto gapStart = chosen[i - 1]->range.end;
          extractable =
              extractable && onlyBlanks(text.substr(gapStart, fullStart(parameter) - gapStart));
        }
      }
      if (!extractable) {
        continue;
      }
      const bool inputs = direction == model::Direction::Input;
      const auto structureName =
          freeName(action.name.text + (inputs ? "Input" : "Output"), [&](const std::string& name) {
            return analysis.index().find(e, model::SymbolKind::Structure, name).has_value();
          });
      const auto parameterName = freeName(structureName, [&](const std::string& name) {
        for (const auto& parameter : action.parameters) {
          if (model::equalsIgnoringCase(parameter.name.text, name)) {
            return true;
          }
        }
        return false;
      });

      // The attributes: each parameter's text without its `input`/`output` keyword.
      std::string attributes;
      for (const auto* parameter : chosen) {
        const auto start = fullStart(*parameter);
        auto afterKeyword = parameter->directionRange.end;
        while (afterKeyword < parameter->range.end &&
               (text[afterKeyword] == ' ' || text[afterKeyword] == '\t')) {
          ++afterKeyword;
        }
        attributes += checks::indentOf(text, parameter->range.start);
        attributes += text.substr(start, parameter->directionRange.start - start);
        attributes += text.substr(afterKeyword, parameter->range.end - afterKeyword);
        attributes += newline;
      }
      const auto memberIndent = checks::indentOf(text, extension.range.start) + "    ";
      std::string structure = "structure " + structureName;
      structure += " {";
      structure += newline;
      structure += attributes;
      structure += memberIndent;
      structure += "}";
      const auto added = checks::extensionBodyClosed(text, extension)
                             ? checks::appendMember(text, extension.range, structure)
                             : std::nullopt;
      if (!added) {
        continue;
      }
      // The parameters' lines become one parameter.
      const auto first = fullStart(*chosen.front());
      const auto last = chosen.back()->range.end;
      Refactoring refactoring;
      refactoring.title = "Extract " + std::string(inputs ? "inputs" : "outputs") +
                          " into structure '" + structureName + "'";
      refactoring.kind = RefactoringKind::Extract;
      std::string replacement = inputs ? "input " : "output ";
      replacement += parameterName;
      replacement += ": ";
      replacement += structureName;
      refactoring.edits.push_back({{first, last}, std::move(replacement)});
      refactoring.edits.push_back(*added);
      out.push_back(std::move(refactoring));
    }
  }
}

} // namespace oxt::features
