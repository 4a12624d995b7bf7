// Whether two models say the same thing, whatever their source ranges: the
// formatter moves every declaration, so the property "the formatted text has the
// same model" compares names, types, parameters, annotations, literals and
// descriptions, never byte offsets.
#pragma once

#include <optional>
#include <string>

#include "model/extension_model.h"

namespace oxt::fuzz {

/// The first difference between `before` and `after` ("extension 0: action 2
/// (GetLoan): parameter 1: name 'a' became 'b'"), or nothing when they agree.
[[nodiscard]] std::optional<std::string> modelDifference(const model::Document& before,
                                                         const model::Document& after);

} // namespace oxt::fuzz
