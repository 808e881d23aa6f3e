# switchboard_add_test(NAME tst_x SOURCES a.cpp ... LIBS lib ... [LABELS unit] [TIMEOUT s])
# One Qt Test executable per class or feature, registered with CTest, run offscreen.
function(switchboard_add_test)
  cmake_parse_arguments(T "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
  add_executable(${T_NAME} ${T_SOURCES})
  target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
  target_compile_definitions(${T_NAME} PRIVATE
    SWITCHBOARD_BIN_DIR="${CMAKE_BINARY_DIR}/bin"
    SWITCHBOARD_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  add_test(NAME ${T_NAME} COMMAND ${T_NAME})
  if(NOT T_TIMEOUT)
    set(T_TIMEOUT 300)
  endif()
  set_tests_properties(${T_NAME} PROPERTIES
    ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
    TIMEOUT ${T_TIMEOUT}
    LABELS "${T_LABELS}")
endfunction()

# Warnings every Switchboard target builds with.
function(switchboard_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter)
endfunction()

# switchboard_add_module(ID chat VERSION 1.0.0 CLASS modules::chat::ChatModule SOURCES ...
#                        [TARGET name] [DESTINATION dir] [DEFINES def ...] [LIBS lib ...])
# A feature module built against the SDK only, into <DESTINATION>/<id>/<version>/
# (DESTINATION defaults to ${CMAKE_BINARY_DIR}/modules, the folder the application built
# here loads) with its manifest written after the library (the registry counts a version
# only once its manifest is there). Target: TARGET, default switchboard_module_<id>. Test
# builds of other versions of a module go to their own DESTINATION, never into the
# application's folder.
function(switchboard_add_module)
  cmake_parse_arguments(M "" "ID;VERSION;CLASS;TARGET;DESTINATION" "SOURCES;LIBS;DEFINES" ${ARGN})
  set(target switchboard_module_${M_ID})
  if(M_TARGET)
    set(target ${M_TARGET})
  endif()
  if(NOT M_DESTINATION)
    set(M_DESTINATION ${CMAKE_BINARY_DIR}/modules)
  endif()
  set(dir ${M_DESTINATION}/${M_ID}/${M_VERSION})
  qt_add_plugin(${target} CLASS_NAME ${M_CLASS})
  # Qt 6.4's qt_add_plugin ignores sources passed to it.
  target_sources(${target} PRIVATE ${M_SOURCES})
  target_link_libraries(${target} PRIVATE switchboard_module_api Qt6::Widgets ${M_LIBS})
  if(M_DEFINES)
    target_compile_definitions(${target} PRIVATE ${M_DEFINES})
  endif()
  # Unloadable: nothing exported but the plugin entry points, no STB_GNU_UNIQUE symbols
  # (a single one would pin the library in memory for the life of the process).
  target_compile_options(${target} PRIVATE
    -fvisibility=hidden -fvisibility-inlines-hidden -fno-gnu-unique)
  set_target_properties(${target} PROPERTIES LIBRARY_OUTPUT_DIRECTORY ${dir})
  switchboard_warnings(${target})
  # One manifest per target: a folder may build several versions of a module.
  set(manifest ${CMAKE_CURRENT_BINARY_DIR}/${target}.manifest.json)
  file(GENERATE OUTPUT ${manifest} CONTENT
"{
    \"id\": \"${M_ID}\",
    \"version\": \"${M_VERSION}\",
    \"library\": \"lib${target}.so\"
}
")
  # Signed with the build's development key (docs/module-bundles.md), then the manifest
  # goes in last: a scan never sees an unsigned or half-written version.
  add_dependencies(${target} switchboard_dev_key)
  add_custom_command(TARGET ${target} POST_BUILD
    COMMAND ${CMAKE_COMMAND} -E rm -f ${dir}/manifest.json ${dir}/signature.json
    COMMAND $<TARGET_FILE:switchboard-ctl> module sign ${dir} --manifest ${manifest}
            --key ${SWITCHBOARD_DEV_KEY} --in-place
    COMMAND ${CMAKE_COMMAND} -E copy ${manifest} ${dir}/manifest.json
    COMMENT "Signing the ${M_ID} module and writing its manifest (last)")
endfunction()

# The build's development signing key: made once per build tree; its public half is
# what a client started from this build trusts (<build>/share/switchboard/trusted-keys).
# Production keys are the administrators' own (switchboard-ctl key generate).
function(switchboard_add_dev_key)
  set(key ${CMAKE_BINARY_DIR}/keys/dev.key)
  set(pub ${CMAKE_BINARY_DIR}/share/switchboard/trusted-keys/dev.pub)
  # No file dependency on switchboard-ctl: a rebuilt tool must not make a new key (the
  # modules signed with the old one would be refused). Made only when missing.
  add_custom_command(OUTPUT ${key} ${pub}
    COMMAND $<TARGET_FILE:switchboard-ctl> key generate --id dev --out ${CMAKE_BINARY_DIR}/keys
    COMMAND ${CMAKE_COMMAND} -E copy ${CMAKE_BINARY_DIR}/keys/dev.pub ${pub}
    COMMENT "Making the build's development module-signing key")
  add_custom_target(switchboard_dev_key DEPENDS ${key} ${pub})
  add_dependencies(switchboard_dev_key switchboard-ctl)
  set(SWITCHBOARD_DEV_KEY ${key} CACHE INTERNAL "")
endfunction()
