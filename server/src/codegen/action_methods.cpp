#include "codegen/action_methods.h"

#include "codegen/code_writer.h"
#include "codegen/csharp_text.h"
#include "codegen/csharp_types.h"

namespace oxt::codegen {

namespace {

constexpr int kMemberIndent = 2;

std::string parameterList(const model::Extension& extension, const model::Action& action) {
  std::string out;
  for (const auto& parameter : action.parameters) {
    if (!out.empty()) {
      out += ", ";
    }
    if (parameter.direction == model::Direction::Output) {
      out += "out ";
    }
    out += csharpType(extension, parameter.resolved).name + " ss" + parameter.name.text;
  }
  return out;
}

/// `/// <summary>`, the description, `/// </summary>`, one `<param>` per parameter.
void writeDocComment(CodeWriter& writer, const model::Action& action) {
  writer.line(kMemberIndent, "/// <summary>");
  for (const auto& line : docCommentLines(action.description.text)) {
    writer.line(kMemberIndent, "/// " + line);
  }
  writer.line(kMemberIndent, "/// </summary>");
  for (const auto& parameter : action.parameters) {
    const auto lines = docCommentLines(parameter.description.text);
    std::string first = "/// <param name=\"ss" + parameter.name.text + "\">" + lines.front();
    for (std::size_t i = 1; i < lines.size(); ++i) {
      writer.line(kMemberIndent, first);
      first = "/// " + lines[i];
    }
    writer.line(kMemberIndent, first + "</param>");
  }
}

void writeUsings(CodeWriter& writer, bool withDb) {
  writer.line("using System;");
  writer.line("using System.Collections;");
  writer.line("using System.Data;");
  writer.line("using OutSystems.HubEdition.RuntimePlatform;");
  if (withDb) {
    writer.line("using OutSystems.RuntimePublic.Db;");
  }
  writer.blank();
}

} // namespace

std::string methodName(const model::Action& action) { return "Mss" + action.name.text; }

std::string implementationClassName(const model::Extension& extension) {
  return "Css" + extension.name.text;
}

std::string interfaceName(const model::Extension& extension) { return "Iss" + extension.name.text; }

std::string namespaceName(const model::Extension& extension) {
  return "OutSystems.Nss" + extension.name.text;
}

std::string implementationHeader(const model::Extension& extension, const model::Action& action) {
  CodeWriter writer;
  writeDocComment(writer, action);
  auto header = writer.take();
  header += std::string(kMemberIndent, '\t') + "public void " + methodName(action) + "(" +
            parameterList(extension, action) + ") {";
  return header;
}

std::string implementationStub(const model::Extension& extension, const model::Action& action) {
  CodeWriter writer;
  writer.raw(implementationHeader(extension, action));
  writer.blank();
  for (const auto& parameter : action.parameters) {
    if (parameter.direction == model::Direction::Output) {
      writer.line(kMemberIndent + 1, "ss" + parameter.name.text + " = " +
                                         csharpType(extension, parameter.resolved).defaultValue +
                                         ";");
    }
  }
  writer.line(kMemberIndent + 1, "// TODO: Write implementation for action");
  writer.line(kMemberIndent, "} // " + methodName(action));
  return writer.take();
}

std::string implementationFile(const model::Extension& extension) {
  CodeWriter writer;
  writeUsings(writer, true);
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  writer.line(1, "public class " + implementationClassName(extension) + ": " +
                     interfaceName(extension) + " {");
  writer.blank();
  for (const auto& action : extension.actions) {
    writer.raw(implementationStub(extension, action));
    writer.blank();
  }
  writer.line(1, "} // " + implementationClassName(extension));
  writer.blank();
  writer.line("} // " + namespaceName(extension));
  writer.blank();
  return writer.take();
}

std::string interfaceFile(const model::Extension& extension) {
  CodeWriter writer;
  writeUsings(writer, false);
  writer.line("namespace " + namespaceName(extension) + " {");
  writer.blank();
  writer.line(1, "public interface " + interfaceName(extension) + " {");
  writer.blank();
  for (const auto& action : extension.actions) {
    writeDocComment(writer, action);
    writer.line(kMemberIndent,
                "void " + methodName(action) + "(" + parameterList(extension, action) + ");");
    writer.blank();
  }
  writer.line(1, "} // " + interfaceName(extension));
  writer.blank();
  writer.line("} // " + namespaceName(extension));
  return writer.take();
}

} // namespace oxt::codegen
