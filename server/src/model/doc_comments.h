// Descriptions from `///` doc comments.
//
// Why apart: the rule that turns doc lines into a Description (strip "/// ", drop
// leading and trailing empty lines, join with line breaks; docs/language.md,
// "Doc comments") is shared by the model builder and, later, by the formatter.
#pragma once

#include <string_view>
#include <vector>

#include "model/extension_model.h"

namespace oxt::model {

/// The Description made of the doc comment lines at `lines` (in order) of `text`.
[[nodiscard]] Description descriptionFromDocLines(std::string_view text,
                                                  const std::vector<ByteRange>& lines);

} // namespace oxt::model
