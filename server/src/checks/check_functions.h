// The check functions, by topic; check_registry.cpp gives each its code.
//
// Why one header: the registry is the only caller, and a reader looking for
// "where is OXT0021 decided" goes registry → name here → the topic's file.
#pragma once

#include "checks/check_registry.h"

namespace oxt::checks {

// syntax_check.cpp
void checkSyntax(const CheckInput& input, Reporter& reporter);

// naming_checks.cpp
void checkNameCharacters(const CheckInput& input, Reporter& reporter);
void checkNameStart(const CheckInput& input, Reporter& reporter);
void checkNameLength(const CheckInput& input, Reporter& reporter);
void checkDescriptionLength(const CheckInput& input, Reporter& reporter);
// OXT0006 in two parts: names within one action, structure or entity (parameters,
// attributes), and names across actions and across records (structures and entities).
void checkDuplicateNamesInScopes(const CheckInput& input, Reporter& reporter);
void checkDuplicateNamesAcross(const CheckInput& input, Reporter& reporter);

// type_checks.cpp
void checkUnknownTypes(const CheckInput& input, Reporter& reporter);
void checkParameterLength(const CheckInput& input, Reporter& reporter);
void checkTypeArguments(const CheckInput& input, Reporter& reporter);
void checkLengthRange(const CheckInput& input, Reporter& reporter);
void checkRecordDefinitions(const CheckInput& input, Reporter& reporter);
void checkIdentifierTypes(const CheckInput& input, Reporter& reporter);
void checkIdentifierTargets(const CheckInput& input, Reporter& reporter);
void checkEntityAttributeTypes(const CheckInput& input, Reporter& reporter);
void checkSingleMemberRecords(const CheckInput& input, Reporter& reporter);
void checkDuplicateJoinMembers(const CheckInput& input, Reporter& reporter);

// structure_checks.cpp
void checkRecursiveStructures(const CheckInput& input, Reporter& reporter);
void checkEmptyStructures(const CheckInput& input, Reporter& reporter);
void checkUnusedStructures(const CheckInput& input, Reporter& reporter);

// action_checks.cpp
void checkFunctionOutputs(const CheckInput& input, Reporter& reporter);
void checkOptionalOutputs(const CheckInput& input, Reporter& reporter);
void checkOutputDefaults(const CheckInput& input, Reporter& reporter);
void checkMandatoryInputDefaults(const CheckInput& input, Reporter& reporter);

// default_value_checks.cpp
void checkDefaultTypes(const CheckInput& input, Reporter& reporter);
void checkDefaultRanges(const CheckInput& input, Reporter& reporter);
void checkDefaultTextLength(const CheckInput& input, Reporter& reporter);
void checkDefaultNotAllowed(const CheckInput& input, Reporter& reporter);
void checkDefaultIdentifiers(const CheckInput& input, Reporter& reporter);

// literal_checks.cpp
void checkStringEscapes(const CheckInput& input, Reporter& reporter);
void checkDateTimeLiterals(const CheckInput& input, Reporter& reporter);

// entity_checks.cpp
void checkEmptyEntities(const CheckInput& input, Reporter& reporter);
void checkEntityTables(const CheckInput& input, Reporter& reporter);
void checkDuplicateTables(const CheckInput& input, Reporter& reporter);
void checkIdentifierAttributeType(const CheckInput& input, Reporter& reporter);
void checkIdentifierMandatory(const CheckInput& input, Reporter& reporter);
void checkSingleIdentifier(const CheckInput& input, Reporter& reporter);
void checkSingleAutoNumber(const CheckInput& input, Reporter& reporter);
void checkAutoNumberType(const CheckInput& input, Reporter& reporter);
void checkOracleReservedWords(const CheckInput& input, Reporter& reporter);
void checkOnlyAutoNumber(const CheckInput& input, Reporter& reporter);
void checkBinaryDataCount(const CheckInput& input, Reporter& reporter);

// annotation_checks.cpp
void checkUnknownAnnotations(const CheckInput& input, Reporter& reporter);
void checkAnnotationPlacement(const CheckInput& input, Reporter& reporter);
void checkRepeatedAnnotations(const CheckInput& input, Reporter& reporter);
void checkAnnotationArguments(const CheckInput& input, Reporter& reporter);
void checkIconResources(const CheckInput& input, Reporter& reporter);

// resource_checks.cpp
void checkResourceFilesExist(const CheckInput& input, Reporter& reporter);
void checkEmptyBinaries(const CheckInput& input, Reporter& reporter);
void checkReservedResourceNames(const CheckInput& input, Reporter& reporter);
void checkHubEditionResources(const CheckInput& input, Reporter& reporter);
void checkResourcePaths(const CheckInput& input, Reporter& reporter);
void checkResourceSeparators(const CheckInput& input, Reporter& reporter);
void checkDuplicateResources(const CheckInput& input, Reporter& reporter);
void checkResourceLinks(const CheckInput& input, Reporter& reporter);

// file_checks.cpp
void checkFileName(const CheckInput& input, Reporter& reporter);
void checkExtensionPresent(const CheckInput& input, Reporter& reporter);
void checkSingleExtension(const CheckInput& input, Reporter& reporter);
void checkOutsideDeclarations(const CheckInput& input, Reporter& reporter);
void checkStrayDocComments(const CheckInput& input, Reporter& reporter);

} // namespace oxt::checks
