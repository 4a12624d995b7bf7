// The `oxt` executable: everything happens in runApp (cli/app.h).
#include <iostream>
#include <string>
#include <vector>

#include "cli/app.h"

int main(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc); // NOLINT: argv is an array
  return oxt::cli::runApp(args, std::cout, std::cerr);
}
