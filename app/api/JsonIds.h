// SPDX-FileCopyrightText: 2026 Tokdeck contributors
// SPDX-License-Identifier: GPL-3.0-or-later

#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace tokdeck {

// Ids are opaque strings to Tokdeck, but some servers send them as JSON numbers. QJsonDocument
// reads every number as a double, which silently rounds anything past 2^53
// (12345678901234567891 → 12345678901234567168). So, before parsing, the numeric value of any
// member named in `keys` (at any depth) is rewritten into a JSON string of the very same
// digits, read from the raw text. Everything else is copied byte for byte; text that is not
// well-formed JSON comes out unchanged where the scan gets lost, and the parser then refuses it.
QByteArray quoteNumericMembers(const QByteArray &json, const QByteArrayList &keys);

} // namespace tokdeck
