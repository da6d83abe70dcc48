// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#include "support/Logging.h"

Q_LOGGING_CATEGORY(lcApi, "tokdeck.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSandbox, "tokdeck.sandbox", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMedia, "tokdeck.media", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStorage, "tokdeck.storage", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "tokdeck.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcOutbox, "tokdeck.outbox", QtInfoMsg)
