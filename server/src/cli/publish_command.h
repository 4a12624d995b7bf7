// `oxt publish` and `oxt versions`: 1-Click Publish from the command line (for CI)
// and what a target holds (docs/publishing.md).
//
//   oxt publish [FILE] [--target NAME] [--dry-run] [--force]
//   oxt versions [FILE] [--target NAME]
//
// FILE defaults to the one .oxt file of the current folder. The targets come from
// the oxt.json of FILE's folder or a parent; without one, the dir target
// `.oxt/platform` in the current folder.
#pragma once

#include <iosfwd>
#include <string>

namespace oxt::cli {

struct PublishOptions {
  std::string file;
  std::string target;
  bool dryRun = false;
  bool force = false;
};

struct VersionsOptions {
  std::string file;
  std::string target;
};

/// A line per stage on `out`, then a summary. Exit code 0 when published (or
/// packed, with --dry-run); 1 when the extension has errors, does not compile, has
/// no version, is already published, or the user interrupted (Ctrl-C); 2 when a
/// path, oxt.json or the target cannot be used.
int runPublish(const PublishOptions& options, std::ostream& out, std::ostream& err);

/// One line per version: "MortgageLib 1.0.0  2026-11-28T17:00:00Z  sha256:…".
/// Without FILE, every extension of the target. Exit code 0, or 2 when the target
/// or FILE cannot be read.
int runVersions(const VersionsOptions& options, std::ostream& out, std::ostream& err);

} // namespace oxt::cli
