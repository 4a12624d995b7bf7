// A temporary folder per test case, removed afterwards; its name carries the
// process id (ctest runs the cases of one file in parallel processes).
#pragma once

#include <filesystem>
#include <random>
#include <string>

#include <unistd.h>

namespace oxt::test {

class TemporaryFolder {
public:
  TemporaryFolder() {
    std::random_device random;
    path_ = std::filesystem::temp_directory_path() /
            ("oxt-support-test-" + std::to_string(::getpid()) + "-" + std::to_string(random()));
    std::filesystem::create_directories(path_);
  }
  ~TemporaryFolder() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  TemporaryFolder(const TemporaryFolder&) = delete;
  TemporaryFolder& operator=(const TemporaryFolder&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
  std::filesystem::path path_;
};

} // namespace oxt::test
