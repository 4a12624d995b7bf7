// Action signatures that cannot work: a Function without exactly one output,
// outputs marked not mandatory or given a default, and defaults that are never
// used because the input is mandatory.
#include <string>

#include "checks/check_functions.h"
#include "checks/fixes.h"
#include "checks/model_walk.h"

namespace oxt::checks {

void checkFunctionOutputs(const CheckInput& input, Reporter& reporter) {
  for (const auto& extension : input.document.extensions) {
    for (const auto& action : extension.actions) {
      const auto* function = model::findAnnotation(action.annotations, "function");
      if (function == nullptr) {
        continue;
      }
      std::size_t outputs = 0;
      for (const auto& parameter : action.parameters) {
        outputs += parameter.direction == model::Direction::Output ? 1U : 0U;
      }
      if (outputs != 1) {
        auto& diagnostic = reporter.report(function->range,
                                           "Function action '" + action.name.text +
                                               "' must have exactly one output parameter (it has " +
                                               std::to_string(outputs) + ")");
        // Which of several outputs to drop is the author's call; a missing one is not.
        if (outputs == 0) {
          if (auto edit = appendMember(input.tree.text(), action.range, "output Result: Text")) {
            diagnostic.fixes.push_back(Fix{"Add output 'Result'", {*edit}, true});
          }
        }
        diagnostic.fixes.push_back(replaceFix(
            "Remove '@function'", removalRange(input.tree.text(), function->range), "", false));
      }
    }
  }
}

void checkOptionalOutputs(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind == ElementKind::Output && view.element.optionalMarker) {
      auto& diagnostic =
          reporter.report(view.element.optionalMarkerRange,
                          "'?' marks an input as not mandatory; outputs are never mandatory: "
                          "remove '?' from output '" +
                              view.element.name.text + "'");
      diagnostic.fixes.push_back(
          replaceFix("Remove '?'", view.element.optionalMarkerRange, "", true));
    }
  });
}

void checkOutputDefaults(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind == ElementKind::Output && view.element.defaultValue) {
      auto& diagnostic =
          reporter.report(view.element.defaultValue->range,
                          "output '" + view.element.name.text + "' cannot have a default value");
      // From the end of the type (or name) to the end of the value: ` = 3`.
      const auto& element = view.element;
      const auto from = element.type.form != model::TypeForm::Missing ? element.type.range.end
                                                                      : element.name.range.end;
      diagnostic.fixes.push_back(replaceFix("Remove the default value",
                                            {from, element.defaultValue->range.end}, "", true));
    }
  });
}

void checkMandatoryInputDefaults(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input, [&](const ElementView& view) {
    if (view.kind == ElementKind::Input && view.element.defaultValue &&
        model::isMandatory(view.element)) {
      auto& diagnostic = reporter.report(view.element.defaultValue->range,
                                         "the default of a mandatory input is never used: write '" +
                                             view.element.name.text + "?' to make it optional");
      const auto nameEnd = view.element.name.range.end;
      diagnostic.fixes.push_back(replaceFix("Make '" + view.element.name.text + "' optional",
                                            {nameEnd, nameEnd}, "?", true));
      const auto from = view.element.type.form != model::TypeForm::Missing
                            ? view.element.type.range.end
                            : nameEnd;
      diagnostic.fixes.push_back(replaceFix(
          "Remove the default value", {from, view.element.defaultValue->range.end}, "", false));
    }
  });
}

} // namespace oxt::checks
