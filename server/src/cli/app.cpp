#include "cli/app.h"

#include <exception>
#include <iostream>
#include <ostream>

#include <CLI/CLI.hpp>
#include <spdlog/spdlog.h>

#include "cli/check_command.h"
#include "cli/fmt_command.h"
#include "cli/generate_command.h"
#include "cli/lsp_command.h"
#include "cli/publish_command.h"
#include "support/logging.h"
#include "support/version.h"

namespace oxt::cli {

namespace {

struct GlobalOptions {
  std::string logLevel = "warn";
  std::string logFile;
};

} // namespace

int runApp(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
  return runApp(args, std::cin, out, err);
}

int runApp(const std::vector<std::string>& args, std::istream& in, std::ostream& out,
           std::ostream& err) {
  CLI::App app{"oxt: OutSystems extensions as text: check, format, generate C#, publish, and a "
               "language server for your editor.",
               "oxt"};
  app.set_version_flag("--version", std::string("oxt ") + kVersion);
  app.require_subcommand(1, 1);
  app.fallthrough(); // global options are accepted after the subcommand too

  GlobalOptions global;
  app.add_option("--log-level", global.logLevel,
                 "Log detail on stderr: trace, debug, info, warn, error, off")
      ->check(CLI::IsMember({"trace", "debug", "info", "warn", "error", "off"}))
      ->capture_default_str();
  app.add_option("--log-file", global.logFile, "Write the log to this file instead of stderr");

  CheckOptions check;
  auto* checkCommand = app.add_subcommand(
      "check", "Check .oxt files and print their diagnostics (errors make the exit code 1)");
  checkCommand
      ->add_option("paths", check.paths,
                   ".oxt files or folders to search for them (default: the current folder)")
      ->type_name("PATH...");
  checkCommand->add_option("--format", check.format, "Output: text (default) or json")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();

  LspOptions lsp;
  auto* lspCommand = app.add_subcommand(
      "lsp", "Run the language server for your editor, over stdio (or TCP with --listen)");
  lspCommand
      ->add_option("--listen", lsp.listen,
                   "Serve clients on TCP at HOST:PORT (or PORT: host 127.0.0.1) instead of stdio")
      ->type_name("HOST:PORT");
  FmtOptions fmt;
  auto* fmtCommand =
      app.add_subcommand("fmt", "Rewrite .oxt files in the canonical layout (docs/formatting.md)");
  fmtCommand
      ->add_option("paths", fmt.paths,
                   ".oxt files or folders (default: the current folder); - for standard input "
                   "to standard output")
      ->type_name("PATH...");
  fmtCommand->add_flag("--check", fmt.check,
                       "Change nothing; list the files that are not formatted (exit code 1)");
  GenerateOptions generate;
  auto* generateCommand = app.add_subcommand(
      "generate", "Write or update the C# sources of each extension beside its .oxt file "
                  "(docs/codegen.md)");
  generateCommand
      ->add_option("paths", generate.paths,
                   ".oxt files or folders to search for them (default: the current folder)")
      ->type_name("PATH...");
  PublishOptions publishOptions;
  auto* publishCommand = app.add_subcommand(
      "publish", "Verify, generate, compile, pack and publish an extension to a target of "
                 "oxt.json (docs/publishing.md)");
  publishCommand
      ->add_option("file", publishOptions.file,
                   "The .oxt file (default: the one .oxt file under the current folder)")
      ->type_name("FILE");
  publishCommand
      ->add_option("--target", publishOptions.target,
                   "The target of oxt.json to publish to (default: its default target)")
      ->type_name("NAME");
  publishCommand->add_flag("--dry-run", publishOptions.dryRun,
                           "Verify, generate, compile and pack, but publish nothing");
  publishCommand->add_flag("--force", publishOptions.force,
                           "Replace the version if the target already has it");
  VersionsOptions versionsOptions;
  auto* versionsCommand =
      app.add_subcommand("versions", "List the versions a target of oxt.json holds");
  versionsCommand
      ->add_option("file", versionsOptions.file,
                   "An .oxt file: list its extension's versions only (default: every extension)")
      ->type_name("FILE");
  versionsCommand
      ->add_option("--target", versionsOptions.target,
                   "The target of oxt.json (default: its default target)")
      ->type_name("NAME");

  try {
    std::vector<std::string> reversed(args.rbegin(), args.rend()); // CLI11 wants it reversed
    app.parse(reversed);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e, out, err);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e, out, err);
  } catch (const CLI::ParseError& e) {
    err << "oxt: " << e.what() << "\n\n" << app.help();
    return kExitUsage;
  }

  if (auto problem = configureLogging(global.logLevel, global.logFile)) {
    err << "oxt: " << *problem << "\n";
    return kExitUsage;
  }

  try {
    if (checkCommand->parsed()) {
      return runCheck(check, out, err);
    }
    if (lspCommand->parsed()) {
      return runLsp(lsp, err);
    }
    if (fmtCommand->parsed()) {
      return runFmt(fmt, in, out, err);
    }
    if (generateCommand->parsed()) {
      return runGenerate(generate, out, err);
    }
    if (publishCommand->parsed()) {
      return runPublish(publishOptions, out, err);
    }
    if (versionsCommand->parsed()) {
      return runVersions(versionsOptions, out, err);
    }
    for (const auto* command : app.get_subcommands()) {
      err << "oxt " << command->get_name() << ": not available in oxt " << kVersion
          << " yet; see `oxt --help` for what this version can do\n";
    }
    return kExitNotAvailable;
  } catch (const std::exception& e) {
    // A bug, not a user error: say so instead of dying with std::terminate.
    spdlog::error("internal error: {}", e.what());
    err << "oxt: internal error: " << e.what() << "\n";
    return kExitProblems;
  }
}

} // namespace oxt::cli
