// libFuzzer entry point for the language server's input path (framing, JSON-RPC,
// dispatch to the real handlers): see lsp_properties.h. Built by the `fuzz` preset;
// run by scripts/test (step fuzz) or, longer, as docs/fuzzing.md shows.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <string_view>
#include <unistd.h>

#include "lsp_properties.h"

namespace {

/// An empty folder of this process, where the messages' paths and URIs are moved;
/// removed when the process exits.
struct FuzzRoot {
  std::filesystem::path folder =
      std::filesystem::temp_directory_path() / ("oxt-fuzz-lsp-" + std::to_string(::getpid()));
  FuzzRoot() { std::filesystem::create_directories(folder); }
  ~FuzzRoot() {
    std::error_code ignored;
    std::filesystem::remove_all(folder, ignored);
  }
  FuzzRoot(const FuzzRoot&) = delete;
  FuzzRoot& operator=(const FuzzRoot&) = delete;
  FuzzRoot(FuzzRoot&&) = delete;
  FuzzRoot& operator=(FuzzRoot&&) = delete;
};

const std::filesystem::path& fuzzRoot() {
  static const FuzzRoot root;
  return root.folder;
}

} // namespace

// NOLINTNEXTLINE(readability-identifier-naming): the name libFuzzer calls
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size); // NOLINT
  if (const auto violation = oxt::fuzz::lspStreamViolation(bytes, fuzzRoot())) {
    (void)std::fprintf(stderr, "property violated: %s\n", violation->c_str());
    std::abort();
  }
  return 0;
}
