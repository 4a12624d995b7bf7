// How the publish pipeline tells its caller what it is doing, and how the caller
// stops it: one interface for the command line (a line per stage) and the editor
// (`$/progress` work done progress).
#pragma once

#include <array>
#include <atomic>
#include <cstdint>
#include <string>
#include <string_view>

namespace oxt::publish {

/// The stages of Integration Studio's 1-Click Publish, in order.
enum class Stage : uint8_t { Verify, UpdateSource, Compile, Pack, Upload, Publish };

inline constexpr std::array<Stage, 6> kStages = {
    Stage::Verify, Stage::UpdateSource, Stage::Compile, Stage::Pack, Stage::Upload, Stage::Publish};

/// "Verify", "Update Source Code", … (Integration Studio's names).
[[nodiscard]] std::string_view stageName(Stage stage);

class ProgressSink {
public:
  ProgressSink() = default;
  ProgressSink(const ProgressSink&) = delete;
  ProgressSink& operator=(const ProgressSink&) = delete;
  ProgressSink(ProgressSink&&) = delete;
  ProgressSink& operator=(ProgressSink&&) = delete;
  virtual ~ProgressSink() = default;

  /// `stage` started (or moved on): `percentage` of the whole publish, 0–100;
  /// `detail` says what is being done ("mcs", "MortgageLib-1.0.0.oxtpkg").
  virtual void report(Stage stage, uint32_t percentage, const std::string& detail) = 0;
};

/// A sink that shows nothing.
class NoProgress final : public ProgressSink {
public:
  void report(Stage /*stage*/, uint32_t /*percentage*/, const std::string& /*detail*/) override {}
};

/// Set by the caller (another thread, a signal, the client) to stop the publish:
/// checked between stages and during long copies; the target is left as it was.
using CancelToken = const std::atomic<bool>&;

} // namespace oxt::publish
