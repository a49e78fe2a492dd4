# Generates the ANTLR4 C++ lexer and parser from grammar/*.g4 at build time.
#
#   pyco2cpp_generate_python_parser(<out-var> <output-dir>)
#
# Sets <out-var> to the generated .cpp files. Uses Debian's /usr/bin/antlr4
# wrapper (tool 4.7.2, whose output builds against the 4.9 C++ runtime);
# Debian's antlr4_generate() helper does not work (the jar has no classpath).
find_program(ANTLR4_TOOL NAMES antlr4 REQUIRED)

set(PYCO2CPP_GRAMMAR_DIR "${CMAKE_CURRENT_LIST_DIR}")

function(pyco2cpp_generate_python_parser out_var output_dir)
  set(lexer_g4 "${PYCO2CPP_GRAMMAR_DIR}/PythonLexer.g4")
  set(parser_g4 "${PYCO2CPP_GRAMMAR_DIR}/PythonParser.g4")
  set(generated
    "${output_dir}/PythonLexer.cpp"
    "${output_dir}/PythonParser.cpp"
    "${output_dir}/PythonParserVisitor.cpp"
    "${output_dir}/PythonParserBaseVisitor.cpp")
  set(generated_headers
    "${output_dir}/PythonLexer.h"
    "${output_dir}/PythonParser.h"
    "${output_dir}/PythonParserVisitor.h"
    "${output_dir}/PythonParserBaseVisitor.h")
  add_custom_command(
    OUTPUT ${generated} ${generated_headers}
    COMMAND "${CMAKE_COMMAND}" -E make_directory "${output_dir}"
    COMMAND "${ANTLR4_TOOL}" -Dlanguage=Cpp -visitor -no-listener
            -package pyco2cpp_antlr -Xexact-output-dir -o "${output_dir}"
            "${lexer_g4}" "${parser_g4}"
    DEPENDS "${lexer_g4}" "${parser_g4}"
    COMMENT "Generating the Python lexer and parser with ANTLR"
    VERBATIM)
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
