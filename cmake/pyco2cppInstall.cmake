# Install rules and the CMake package (included from driver/CMakeLists.txt,
# after the runtime and the driver targets exist).
#
#   bin/pyco2cpp
#   lib/pyco2cpp/pyco2cpp_format.so   (clang-format, loaded on demand)
#   include/pyrt/*.h
#   lib/libpyrt.a
#   lib/cmake/pyco2cpp/{pyco2cppConfig,pyco2cppConfigVersion,pyco2cppTargets,
#                       pyco2cppFunctions}.cmake
include(CMakePackageConfigHelpers)

set(PYCO2CPP_INSTALL_CMAKEDIR "${CMAKE_INSTALL_LIBDIR}/cmake/pyco2cpp")

# Maps a package target the runtime links to the find_dependency() call that
# recreates it in the user's project.
function(_pyco2cpp_find_dependency_for library out_var)
  set(call "")
  if(library STREQUAL "fmt::fmt" OR library STREQUAL "fmt::fmt-header-only")
    set(call "find_dependency(fmt ${fmt_VERSION_MAJOR})")
  elseif(library MATCHES "^Boost::(.*)$")
    set(component "${CMAKE_MATCH_1}")
    if(component STREQUAL "headers" OR component STREQUAL "boost")
      set(call "find_dependency(Boost 1.74 CONFIG)")
    else()
      set(call "find_dependency(Boost 1.74 CONFIG COMPONENTS ${component})")
    endif()
  elseif(library STREQUAL "Threads::Threads")
    set(call "find_dependency(Threads)")
  elseif(library MATCHES "::")
    message(WARNING "pyco2cpp install: pyrt links ${library}; add its find_dependency() "
                    "to cmake/pyco2cppInstall.cmake")
  endif()
  set(${out_var} "${call}" PARENT_SCOPE)
endfunction()

install(TARGETS pyco2cpp EXPORT pyco2cppTargets RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
# The clang-format module pyco2cpp loads when it formats.
install(TARGETS pyco2cpp_format LIBRARY DESTINATION "${PYCO2CPP_FORMAT_MODULE_INSTALL_DIR}")

install(TARGETS pyrt EXPORT pyco2cppTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        INCLUDES DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/runtime/include/pyrt"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}"
        FILES_MATCHING PATTERN "*.h" PATTERN "*.hpp" PATTERN "*.inc")

set(PYCO2CPP_FIND_DEPENDENCIES "")
get_target_property(pyrt_links pyrt LINK_LIBRARIES)
set(seen "")
foreach(library IN LISTS pyrt_links)
  _pyco2cpp_find_dependency_for("${library}" call)
  if(call AND NOT call IN_LIST seen)
    list(APPEND seen "${call}")
    string(APPEND PYCO2CPP_FIND_DEPENDENCIES "${call}\n")
  endif()
endforeach()

install(EXPORT pyco2cppTargets NAMESPACE pyco2cpp:: FILE pyco2cppTargets.cmake
        DESTINATION "${PYCO2CPP_INSTALL_CMAKEDIR}")

configure_package_config_file(
  "${PROJECT_SOURCE_DIR}/cmake/pyco2cppConfig.cmake.in"
  "${PROJECT_BINARY_DIR}/cmake/pyco2cppConfig.cmake"
  INSTALL_DESTINATION "${PYCO2CPP_INSTALL_CMAKEDIR}")
write_basic_package_version_file(
  "${PROJECT_BINARY_DIR}/cmake/pyco2cppConfigVersion.cmake"
  VERSION "${PROJECT_VERSION}" COMPATIBILITY SameMinorVersion)
install(FILES
          "${PROJECT_BINARY_DIR}/cmake/pyco2cppConfig.cmake"
          "${PROJECT_BINARY_DIR}/cmake/pyco2cppConfigVersion.cmake"
          "${PROJECT_SOURCE_DIR}/cmake/pyco2cppFunctions.cmake"
        DESTINATION "${PYCO2CPP_INSTALL_CMAKEDIR}")
