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

# The engine and the widgets compile their sources in batches (CMake's unity
# build): one parse of Qt's headers per batch instead of one per file. On this
# project's 2-core machines that is most of a fresh build's time (eight engine
# files: 62 s apart, 18 s as one batch; docs/benchmarks.md, "The development
# environment"). -DBULLPEN_UNITY_BUILD=OFF compiles file by file (a quicker
# rebuild after editing one file). A helper in an anonymous namespace shares
# its batch with other files' helpers: give it a name of its own, or share it.
option(BULLPEN_UNITY_BUILD "Compile the engine's and the widgets' sources in batches" ON)
function(bullpen_unity_build target)
    if(BULLPEN_UNITY_BUILD)
        set_target_properties(${target} PROPERTIES UNITY_BUILD ON UNITY_BUILD_MODE BATCH UNITY_BUILD_BATCH_SIZE 10)
    endif()
endfunction()
