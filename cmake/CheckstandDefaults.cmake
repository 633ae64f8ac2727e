# One INTERFACE target carries the warning flags and the Qt safety defines, so every
# Checkstand target opts in the same way (idea from qBittorrent's CommonConfig.cmake).
add_library(checkstand_defaults INTERFACE)
target_compile_options(checkstand_defaults INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wold-style-cast -Wnon-virtual-dtor
    -Wcast-align -Woverloaded-virtual -Wnull-dereference -Wformat=2)
if(CHECKSTAND_WERROR)
    target_compile_options(checkstand_defaults INTERFACE -Werror)
endif()
target_compile_definitions(checkstand_defaults INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
