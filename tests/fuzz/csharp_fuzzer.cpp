// libFuzzer entry point for the developer's `<Ext>.cs`: see csharp_properties.h.
// Built by the `fuzz` preset; run by scripts/test (step fuzz) or, longer, as
// docs/fuzzing.md shows.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "csharp_properties.h"

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  // The extensions the text is checked against, read once from the repository.
  static const auto extensions = oxt::fuzz::exampleExtensions(OXT_SOURCE_DIR);
  const std::string_view bytes(reinterpret_cast<const char*>(data), size); // NOLINT
  if (const auto violation = oxt::fuzz::csharpPropertyViolation(bytes, extensions)) {
    (void)std::fprintf(stderr, "property violated: %s\n", violation->c_str());
    std::abort();
  }
  return 0;
}
