// What the checks need to know about a document beyond its text.
//
// Why apart from check_document.h: the check functions of every topic read it,
// and they should not depend on the entry point that runs them.
#pragma once

#include <filesystem>

namespace oxt::checks {

struct CheckContext {
  /// Where the file is (resources are relative to it; its name should match the
  /// extension's). Empty for a buffer that was never saved: then the checks that
  /// need the file system (resource files, file name) are skipped.
  std::filesystem::path filePath;
};

} // namespace oxt::checks
