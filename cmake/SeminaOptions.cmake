# One INTERFACE target carries the language level, the warnings and the Qt defines; every
# Semina target links it, so a rule is set once.
option(SEMINA_WERROR "Treat compiler warnings as errors" OFF)

add_library(semina_options INTERFACE)
target_compile_features(semina_options INTERFACE cxx_std_23)
target_compile_options(semina_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wformat=2 -Wimplicit-fallthrough
    $<$<BOOL:${SEMINA_WERROR}>:-Werror>)
target_compile_definitions(semina_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_FOREACH
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    OPENSSL_API_COMPAT=30000
    OPENSSL_NO_DEPRECATED
    SEMINA_VERSION="${PROJECT_VERSION}"
    SEMINA_APP_ID="${SEMINA_APP_ID}"
    SEMINA_RELEASE_DATE="${SEMINA_RELEASE_DATE}")
