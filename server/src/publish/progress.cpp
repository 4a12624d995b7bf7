#include "publish/progress.h"

namespace oxt::publish {

std::string_view stageName(Stage stage) {
  switch (stage) {
  case Stage::Verify:
    return "Verify";
  case Stage::UpdateSource:
    return "Update Source Code";
  case Stage::Compile:
    return "Compile";
  case Stage::Pack:
    return "Pack";
  case Stage::Upload:
    return "Upload";
  case Stage::Publish:
    return "Publish";
  }
  return "";
}

} // namespace oxt::publish
