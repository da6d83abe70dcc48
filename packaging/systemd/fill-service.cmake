# SPDX-FileCopyrightText: 2026 Tokdeck contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# Run by `cmake --install` / CPack (install(SCRIPT) in packaging/CMakeLists.txt): the service's
# ExecStart names tokdeck-cli where this install puts it. No Environment= line: the installed
# units use the default data folder.
set(TOKDECK_CLI "${CMAKE_INSTALL_PREFIX}/${TOKDECK_BINDIR}/tokdeck-cli")
set(TOKDECK_ENVIRONMENT "")
configure_file(${TOKDECK_SYSTEMD_IN} ${TOKDECK_SYSTEMD_OUT} @ONLY)
