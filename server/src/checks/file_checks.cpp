// The file as a whole: exactly one extension, named like the file, holding every
// declaration, and doc comments that document something.
#include <string>

#include "checks/check_functions.h"
#include "model/names.h"

namespace oxt::checks {

void checkFileName(const CheckInput& input, Reporter& reporter) {
  const auto* extension = input.document.primary();
  if (input.context.filePath.empty() || extension == nullptr || !extension->declared ||
      extension->name.text.empty()) {
    return;
  }
  const auto stem = input.context.filePath.stem().string();
  if (!model::equalsIgnoringCase(stem, extension->name.text)) {
    reporter.report(extension->name.range, "the file is named '" +
                                               input.context.filePath.filename().string() +
                                               "' but holds extension '" + extension->name.text +
                                               "': name it '" + extension->name.text + ".oxt'");
  }
}

void checkExtensionPresent(const CheckInput& input, Reporter& reporter) {
  const auto* extension = input.document.primary();
  if (extension == nullptr || !extension->declared) {
    reporter.report({0, 0}, "the file declares no extension: write 'extension Name { … }' "
                            "around its declarations");
  }
}

void checkSingleExtension(const CheckInput& input, Reporter& reporter) {
  const auto& extensions = input.document.extensions;
  for (std::size_t i = 1; i < extensions.size(); ++i) {
    auto& diagnostic = reporter.report(extensions[i].name.range,
                                       "a file holds one extension: '" + extensions[i].name.text +
                                           "' is a second one; move it to a file of its own");
    diagnostic.related.push_back({"the file's extension", extensions.front().name.range});
  }
}

void checkOutsideDeclarations(const CheckInput& input, Reporter& reporter) {
  const auto* extension = input.document.primary();
  for (const auto& outside : input.document.outsideDeclarations) {
    std::string message = "this " + outside.keyword + " is outside the extension";
    if (extension != nullptr && extension->declared && !extension->name.text.empty()) {
      message += ": move it inside 'extension " + extension->name.text + " { … }'";
    }
    reporter.report(outside.keywordRange, std::move(message));
  }
}

void checkStrayDocComments(const CheckInput& input, Reporter& reporter) {
  for (const auto& range : input.document.strayDocComments) {
    reporter.report(range, "doc comment documents nothing: a '///' comment must come right "
                           "before a declaration (use '//' for a plain comment)");
  }
}

} // namespace oxt::checks
