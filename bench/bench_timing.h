// The clock and the summary every benchmark prints: median and best of its runs.
#pragma once

#include <algorithm>
#include <chrono>
#include <vector>

namespace oxt::bench {

using Clock = std::chrono::steady_clock;

inline double millisecondsSince(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Summary {
  double median = 0;
  double best = 0;
};

/// The median and the best of `times` (not empty).
inline Summary summarize(std::vector<double> times) {
  std::sort(times.begin(), times.end());
  return Summary{times[times.size() / 2], times.front()};
}

} // namespace oxt::bench
