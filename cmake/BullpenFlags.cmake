# SPDX-License-Identifier: MIT
# Strict flags shared by every Bullpen target: bullpen_apply_flags(target).
option(BULLPEN_WERROR "Treat warnings as errors" $ENV{CI})

function(bullpen_apply_flags target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_FOREACH
        QT_NO_KEYWORDS)
    target_compile_options(${target} PRIVATE -Wall -Wextra -pedantic)
    if(BULLPEN_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()
