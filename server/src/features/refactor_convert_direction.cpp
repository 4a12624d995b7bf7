// "Convert to output" / "Convert to input" on the parameter under the cursor.
//
// Where allowed: an output takes no `?` and no default (OXT0017, OXT0018), so both
// go when an input becomes an output; a Function action has exactly one output
// (OXT0016), so its inputs are not offered the conversion, nor its output.
#include "features/code_actions.h"

namespace oxt::features {

namespace {

bool touches(syntax::ByteRange range, syntax::ByteRange selection) {
  return selection.start <= range.end && range.start <= selection.end;
}

} // namespace

void addDirectionConversions(const syntax::SyntaxTree& /*tree*/, const model::Analysis& analysis,
                             syntax::ByteRange selection, std::vector<Refactoring>& out) {
  for (const auto& extension : analysis.document.extensions) {
    for (const auto& action : extension.actions) {
      if (!touches(action.range, selection) ||
          model::hasAnnotation(action.annotations, "function")) {
        continue;
      }
      for (const auto& parameter : action.parameters) {
        // Only the parameter the cursor is in, and a selection within one line of it.
        if (!(parameter.range.start <= selection.start && selection.end <= parameter.range.end) ||
            parameter.name.text.empty() || parameter.directionRange.end == 0) {
          continue;
        }
        Refactoring refactoring;
        refactoring.kind = RefactoringKind::Rewrite;
        if (parameter.direction == model::Direction::Input) {
          refactoring.title = "Convert '" + parameter.name.text + "' to an output";
          refactoring.edits.push_back({parameter.directionRange, "output"});
          if (parameter.optionalMarker) {
            refactoring.edits.push_back({parameter.optionalMarkerRange, ""});
          }
          if (parameter.defaultValue && parameter.type.form != model::TypeForm::Missing) {
            refactoring.edits.push_back(
                {{parameter.type.range.end, parameter.defaultValue->range.end}, ""});
          }
        } else {
          refactoring.title = "Convert '" + parameter.name.text + "' to an input";
          refactoring.edits.push_back({parameter.directionRange, "input"});
        }
        out.push_back(std::move(refactoring));
      }
    }
  }
}

} // namespace oxt::features
