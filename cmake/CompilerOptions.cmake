# One INTERFACE target carries every compile option the project's own code uses.
add_library(aegis_options INTERFACE)
add_library(Aegis::options ALIAS aegis_options)

target_compile_features(aegis_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(aegis_options INTERFACE -Wall -Wextra -Wpedantic)
elseif(MSVC)
    target_compile_options(aegis_options INTERFACE /W4 /permissive- /utf-8)
endif()

target_compile_definitions(aegis_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_URL_CAST_FROM_STRING
    QT_USE_QSTRINGBUILDER
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

# The asan preset turns this on: address and undefined-behaviour sanitizers for all targets.
option(AEGIS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(AEGIS_SANITIZE)
    target_compile_options(aegis_options INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(aegis_options INTERFACE -fsanitize=address,undefined)
endif()
