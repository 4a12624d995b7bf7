// Writes a large, valid `.oxt` extension for benchmarks: N actions with 3 inputs
// and 1 output each, a structure per 10 actions and an entity per 50 (the shape
// the performance issue fixes, so that figures compare across runs and peers).
#pragma once

#include <string>

namespace oxt::bench {

[[nodiscard]] std::string generatedExtension(int actions);

} // namespace oxt::bench
