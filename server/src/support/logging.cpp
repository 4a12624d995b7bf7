#include "support/logging.h"

#include <array>
#include <memory>

#include <spdlog/sinks/basic_file_sink.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

namespace oxt {

namespace {
constexpr std::array<std::string_view, 6> kLevels{"trace", "debug", "info", "warn", "error", "off"};
} // namespace

bool isValidLogLevel(std::string_view level) {
  for (auto known : kLevels) {
    if (known == level) {
      return true;
    }
  }
  return false;
}

std::optional<std::string> configureLogging(std::string_view level, const std::string& logFile) {
  std::shared_ptr<spdlog::logger> logger;
  if (logFile.empty()) {
    logger =
        std::make_shared<spdlog::logger>("oxt", std::make_shared<spdlog::sinks::stderr_sink_mt>());
  } else {
    try {
      logger = std::make_shared<spdlog::logger>(
          "oxt", std::make_shared<spdlog::sinks::basic_file_sink_mt>(logFile, /*truncate=*/false));
    } catch (const spdlog::spdlog_ex& e) {
      return std::string("cannot open log file '") + logFile + "': " + e.what();
    }
  }
  logger->set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
  logger->set_level(spdlog::level::from_str(std::string(level)));
  logger->flush_on(spdlog::level::warn);
  spdlog::set_default_logger(logger);
  return std::nullopt;
}

} // namespace oxt
