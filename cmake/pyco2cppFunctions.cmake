# pyco2cpp_add_executable(NAME main.py [more.py ...])
#
# Transpiles main.py to C++ at build time (rerun whenever any listed .py or
# the pyco2cpp executable changes) and builds executable NAME from it, linked
# against the pyrt runtime. The extra .py files are the program's own modules:
# they are dependencies only; main.py is the one the compiler is given.
#
# Works from an installed package (find_package(pyco2cpp)) and inside the
# pyco2cpp build tree, where the same target names exist as aliases.
function(pyco2cpp_add_executable name main_py)
  if(NOT TARGET pyco2cpp::pyco2cpp OR NOT TARGET pyco2cpp::pyrt)
    message(FATAL_ERROR "pyco2cpp_add_executable: targets pyco2cpp::pyco2cpp and "
                        "pyco2cpp::pyrt are missing (find_package(pyco2cpp) first)")
  endif()

  set(python_sources)
  foreach(source IN ITEMS ${main_py} ${ARGN})
    get_filename_component(source "${source}" ABSOLUTE BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
    list(APPEND python_sources "${source}")
  endforeach()
  list(GET python_sources 0 main_source)

  # The executable as a target-level dependency when it is built in this
  # project, as a file-level one when it is imported.
  get_target_property(pyco2cpp_is_imported pyco2cpp::pyco2cpp IMPORTED)
  if(pyco2cpp_is_imported)
    set(pyco2cpp_dependency "$<TARGET_FILE:pyco2cpp::pyco2cpp>")
  else()
    get_target_property(pyco2cpp_dependency pyco2cpp::pyco2cpp ALIASED_TARGET)
  endif()

  set(generated_cpp "${CMAKE_CURRENT_BINARY_DIR}/${name}.py.cpp")
  file(RELATIVE_PATH main_for_humans "${CMAKE_SOURCE_DIR}" "${main_source}")
  add_custom_command(
    OUTPUT "${generated_cpp}"
    COMMAND pyco2cpp::pyco2cpp "${main_source}" -o "${generated_cpp}"
    DEPENDS ${python_sources} ${pyco2cpp_dependency}
    COMMENT "pyco2cpp: transpiling ${main_for_humans}"
    VERBATIM)

  add_executable(${name} "${generated_cpp}")
  target_link_libraries(${name} PRIVATE pyco2cpp::pyrt)
  target_compile_features(${name} PRIVATE cxx_std_20)
endfunction()
