# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# CPack pre-build script: strips the staged binaries as dh_strip does. CPACK_STRIP_FILES calls
# strip without arguments, which leaves the .comment and .note sections (lintian:
# binary-has-unneeded-section).
file(GLOB binaries "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/usr/bin/*")
foreach(binary IN LISTS binaries)
    execute_process(
        COMMAND ${CPACK_TOKDECK_STRIP} --remove-section=.comment --remove-section=.note --strip-unneeded ${binary}
        RESULT_VARIABLE result)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "strip failed on ${binary} (${result})")
    endif()
endforeach()
