// Work done progress: the server creates a token (window/workDoneProgress/create),
// reports begin, report and end through $/progress, and the client may cancel
// (window/workDoneProgress/cancel).
#pragma once

#include <cstdint>
#include <optional>
#include <string>

#include "protocol/json_reader.h"

namespace oxt::protocol {

struct WorkDoneProgressBegin {
  std::string title;
  bool cancellable = false;
  std::optional<std::string> message;
  std::optional<uint32_t> percentage;
};

struct WorkDoneProgressReport {
  std::optional<std::string> message;
  std::optional<uint32_t> percentage;
};

struct WorkDoneProgressEnd {
  std::optional<std::string> message;
};

/// A token is an integer or a string; kept as JSON to compare with the client's.
struct WorkDoneProgressCancelParams {
  Json token;
};

bool fromJson(const Json& value, WorkDoneProgressCancelParams& out, const JsonPath& path);

[[nodiscard]] Json toJson(const WorkDoneProgressBegin& value);
[[nodiscard]] Json toJson(const WorkDoneProgressReport& value);
[[nodiscard]] Json toJson(const WorkDoneProgressEnd& value);
/// The params of $/progress.
[[nodiscard]] Json progressParams(const Json& token, Json value);

} // namespace oxt::protocol
