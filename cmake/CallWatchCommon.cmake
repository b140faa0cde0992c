# One INTERFACE target that every CallWatch target links: language level, strict Qt defines, warnings.
add_library(callwatch_options INTERFACE)
add_library(CallWatch::options ALIAS callwatch_options)

target_compile_features(callwatch_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)

target_compile_definitions(callwatch_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_STRICT_ITERATORS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CALLWATCH_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(callwatch_options INTERFACE /W4 /permissive- /utf-8)
    if(CALLWATCH_WERROR)
        target_compile_options(callwatch_options INTERFACE /WX)
    endif()
else()
    target_compile_options(callwatch_options INTERFACE
        -Wall -Wextra -Wpedantic
        -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
        -Wformat=2 -Wmissing-declarations)
    if(CALLWATCH_WERROR)
        target_compile_options(callwatch_options INTERFACE -Werror)
    endif()
endif()

# Sanitized builds (issue 9): -DCALLWATCH_SANITIZE=address,undefined instruments every CallWatch target
# (tests/sanitize/run-sanitized-tests.sh builds and runs the whole suite that way). GCC or clang.
set(CALLWATCH_SANITIZE "" CACHE STRING "Sanitizers for every CallWatch target, e.g. address,undefined")
if(CALLWATCH_SANITIZE AND NOT MSVC)
    target_compile_options(callwatch_options INTERFACE
        -fsanitize=${CALLWATCH_SANITIZE} -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(callwatch_options INTERFACE -fsanitize=${CALLWATCH_SANITIZE})
endif()
