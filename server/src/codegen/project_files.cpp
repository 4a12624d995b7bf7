#include "codegen/project_files.h"

#include "codegen/action_methods.h"
#include "codegen/code_writer.h"
#include "codegen/name_keys.h"

namespace oxt::codegen {

namespace {

constexpr std::string_view kCSharpProjectType = "{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}";
// The version of the assembly: the profile's platform version (Integration Studio
// writes its own build number here).
constexpr std::string_view kAssemblyVersion = "11.0.0.0";

void writeConfiguration(CodeWriter& writer, const model::Extension& extension, bool release) {
  writer.line(1, std::string("<PropertyGroup Condition=\" '$(Configuration)|$(Platform)' == '") +
                     (release ? "Release" : "Debug") + "|AnyCPU' \">");
  writer.line(2, "<OutputPath>bin\\</OutputPath>");
  writer.line(2, release ? "<DefineConstants>TRACE</DefineConstants>"
                         : "<DefineConstants>DEBUG;TRACE</DefineConstants>");
  writer.line(2, "<DocumentationFile>" + namespaceName(extension) + ".xml</DocumentationFile>");
  writer.line(2,
              release ? "<DebugSymbols>false</DebugSymbols>" : "<DebugSymbols>true</DebugSymbols>");
  writer.line(2, "<NoWarn>1591;1587</NoWarn>");
  writer.line(2, release ? "<Optimize>true</Optimize>" : "<Optimize>false</Optimize>");
  writer.line(2, "<WarningLevel>4</WarningLevel>");
  writer.line(2, release ? "<DebugType>none</DebugType>" : "<DebugType>full</DebugType>");
  writer.line(2, "<ErrorReport>prompt</ErrorReport>");
  writer.line(2, "<GenerateSerializationAssemblies>Off</GenerateSerializationAssemblies>");
  writer.line(1, "</PropertyGroup>");
}

void writeReference(CodeWriter& writer, std::string_view name, std::string_view shownName,
                    bool platform) {
  writer.line(2, "<Reference Include=\"" + std::string(name) + "\">");
  writer.line(3, "<Name>" + std::string(shownName) + "</Name>");
  if (platform) {
    writer.line(3, "<HintPath>bin\\" + std::string(name) + ".dll</HintPath>");
    writer.line(3, "<Private>False</Private>");
  }
  writer.line(2, "</Reference>");
}

} // namespace

std::string projectGuid(const model::Extension& extension) {
  return "{" + formatGuid(nameUuid({"extension code", extension.name.text}), true) + "}";
}

std::string solutionFile(const model::Extension& extension) {
  const auto guid = projectGuid(extension);
  const auto& name = extension.name.text;
  CodeWriter writer;
  writer.line("Microsoft Visual Studio Solution File, Format Version 12.00");
  writer.line("# Visual Studio 2013");
  writer.line("VisualStudioVersion = 12.0.30723.0");
  writer.line("MinimumVisualStudioVersion = 10.0.40219.1");
  writer.line("Project(\"" + std::string(kCSharpProjectType) + "\") = \"" + name + "\", \"" + name +
              ".csproj\", \"" + guid + "\"");
  writer.line("EndProject");
  writer.line("Global");
  writer.line(1, "GlobalSection(SolutionConfigurationPlatforms) = preSolution");
  writer.line(2, "Release|Any CPU = Release|Any CPU");
  writer.line(2, "Debug|Any CPU = Debug|Any CPU");
  writer.line(1, "EndGlobalSection");
  writer.line(1, "GlobalSection(ProjectConfigurationPlatforms) = postSolution");
  for (const char* config : {"Release", "Debug"}) {
    for (const char* what : {"ActiveCfg", "Build.0"}) {
      writer.line(2, guid + "." + config + "|Any CPU." + what + " = " + config + "|Any CPU");
    }
  }
  writer.line(1, "EndGlobalSection");
  writer.line(1, "GlobalSection(SolutionProperties) = preSolution");
  writer.line(2, "HideSolutionNode = FALSE");
  writer.line(1, "EndGlobalSection");
  writer.line("EndGlobal");
  return writer.take();
}

std::string projectFile(const model::Extension& extension) {
  CodeWriter writer;
  writer.line("<?xml version=\"1.0\" encoding=\"utf-8\"?>");
  writer.line(
      "<Project DefaultTargets=\"Build\" "
      "xmlns=\"http://schemas.microsoft.com/developer/msbuild/2003\" ToolsVersion=\"12.0\">");
  writer.line(1, "<PropertyGroup>");
  writer.line(2, "<Configuration Condition=\" '$(Configuration)' == '' \">Release</Configuration>");
  writer.line(2, "<Platform Condition=\" '$(Platform)' == '' \">AnyCPU</Platform>");
  writer.line(2, "<SchemaVersion>2.0</SchemaVersion>");
  writer.line(2, "<ProjectGuid>" + projectGuid(extension) + "</ProjectGuid>");
  writer.line(2, "<OutputType>Library</OutputType>");
  writer.line(2, "<RootNamespace>" + namespaceName(extension) + "</RootNamespace>");
  writer.line(2, "<AssemblyName>" + namespaceName(extension) + "</AssemblyName>");
  writer.line(2, "<TargetFrameworkVersion>v4.7.2</TargetFrameworkVersion>");
  writer.line(1, "</PropertyGroup>");
  writeConfiguration(writer, extension, true);
  writeConfiguration(writer, extension, false);
  writer.line(1, "<ItemGroup>");
  writeReference(writer, "System", "System", false);
  writeReference(writer, "System.Core", "System.Core", false);
  writeReference(writer, "System.Drawing", "System.Drawing", false);
  writeReference(writer, "System.Data", "System.Data", false);
  writeReference(writer, "System.Web", "System.Web", false);
  writeReference(writer, "System.Xml", "System.XML", false);
  writeReference(writer, "System.Xml.Linq", "System.Xml.Linq", false);
  for (const char* platform : {"OutSystems.RuntimeCommon", "OutSystems.HubEdition.RuntimePlatform",
                               "OutSystems.HubEdition.DatabaseAbstractionLayer",
                               "OutSystems.REST.API", "OutSystems.SOAP.API"}) {
    writeReference(writer, platform, platform, true);
  }
  writer.line(kAddNewProjectMarker);
  writer.line(1, "</ItemGroup>");
  writer.line(1, "<ItemGroup>");
  for (const auto& file :
       {std::string("AssemblyInfo.cs"), extension.name.text + ".cs", std::string("Interface.cs"),
        std::string("Structures.cs"), std::string("Entities.cs"), std::string("Records.cs"),
        std::string("RecordLists.cs")}) {
    writer.line(2, "<Compile Include=\"" + file + "\">");
    writer.line(3, "<SubType>Code</SubType>");
    writer.line(2, "</Compile>");
  }
  writer.line(1, "</ItemGroup>");
  writer.line(1, "<Import Project=\"$(MSBuildBinPath)\\Microsoft.CSharp.targets\" />");
  writer.line("</Project>");
  return writer.take();
}

std::string assemblyInfoFile() {
  CodeWriter writer;
  writer.raw("\xEF\xBB\xBF");
  for (const char* name : {"System", "System.Reflection", "System.Resources",
                           "System.Runtime.CompilerServices", "System.Runtime.InteropServices"}) {
    writer.line(std::string("using ") + name + ";");
  }
  writer.blank();
  for (const char* attribute : {"AssemblyTitle", "AssemblyDescription", "AssemblyConfiguration"}) {
    writer.line(std::string("[assembly: ") + attribute + "(\"\")]");
  }
  writer.line("[assembly: AssemblyCompany(\"OutSystems\")]");
  for (const char* attribute :
       {"AssemblyProduct", "AssemblyCopyright", "AssemblyTrademark", "AssemblyCulture"}) {
    writer.line(std::string("[assembly: ") + attribute + "(\"\")]");
  }
  writer.blank();
  writer.line("[assembly: ComVisible(false)]");
  writer.line("[assembly: CLSCompliantAttribute(false)]");
  writer.blank();
  writer.line("[assembly: AssemblyVersion(\"" + std::string(kAssemblyVersion) + "\")]");
  writer.line("[assembly: AssemblyFileVersion(\"" + std::string(kAssemblyVersion) + "\")]");
  writer.blank();
  writer.line("[assembly: NeutralResourcesLanguage(\"\")]");
  writer.blank();
  return writer.take();
}

std::string keepAddedReferences(std::string_view existing, std::string generated) {
  const auto oldMarker = existing.find(kAddNewProjectMarker);
  const auto newMarker = generated.find(kAddNewProjectMarker);
  if (oldMarker == std::string_view::npos || newMarker == std::string::npos) {
    return generated;
  }
  const auto oldStart = oldMarker + kAddNewProjectMarker.size();
  const auto oldEnd = existing.find("</ItemGroup>", oldStart);
  const auto newStart = newMarker + kAddNewProjectMarker.size();
  const auto newEnd = generated.find("</ItemGroup>", newStart);
  if (oldEnd == std::string_view::npos || newEnd == std::string::npos) {
    return generated;
  }
  // From the end of the marker's line to the start of the `</ItemGroup>` line.
  const auto lineAfter = [](std::string_view text, std::size_t from) {
    auto end = text.find('\n', from);
    return end == std::string_view::npos ? from : end + 1;
  };
  const auto lineStart = [](std::string_view text, std::size_t at) {
    auto start = text.rfind('\n', at);
    return start == std::string_view::npos ? 0 : start + 1;
  };
  const auto added = existing.substr(lineAfter(existing, oldStart),
                                     lineStart(existing, oldEnd) - lineAfter(existing, oldStart));
  const std::string_view generatedView = generated;
  const auto insertAt = lineAfter(generatedView, newStart);
  const auto replaceEnd = lineStart(generatedView, newEnd);
  if (replaceEnd < insertAt || lineStart(existing, oldEnd) < lineAfter(existing, oldStart)) {
    return generated;
  }
  generated.replace(insertAt, replaceEnd - insertAt, added);
  return generated;
}

} // namespace oxt::codegen
