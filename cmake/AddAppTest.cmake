# aegis_add_test(<name> LIBS <layer libraries> [SOURCES ...] [ENVIRONMENT VAR=value ...] [LABELS ...])
# One Qt Test executable per unit, built from tests/<name>.cpp and registered with CTest.
# Every test runs with the offscreen platform so GUI tests need no display.

# Sanitized code runs several times slower: the asan preset gives every test three times as
# long (TIMEOUT, 300 s by default, times this factor) rather than skipping a slow one, and
# tests scale their own waits for real work by it (AEGIS_TEST_TIME_FACTOR, support/TestTime.h).
if(AEGIS_SANITIZE)
    set(AEGIS_TEST_TIMEOUT_FACTOR 3)
else()
    set(AEGIS_TEST_TIMEOUT_FACTOR 1)
endif()
function(aegis_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "LIBS;SOURCES;ENVIRONMENT;LABELS" ${ARGN})
    add_executable(${name} ${name}.cpp ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES RUNTIME_OUTPUT_DIRECTORY "${CMAKE_BINARY_DIR}/tests")
    target_link_libraries(${name} PRIVATE Qt6::Test aegis_options aegis_test_support ${ARG_LIBS})
    add_test(NAME ${name} COMMAND ${name})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 300)
    endif()
    math(EXPR ARG_TIMEOUT "${ARG_TIMEOUT} * ${AEGIS_TEST_TIMEOUT_FACTOR}")
    set_tests_properties(${name} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;QT_LOGGING_RULES=qt.qpa.*=false;AEGIS_SOURCE_DIR=${PROJECT_SOURCE_DIR};AEGIS_TEST_TIME_FACTOR=${AEGIS_TEST_TIMEOUT_FACTOR};${ARG_ENVIRONMENT}"
        TIMEOUT ${ARG_TIMEOUT}
        LABELS "${ARG_LABELS}")
endfunction()
