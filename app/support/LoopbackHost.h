// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QString>
#include <QUrl>

namespace tokdeck {

// True for "localhost", 127.0.0.0/8 and ::1: the only hosts plain http:// is allowed to.
bool isLoopbackHost(const QString &host);

// Whether the API key may be sent to this base URL: https anywhere, http only on loopback.
bool isAcceptableApiUrl(const QUrl &url);

} // namespace tokdeck
