// Action signatures that cannot work: a Function without exactly one output,
// outputs marked not mandatory or given a default, and defaults that are never
// used because the input is mandatory.
#include <string>

#include "checks/check_functions.h"
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
        reporter.report(function->range, "Function action '" + action.name.text +
                                             "' must have exactly one output parameter (it has " +
                                             std::to_string(outputs) + ")");
      }
    }
  }
}

void checkOptionalOutputs(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input.document, [&](const ElementView& view) {
    if (view.kind == ElementKind::Output && view.element.optionalMarker) {
      reporter.report(view.element.optionalMarkerRange,
                      "'?' marks an input as not mandatory; outputs are never mandatory: "
                      "remove '?' from output '" +
                          view.element.name.text + "'");
    }
  });
}

void checkOutputDefaults(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input.document, [&](const ElementView& view) {
    if (view.kind == ElementKind::Output && view.element.defaultValue) {
      reporter.report(view.element.defaultValue->range,
                      "output '" + view.element.name.text + "' cannot have a default value");
    }
  });
}

void checkMandatoryInputDefaults(const CheckInput& input, Reporter& reporter) {
  forEachTypedElement(input.document, [&](const ElementView& view) {
    if (view.kind == ElementKind::Input && view.element.defaultValue &&
        model::isMandatory(view.element)) {
      reporter.report(view.element.defaultValue->range,
                      "the default of a mandatory input is never used: write '" +
                          view.element.name.text + "?' to make it optional");
    }
  });
}

} // namespace oxt::checks
