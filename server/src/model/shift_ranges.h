// Moves every source range of a member of the model by a number of bytes.
//
// Why: the incremental build (build_model.h) reuses the model of a member that a
// reparse left unchanged; only its place in the text moved, by the length the edits
// before it added or removed. Every ByteRange of the model must be listed here, or a
// reused member would point at stale positions (tests/model/incremental_model_test
// compares incremental builds with fresh ones to catch a forgotten field).
#pragma once

#include <cstdint>

#include "model/extension_model.h"

namespace oxt::model {

void shiftRanges(Action& action, int64_t delta);
void shiftRanges(Structure& structure, int64_t delta);
void shiftRanges(Entity& entity, int64_t delta);
void shiftRanges(Resource& resource, int64_t delta);
void shiftRange(ByteRange& range, int64_t delta);

} // namespace oxt::model
